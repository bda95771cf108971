import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gateway } from './gateway.js';
import { createInteractionToken, preciseNow } from './ids.js';
import { buildInteraction } from './interactionPayload.js';
import { createRestHandler } from './restServer.js';
import { createState } from './state.js';
import type { DiscordDouble, DiscordDoubleOptions, InteractionSpec } from './types.js';

const DEFAULT_WAIT_MS = 5_000;

/**
 * Starts a local Discord (REST under `/api/v10`, gateway at `/gateway`) on 127.0.0.1 and a random port, for a real
 * discord.js client configured with `rest: { api: double.apiBase }`. Destroy the client before `close()`:
 * a client that loses its gateway keeps trying to reconnect.
 */
export async function startDiscordDouble(options: DiscordDoubleOptions = {}): Promise<DiscordDouble> {
  const state = createState(options);
  const gateway = new Gateway(state);
  const server = createServer(createRestHandler(state));
  server.on('upgrade', (request, socket, head: Buffer) => gateway.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const dispatchInteraction = (spec: InteractionSpec) => {
    const id = state.nextId();
    const token = createInteractionToken(id);
    const payload = buildInteraction(spec, state, id, token);
    const sentAt = preciseNow();
    gateway.dispatch('INTERACTION_CREATE', payload);
    state.interactions.add({ id, token, type: payload.type, payload, sentAt, followUps: [] });
    return { id, token, sentAt };
  };

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    applicationId: state.applicationId,
    guildId: state.world.guildId,
    channelId: state.world.channel.id,
    get channel() {
      return state.world.channel;
    },
    token: state.token,
    captured: state.recorder.captured,
    violations: state.recorder.violations,
    gatewayFrames: gateway.frames,
    messages: state.channelMessages,
    dispatchInteraction,
    waitForCallback: (interactionId, timeoutMs = DEFAULT_WAIT_MS) =>
      state.recorder.waitFor(
        (request) => request.interactionId === interactionId && request.fault === undefined && request.route.endsWith('/callback'),
        timeoutMs,
        `a callback for interaction ${interactionId}`,
      ),
    waitForRequest: (match, timeoutMs = DEFAULT_WAIT_MS) => state.recorder.waitFor(match, timeoutMs, 'a matching request'),
    waitForReady: (timeoutMs = DEFAULT_WAIT_MS) => gateway.waitForReady(timeoutMs),
    interactionMessages: (interactionId) => {
      const entry = state.interactions.get(interactionId);
      return { ...(entry?.original ? { original: entry.original } : {}), followUps: [...(entry?.followUps ?? [])] };
    },
    injectFault: (spec) => state.faults.arm(spec),
    updateChannel: (patch) => {
      state.world.channel = { ...state.world.channel, ...patch, id: state.world.channel.id, guild_id: state.world.guildId };
      gateway.dispatch('CHANNEL_UPDATE', state.world.channel);
    },
    reconnect: (mode = 'op7', timeoutMs = DEFAULT_WAIT_MS) => gateway.reconnect(mode, timeoutMs),
    registeredCommands: (guildId) => [...(guildId ? (state.guildCommands.get(guildId) ?? []) : state.globalCommands)],
    close: async () => {
      state.recorder.close();
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
