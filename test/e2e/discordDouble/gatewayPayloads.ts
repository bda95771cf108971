import type { GatewayReadyDispatchData } from 'discord.js';
import type { DoubleState } from './state.js';
import { noFlags } from './world.js';

/** Gateway opcodes (Topics > Opcodes and Status Codes). */
export const OP = {
  dispatch: 0, heartbeat: 1, identify: 2, presenceUpdate: 3, voiceStateUpdate: 4, resume: 6, reconnect: 7,
  requestGuildMembers: 8, invalidSession: 9, hello: 10, heartbeatAck: 11, requestSoundboardSounds: 31,
} as const;

/** Close codes the double uses (Gateway Close Event Codes). */
export const CLOSE = {
  unknownOpcode: 4001, decodeError: 4002, notAuthenticated: 4003, authenticationFailed: 4004,
  alreadyAuthenticated: 4005, invalidApiVersion: 4012,
} as const;

/**
 * READY: the bot user, every guild as unavailable (GUILD_CREATE follows for each), and where to resume.
 * discord.js holds its `clientReady` event until every listed guild has arrived.
 */
export function readyPayload(state: DoubleState, sessionId: string, shard: [number, number]): GatewayReadyDispatchData {
  return {
    v: 10,
    user: state.world.botUser,
    guilds: [{ id: state.world.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: state.gatewayUrl,
    shard,
    application: { id: state.applicationId, flags: noFlags() } as GatewayReadyDispatchData['application'],
  };
}
