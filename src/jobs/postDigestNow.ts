import type { DailyPostRecord } from './dailyTypes.js';
import { localDay } from './zonedTime.js';
import { postClaimedDigest, type DailyJob } from './postDailyDigest.js';

/** What `/daily post` did. */
export type PostNowResult =
  | { outcome: 'posted'; record: DailyPostRecord | undefined; messageIds: string[] }
  /** Today's digest is already in the channel: posting it again is what exactly-once forbids. */
  | { outcome: 'already-posted'; record: DailyPostRecord }
  /** Another process (or the schedule) is posting today's digest right now. */
  | { outcome: 'busy'; record: DailyPostRecord | undefined }
  | { outcome: 'not-set-up' };

/**
 * A moderator's `/daily post`: posts what is new since the last digest now, in the configured channel (even after
 * `/daily off`), and it counts as today's digest, so the schedule does not post a second one later today. A day
 * already posted is refused; a skipped day (quiet, or missed while the bot was down) may be posted by hand, and a
 * quiet digest is posted all the same, since the moderator asked for it. Build and post failures are thrown; the
 * claim then expires and, if today's run time has passed, the schedule retries the day.
 */
export async function postDigestNow(job: DailyJob, guildId: string): Promise<PostNowResult> {
  const { store } = job.ctx;
  const settings = await store.dailySettings(guildId);
  if (!settings) return { outcome: 'not-set-up' };
  const now = job.now();
  const day = localDay(now, settings.timeZone);
  const claim = await store.claimDailyPost({ guildId, day, claimant: job.services.claimant, now, overSkipped: true });
  if (!claim.claimed) {
    return claim.record.state === 'claimed' ? { outcome: 'busy', record: claim.record } : { outcome: 'already-posted', record: claim.record };
  }
  job.ctx.logger.info({ guildId, day }, 'Posting the daily digest by hand');
  const outcome = await postClaimedDigest(job, settings, claim.record, true);
  const record = await store.lastDailyPost(guildId);
  if (outcome.state === 'posted') return { outcome: 'posted', record, messageIds: outcome.messageIds };
  return { outcome: 'busy', record };
}
