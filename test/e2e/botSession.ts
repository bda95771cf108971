import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIEmbed, APIMessage } from 'discord.js';
import { expect } from 'vitest';
import type { Reply } from '../../src/discord/command.js';
import { renderReplyText } from '../../src/format/replyToText.js';
import { discordEnv, runScript, startScript } from './childProcess.js';
import { startDiscordDouble } from './discordDouble/startDiscordDouble.js';
import type { CapturedRequest, DiscordDouble, DiscordDoubleOptions, InteractionSpec } from './discordDouble/types.js';

/** Discord's window for the first response to an interaction. */
export const ACK_WINDOW_MS = 3_000;

/**
 * The double judged nothing against Discord's rules, and every interaction it dispatched (at least `atLeast` of
 * them) was acknowledged within Discord's window.
 */
export function expectDiscordRulesKept(double: DiscordDouble, atLeast: number): void {
  expect(double.violations).toEqual([]);
  const callbacks = double.captured.filter((request) => request.route.endsWith('/callback') && request.fault === undefined);
  expect(callbacks.length).toBeGreaterThan(atLeast);
  for (const callback of callbacks) expect(callback.msSinceDispatch).toBeLessThan(ACK_WINDOW_MS);
}

/** What one interaction ended with: the first callback the double accepted and the message as it stands. */
export interface Answer {
  id: string;
  callback: CapturedRequest;
  message: APIMessage | undefined;
  /** The message rendered as text, timestamps as dates: what a person would read. */
  text: string;
  ephemeral: boolean;
}

/** The real entry point (`src/index.ts`) as a child process, logged in to a Discord double, with a temporary store. */
export interface BotSession {
  double: DiscordDouble;
  bot: ReturnType<typeof startScript>;
  storeUrl: string;
  ask(spec: InteractionSpec, timeoutMs?: number): Promise<Answer>;
  /** Resolves once the bot's standard error (its JSON log) matches. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Waits until an interaction is answered: its first callback, and when that was a deferral (type 5) the edit or
 * follow-up that carried the answer.
 */
export async function waitForAnswer(double: DiscordDouble, id: string, timeoutMs = 15_000): Promise<{ callback: CapturedRequest; answer: CapturedRequest }> {
  const callback = await double.waitForCallback(id, timeoutMs);
  if ((callback.body as { type: number }).type !== 5) return { callback, answer: callback };
  const answer = await double.waitForRequest((request) => request.interactionId === id && request.fault === undefined
    && ['PATCH', 'POST'].includes(request.method) && !request.route.endsWith('/callback') && request.status < 300, timeoutMs);
  return { callback, answer };
}

const messageText = (message: APIMessage | undefined): string =>
  message ? renderReplyText({ content: message.content, embeds: message.embeds as APIEmbed[] } as Reply, new Date()) : '';

/**
 * Starts a double, registers the commands with `npm run deploy-commands` (so the double knows their options), then
 * starts the bot on the shipped articles and waits until it has logged in.
 */
export async function startBotSession(env: Record<string, string> = {}, options: DiscordDoubleOptions = {}): Promise<BotSession> {
  const double = await startDiscordDouble(options);
  const dir = mkdtempSync(join(tmpdir(), 'stockfacts-e2e-'));
  const storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  const deployed = await runScript('src/cli/deployCommands.ts', [], discordEnv(double));
  if (deployed.code !== 0) throw new Error(`deploy-commands failed: ${deployed.stderr}`);
  const bot = startScript('src/index.ts', [], { ...discordEnv(double), STORE_URL: storeUrl, ARTICLES_DIR: 'data/articles', LOG_LEVEL: 'info', ...env });
  try {
    await double.waitForReady(60_000);
  } catch (error) {
    bot.kill('SIGKILL');
    throw new Error(`the bot did not log in: ${String(error)}\n${bot.output.stderr}`);
  }

  const ask = async (spec: InteractionSpec, timeoutMs = 15_000): Promise<Answer> => {
    const { id } = double.dispatchInteraction(spec);
    const { callback } = await waitForAnswer(double, id, timeoutMs);
    const { original, followUps } = double.interactionMessages(id);
    const message = followUps.at(-1) ?? original;
    return { id, callback, message, text: messageText(message), ephemeral: ((message?.flags ?? 0) & 64) !== 0 };
  };

  const waitForLog = async (pattern: RegExp, timeoutMs = 15_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(bot.output.stderr)) {
      if (Date.now() > deadline) throw new Error(`no log line matching ${String(pattern)} in:\n${bot.output.stderr}`);
      await sleep(50);
    }
  };

  return {
    double, bot, storeUrl, ask, waitForLog,
    close: async () => {
      if (bot.exitCode === null) {
        bot.kill('SIGTERM');
        await new Promise((resolve) => bot.once('exit', resolve));
      }
      await double.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
