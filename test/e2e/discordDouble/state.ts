import type { APIApplicationCommand, APIMessage } from 'discord.js';
import { ChannelNonces } from './channelNonces.js';
import { FaultInjector } from './faults.js';
import { createBotToken, createSnowflakes } from './ids.js';
import { InteractionLedger } from './interactions.js';
import { Recorder } from './recorder.js';
import type { DiscordDoubleOptions } from './types.js';
import { createWorld, type World } from './world.js';

/** Everything the REST routes and the gateway share: one application, one guild, what the bot has sent. */
export interface DoubleState {
  applicationId: string;
  token: string;
  ackWindowMs: number;
  tokenLifetimeMs: number;
  heartbeatIntervalMs: number;
  nextId: () => string;
  world: World;
  recorder: Recorder;
  faults: FaultInjector;
  interactions: InteractionLedger;
  globalCommands: APIApplicationCommand[];
  guildCommands: Map<string, APIApplicationCommand[]>;
  channelMessages: APIMessage[];
  /** Nonces of messages created with `enforce_nonce`. */
  nonces: ChannelNonces;
  /** One DM channel per user, stable across interactions. */
  dmChannelIds: Map<string, string>;
  /** `ws://127.0.0.1:PORT/gateway`, known once the server listens. */
  gatewayUrl: string;
  /** IDENTIFY payloads accepted so far (counts down `session_start_limit.remaining`). */
  identifies: number;
}

/** Stores an edit of any message the double knows, so every view of that message agrees. */
export function replaceMessage(state: DoubleState, edited: APIMessage): void {
  state.interactions.replaceMessage(edited);
  const index = state.channelMessages.findIndex((message) => message.id === edited.id);
  if (index >= 0) state.channelMessages[index] = edited;
}

/** Discord's real windows: 3 s to acknowledge, 15 minutes of token life, heartbeats every 41.25 s. */
const DEFAULTS = { ackWindowMs: 3_000, tokenLifetimeMs: 15 * 60_000, heartbeatIntervalMs: 41_250 } as const;

export function createState(options: DiscordDoubleOptions): DoubleState {
  const nextId = createSnowflakes();
  const applicationId = nextId();
  return {
    applicationId,
    token: options.token ?? createBotToken(applicationId),
    ackWindowMs: options.ackWindowMs ?? DEFAULTS.ackWindowMs,
    tokenLifetimeMs: options.tokenLifetimeMs ?? DEFAULTS.tokenLifetimeMs,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
    nextId,
    world: createWorld(nextId, applicationId),
    recorder: new Recorder(),
    faults: new FaultInjector(),
    interactions: new InteractionLedger(),
    globalCommands: [],
    guildCommands: new Map(),
    channelMessages: [],
    nonces: new ChannelNonces(),
    dmChannelIds: new Map(),
    gatewayUrl: '',
    identifies: 0,
  };
}
