import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIApplicationCommandInteractionDataOption } from 'discord.js';
import { startBotSession, type BotSession } from './botSession.js';

/** Option types as Discord sends them for /daily's options. */
const OPTION_TYPES: Readonly<Record<string, number>> = { channel: 7, time: 3, timezone: 3, tickers: 3, quiet: 5 };

/** A /daily subcommand's options as Discord nests them. */
export function dailyOptions(subcommand: string, values: Record<string, string | boolean> = {}): APIApplicationCommandInteractionDataOption[] {
  const options = Object.entries(values).map(([name, value]) => ({ name, type: OPTION_TYPES[name] ?? 3, value }));
  return [{ name: subcommand, type: 1, options } as APIApplicationCommandInteractionDataOption];
}

/** `HH:MM` of an instant in UTC: a time that is already due today (its seconds have passed). */
export const utcClock = (at: Date): string => at.toISOString().slice(11, 16);

/**
 * The shipped articles plus one of them re-dated to today, so a digest finds news whatever day the tests run
 * (the shipped ones are from January 2026, too old for a day's digest).
 */
export function articlesWithTodaysNews(now = new Date()): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'stockfacts-daily-articles-'));
  const today = `${String(now.getUTCDate()).padStart(2, '0')}.${String(now.getUTCMonth() + 1).padStart(2, '0')}.${now.getUTCFullYear()}`;
  const seed = readFileSync('data/articles/seed_000.txt', 'utf8');
  writeFileSync(join(dir, 'today.txt'), seed.replaceAll('14.01.2026', today).replace(/January 14/g, 'today'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A bot session reading today's news, with extra settings (the scheduler's check interval, say). */
export async function startDailySession(env: Record<string, string> = {}): Promise<BotSession & { articles: ReturnType<typeof articlesWithTodaysNews> }> {
  const articles = articlesWithTodaysNews();
  const session = await startBotSession({ ARTICLES_DIR: articles.dir, RATE_LIMIT_COMMANDS: '100', ...env });
  return {
    ...session, articles,
    close: async () => {
      await session.close();
      articles.remove();
    },
  };
}
