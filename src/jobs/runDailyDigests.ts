import { isDayFinished } from '../facts/dailyRecords.js';
import { dailyRunTimes, type DailyRunTimes } from './dailySchedule.js';
import type { DailyPostRecord, DailySettings } from './dailyTypes.js';
import { postClaimedDigest, type DailyJob } from './postDailyDigest.js';

/**
 * One check of every enabled guild's digest (the scheduler runs it every few seconds). A guild whose run time has
 * passed today and whose day nobody has finished is claimed and posted, late if the bot was down at the time; a
 * day before today that was never finished is recorded skipped with a log line. A run counts only from when its
 * settings were saved: setting up at 10:00 for 08:30 starts tomorrow. A failing guild is logged and left to the next
 * check; returns the stored settings that do not read back valid.
 */
export async function runDailyDigests(job: DailyJob): Promise<{ problems: string[] }> {
  const { settings, problems } = await job.ctx.store.allDailySettings();
  for (const guild of settings) {
    if (!guild.enabled) continue;
    try {
      await runGuildDigest(job, guild);
    } catch (error) {
      job.ctx.logger.error({ err: error, guildId: guild.guildId }, 'The daily digest failed; a later check retries it');
    }
  }
  return { problems };
}

async function runGuildDigest(job: DailyJob, settings: DailySettings): Promise<void> {
  const now = job.now();
  const times = dailyRunTimes(settings, now);
  const { store, logger } = job.ctx;
  const read = await store.lastDailyPost(settings.guildId);
  // One read serves both checks, which only spare needless claims (the claim itself decides atomically); a day
  // skipped just now is an earlier day and never stands in today's way.
  const last = (await skipMissedDay(job, settings, times, read)) ? undefined : read;
  if (now < times.runAt || times.runAt.getTime() < Date.parse(settings.updatedAt)) return;
  if (isDayFinished(last, times.day)) return;
  const claim = await store.claimDailyPost({ guildId: settings.guildId, day: times.day, claimant: job.services.claimant, now });
  if (!claim.claimed) return;
  const abandoned = claim.previous?.day === times.day ? claim.previous : undefined;
  if (abandoned) logger.warn({ guildId: settings.guildId, day: times.day, from: abandoned.claimant }, 'Taking over an abandoned daily digest claim');
  if (await skipUnpostable(job, settings, claim.record)) return;
  const outcome = await postClaimedDigest(job, settings, claim.record, settings.postWhenQuiet);
  if (outcome.state === 'lost') logger.warn({ guildId: settings.guildId, day: times.day }, 'Another process took over this daily digest');
}

/**
 * A channel deleted, or the bot's permission taken away, since setup will not mend itself within the day: the day
 * is recorded skipped with the reason (shown by /daily status, news kept for the next digest) rather than retried
 * all day. An outage is not this: the check reads the bot's own view of the server, and a failed post is retried.
 */
async function skipUnpostable(job: DailyJob, settings: DailySettings, claim: DailyPostRecord): Promise<boolean> {
  const check = await job.services.poster.checkChannel(settings.guildId, settings.channelId);
  if (check.ok) return false;
  const reason = `cannot post in the channel: ${check.problem}`;
  const holder = { guildId: claim.guildId, day: claim.day, claimant: job.services.claimant, now: job.now() };
  await job.ctx.store.settleDailyPost({ ...holder, state: 'skipped', reason, ...(claim.coveredUntil ? { coveredUntil: claim.coveredUntil } : {}) });
  job.ctx.logger.warn({ guildId: settings.guildId, channelId: settings.channelId, day: claim.day, problem: check.problem }, 'Skipped a daily digest: the bot may not post in its channel');
  return true;
}

/**
 * Records yesterday skipped when its run was due but nobody finished it (the bot was down, or died mid-post), given
 * the guild's latest record; true when it did.
 */
async function skipMissedDay(job: DailyJob, settings: DailySettings, times: DailyRunTimes, last: DailyPostRecord | undefined): Promise<boolean> {
  if (times.previousRunAt.getTime() < Date.parse(settings.updatedAt)) return false;
  const { store, logger } = job.ctx;
  if (isDayFinished(last, times.previousDay)) return false;
  const runAt = times.previousRunAt.toISOString();
  const reason = last?.day === times.previousDay
    ? `unfinished: the post claimed at ${last.claimedAt} never completed before the day ended`
    : `missed: the bot was not running at ${runAt}`;
  const skipped = await store.skipDailyPost({ guildId: settings.guildId, day: times.previousDay, claimant: job.services.claimant, now: job.now(), reason });
  if (skipped) logger.warn({ guildId: settings.guildId, day: times.previousDay, runAt, lastDay: last?.day ?? null }, `Skipped a daily digest: ${reason}`);
  return skipped;
}
