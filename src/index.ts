import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.js';
import { ingestPaths } from './cli/ingestPaths.js';
import { runLocalConsole } from './cli/localConsole.js';
import { firstSignal } from './cli/signals.js';
import { loadConfig, type Config } from './config.js';
import type { Client } from 'discord.js';
import { createChannelPoster } from './discord/channelPoster.js';
import type { BotContext } from './discord/command.js';
import { createDiscordClient, startDiscordBot } from './discord/client.js';
import { createRouter, type Router } from './discord/router.js';
import { readRegistry } from './facts/readRegistry.js';
import { buildDigest } from './jobs/buildDigest.js';
import { startDailyScheduler } from './jobs/dailyScheduler.js';
import { openFactStore, type FactStore } from './facts/store.js';
import type { Company } from './facts/company.js';
import { createLlmLayer } from './llm/llmLayer.js';
import { llmRateLimitsFrom } from './llm/llmRateLimit.js';
import { llmSettingsFrom } from './llm/llmSettings.js';
import { createLogger, type Logger } from './logger.js';

/** How long answers in flight may take to finish once asked to stop. */
const SHUTDOWN_GRACE_MS = 5_000;

/** Brings the store up to date with the articles the bot ships with; a file that fails is reported, never fatal. */
async function ingestArticles(config: Config, store: FactStore, registry: readonly Company[], logger: Logger): Promise<void> {
  const report = await ingestPaths([config.ARTICLES_DIR], { store, registry, prune: false });
  logger.info({ dir: config.ARTICLES_DIR, ...report.counts, failed: report.failed.length }, 'Articles ingested');
  for (const failure of report.failed) logger.warn(failure, 'Article could not be ingested');
}

/**
 * Answers Discord until a signal, then stops taking interactions, lets those in flight finish and disconnects.
 * The context gains the daily services before login: the channel poster reads the client's guild cache once ready.
 */
async function runDiscord(config: Config & { DISCORD_TOKEN: string; DISCORD_APPLICATION_ID: string }, router: Router, ctx: BotContext, stop: Promise<NodeJS.Signals>): Promise<void> {
  const { logger } = ctx;
  const client: Client = createDiscordClient(config);
  const services = { poster: createChannelPoster(client), claimant: processClaimant() };
  ctx.daily = services;
  await startDiscordBot({ config, router, commands, logger, client });
  const scheduler = startDailyScheduler({ ctx, services, buildDigest });
  const signal = await stop;
  logger.info({ signal }, 'Shutting down');
  // A digest being posted finishes through the client, so both end before it disconnects (and the store closes).
  const [drained] = await Promise.all([router.drain(SHUTDOWN_GRACE_MS), scheduler.stop()]);
  if (!drained) logger.warn({ ms: SHUTDOWN_GRACE_MS }, 'Answers still running at shutdown were abandoned');
  await client.destroy();
}

/** This process's id in daily post records: host, pid and a random part, since pids repeat after restarts. */
const processClaimant = (): string => `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(3).toString('hex')}`;

/**
 * Composition root. With DISCORD_TOKEN the bot ingests ARTICLES_DIR and answers slash commands on Discord; without
 * one it answers the same commands typed (or piped) on standard input, from the same store, rendered as text.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = config;
  // On the console, JSON log lines would interleave with the answers: only problems, unless LOG_LEVEL asks for more.
  const logger = createLogger(token || process.env['LOG_LEVEL'] ? config.LOG_LEVEL : 'warn');
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'Unhandled promise rejection'));
  const stop = firstSignal((signal) => logger.warn({ signal }, 'Second signal: exiting without cleaning up'));
  const registry = await readRegistry();
  const store = await openFactStore({ url: config.STORE_URL, registry, onError: (error) => logger.error({ err: error }, 'Fact store error') });
  const llmSettings = llmSettingsFrom(config);
  const llm = llmSettings ? createLlmLayer(llmSettings, logger, llmRateLimitsFrom(config)) : null;
  logger.info({ llm: llmSettings ? { model: llmSettings.model, baseUrl: llmSettings.baseUrl ?? 'OpenAI', timeoutMs: llmSettings.timeoutMs, maxRetries: llmSettings.maxRetries } : 'off' }, 'LLM layer');
  const ctx: BotContext = { store, logger, now: () => new Date(), config, llm };
  try {
    // An article is stored whole or not at all, so a signal during ingest waits for it to end, then goes no further.
    await ingestArticles(config, store, registry, logger);
    const early = await Promise.race([stop, Promise.resolve(undefined)]);
    if (early) {
      logger.info({ signal: early }, 'Shutting down before connecting');
      return 0;
    }
    if (token && applicationId) {
      const router = createRouter({ commands, ctx, rateLimit: { limit: config.RATE_LIMIT_COMMANDS, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1_000 } });
      await runDiscord({ ...config, DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId }, router, ctx, stop);
    } else {
      const router = createRouter({ commands, ctx, rateLimit: false });
      const io = { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) };
      await Promise.race([runLocalConsole({ router, commands, now: ctx.now }, io), stop]);
      await router.drain(SHUTDOWN_GRACE_MS);
    }
    return 0;
  } finally {
    await store.close();
    logger.info('Stopped');
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // A bad setting, an unreadable store, a refused token: one line, never a secret (settings are not echoed).
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`stockfacts: ${message}\n`);
  process.exitCode = 1;
}
// Standard input or a reconnect timer may still be open after a signal; everything worth keeping is closed by now.
process.exit();
