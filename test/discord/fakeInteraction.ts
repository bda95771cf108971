import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import type { BotContext, Choice, CommandOptions, Invoker } from '../../src/discord/command.js';
import type { ComponentResponder, MessagePayload, RoutedInteraction } from '../../src/discord/routedInteraction.js';
import { createLogger } from '../../src/logger.js';
import type { FactStore } from '../../src/facts/store.js';

export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret.token-never-logged';

/** One call a fake responder received, in order. */
export type Call = { method: string; payload?: MessagePayload | boolean };

/** A context whose logger writes JSON lines into `logs`, and whose clock the test moves. */
export function fakeContext(): { ctx: BotContext; logs: () => Array<Record<string, unknown>>; raw: () => string; clock: { ms: number } } {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(chunk.toString()); done(); } });
  const clock = { ms: Date.parse('2026-01-20T12:00:00Z') };
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '100000000000000001', STORE_URL: 'memory://' });
  const ctx: BotContext = { store: {} as FactStore, logger: createLogger('info', sink), now: () => new Date(clock.ms), config };
  return {
    ctx,
    clock,
    raw: () => lines.join(''),
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export const invoker = (userId = '200000000000000001'): Invoker => ({ userId, guildId: '300000000000000001', channelId: '400000000000000001' });

/** A responder that records every call; `fail` makes one method reject with a Discord-like error. */
export function fakeResponder(fail: Partial<Record<string, { status: number; code: number }>> = {}): { calls: Call[]; respond: ComponentResponder } {
  const calls: Call[] = [];
  const record = (method: string) => async (payload?: MessagePayload | boolean): Promise<void> => {
    calls.push(payload === undefined ? { method } : { method, payload });
    const failure = fail[method];
    if (failure) throw Object.assign(new Error(`${method} refused`), { name: 'DiscordAPIError', ...failure, url: `https://discord.com/api/v10/interactions/1/${TOKEN}/callback` });
  };
  return {
    calls,
    respond: {
      reply: record('reply'), defer: record('defer'), editReply: record('editReply'), deleteReply: record('deleteReply'),
      followUp: record('followUp'), update: record('update'), deferUpdate: record('deferUpdate'),
    },
  };
}

export function command(name: string, options: CommandOptions = {}, userId?: string, fail: Parameters<typeof fakeResponder>[0] = {}) {
  const { calls, respond } = fakeResponder(fail);
  const interaction: RoutedInteraction = { kind: 'command', commandName: name, options, invoker: invoker(userId), respond };
  return { calls, interaction };
}

export function button(customId: string, userId?: string) {
  const { calls, respond } = fakeResponder();
  const interaction: RoutedInteraction = { kind: 'button', customId, invoker: invoker(userId), respond };
  return { calls, interaction };
}

export function autocomplete(name: string, value: string) {
  const answered: Choice[][] = [];
  const interaction: RoutedInteraction = {
    kind: 'autocomplete', commandName: name, focused: { name: 'ticker', value }, invoker: invoker(),
    respond: async (choices) => void answered.push(choices),
  };
  return { answered, interaction };
}
