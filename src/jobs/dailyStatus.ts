import type { BotContext } from '../discord/command.js';
import { isDayFinished } from '../facts/dailyRecords.js';
import { dailyRunTimes } from './dailySchedule.js';
import type { DailyPostRecord, DailySettings } from './dailyTypes.js';

/** What `/daily status` shows. */
export interface DailyStatus {
  settings: DailySettings | undefined;
  /** The latest day's record: claimed (being posted), posted or skipped. */
  lastPost: DailyPostRecord | undefined;
  /** When the next digest goes out; null when none is set up or they are off. May be past: due at the next check. */
  nextPostAt: Date | null;
}

/** A guild's digest settings, its last post and its next, as the scheduler sees them at `now`. */
export async function dailyStatus(ctx: BotContext, guildId: string, now: Date = ctx.now()): Promise<DailyStatus> {
  const settings = await ctx.store.dailySettings(guildId);
  const lastPost = await ctx.store.lastDailyPost(guildId);
  return { settings, lastPost, nextPostAt: settings ? nextDailyPost(settings, lastPost, now) : null };
}

/**
 * When the scheduler posts next: today's run unless today is finished (posted by hand, skipped) or the settings
 * were saved after it (see `runDailyDigests`), else tomorrow's.
 */
export function nextDailyPost(settings: DailySettings, lastPost: DailyPostRecord | undefined, now: Date): Date | null {
  if (!settings.enabled) return null;
  const times = dailyRunTimes(settings, now);
  const today = !isDayFinished(lastPost, times.day) && times.runAt.getTime() >= Date.parse(settings.updatedAt);
  return today ? times.runAt : times.tomorrowRunAt;
}
