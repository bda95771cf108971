import { createHash } from 'node:crypto';
import type { BotContext } from '../discord/command.js';
import type { BuildDigest, DailyPostRecord, DailyServices, DailySettings } from './dailyTypes.js';

/** The window of a guild's first digest. */
export const FIRST_DIGEST_WINDOW_MS = 24 * 3_600_000;
/** A digest after a long silence (the bot off for weeks) starts no earlier than this before now. */
export const MAX_DIGEST_WINDOW_MS = 7 * 24 * 3_600_000;

/** What the daily jobs run with: the bot's context, its poster and claimant id, the digest builder and a clock. */
export interface DailyJob {
  ctx: BotContext;
  services: DailyServices;
  buildDigest: BuildDigest;
  now: () => Date;
}

export type DigestOutcome =
  | { state: 'posted'; messageIds: string[] }
  | { state: 'skipped'; reason: string }
  /** Another process took the claim over (this one was too slow) or settled the day: nothing more is posted here. */
  | { state: 'lost' };

/**
 * The nonce of part `part` of a guild's digest for a local day: the same in every process and every retry, so
 * Discord (`enforce_nonce`) returns the message already posted instead of posting it twice. 23 characters at most.
 */
export function digestNonce(guildId: string, day: string, part: number): string {
  return `${createHash('sha256').update(`${guildId}/${day}`).digest('base64url').slice(0, 20)}.${part}`;
}

/** Where a digest starts: where the last one ended, or a day back for the first, and never more than a week back. */
export function digestWindowStart(coveredUntil: string | undefined, now: Date): Date {
  const floor = now.getTime() - MAX_DIGEST_WINDOW_MS;
  const start = coveredUntil === undefined ? now.getTime() - FIRST_DIGEST_WINDOW_MS : Date.parse(coveredUntil);
  return new Date(Math.max(start, floor));
}

/**
 * Builds, posts and settles the digest of a day this process has claimed. A quiet day is skipped unless `postQuiet`.
 * Messages a takeover finds already recorded are not posted again; each message renews the claim. A build or post
 * failure is thrown with the claim left in place: it expires after the lease and a later check retries the day.
 */
export async function postClaimedDigest(job: DailyJob, settings: DailySettings, claim: DailyPostRecord, postQuiet: boolean): Promise<DigestOutcome> {
  const { store, logger } = job.ctx;
  const holder = { guildId: claim.guildId, day: claim.day, claimant: job.services.claimant };
  const windowEnd = job.now();
  const digest = await job.buildDigest(job.ctx, {
    companyIds: settings.companyIds,
    since: digestWindowStart(claim.coveredUntil, windowEnd),
    now: windowEnd,
  });
  if (digest.quiet && !postQuiet) {
    const reason = 'quiet: nothing new since the last digest';
    const settled = await store.settleDailyPost({ ...holder, now: job.now(), state: 'skipped', reason, coveredUntil: digest.coveredUntil });
    if (settled) logger.info({ guildId: holder.guildId, day: holder.day }, 'Skipped a quiet day\'s daily digest');
    return settled ? { state: 'skipped', reason } : { state: 'lost' };
  }
  const messageIds = [...(claim.messageIds ?? [])];
  for (let part = messageIds.length; part < digest.messages.length; part++) {
    if (!(await store.progressDailyPost({ ...holder, now: job.now(), messageIds }))) return { state: 'lost' };
    const message = digest.messages[part];
    if (message) messageIds.push(await job.services.poster.post(settings.channelId, message, digestNonce(holder.guildId, holder.day, part)));
  }
  const settled = await store.settleDailyPost({ ...holder, now: job.now(), state: 'posted', messageIds, coveredUntil: digest.coveredUntil });
  if (!settled) return { state: 'lost' };
  logger.info({ guildId: holder.guildId, day: holder.day, messages: messageIds.length, summary: digest.summary }, 'Posted the daily digest');
  return { state: 'posted', messageIds };
}
