import { ingestPaths } from '../../src/cli/ingestPaths.js';
import { loadConfig } from '../../src/config.js';
import type { BotContext, Command, CommandOptions, Invoker, Reply } from '../../src/discord/command.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { createLogger } from '../../src/logger.js';

/** Long after the sample articles (January 2026), as the bot runs in practice: their facts are stale. */
export const LATER = new Date('2026-08-20T12:00:00Z');

export const invoker: Invoker = { userId: '100000000000000001', guildId: '200000000000000002', channelId: '300000000000000003' };

/** A context around `store` with default settings, a silent logger and a pinned clock. */
export function makeContext(store: FactStore, now: Date = LATER, env: Record<string, string> = {}): BotContext {
  return { store, logger: createLogger('silent'), now: () => now, config: loadConfig(env) };
}

/** An in-memory store holding the shipped registry and the two sample articles in data/articles. */
export async function sampleStore(): Promise<FactStore> {
  const registry = await readRegistry();
  const store = await openFactStore({ url: 'memory://', registry });
  const report = await ingestPaths(['data/articles'], { store, registry });
  if (report.failed.length > 0) throw new Error(`sample articles failed: ${JSON.stringify(report.failed)}`);
  return store;
}

/** Runs a command as the router would: through the Command contract, as `invoker`. */
export function run(command: Command, options: CommandOptions, ctx: BotContext): Promise<Reply> {
  return command.execute(options, ctx, invoker);
}

/** Presses a button of a command's reply as the router would. */
export function press(command: Command, customId: string, ctx: BotContext): Promise<Reply> {
  if (!command.button) throw new Error(`/${command.data.name} has no buttons`);
  return command.button(customId, ctx, invoker);
}
