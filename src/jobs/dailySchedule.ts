import type { DailySettings } from './dailyTypes.js';
import { addDays, localDay, zonedInstant } from './zonedTime.js';

/** A local time of day as `/daily setup` takes it. */
export interface DailyTime {
  hour: number;
  minute: number;
  /** Normalized `HH:MM`, as stored in the settings. */
  text: string;
}

/** Reads `HH:MM` (or `H:MM`) on a 24-hour clock; null for anything else, such as `8pm` or `24:00`. */
export function parseDailyTime(input: string): DailyTime | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.trim());
  if (!match?.[1] || !match[2]) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return { hour, minute, text: `${String(hour).padStart(2, '0')}:${match[2]}` };
}

/**
 * The IANA zone's canonical spelling (`europe/berlin` gives `Europe/Berlin`), or null when the runtime does not
 * know it. Fixed offsets such as `+02:00` are refused: they would not follow daylight saving.
 */
export function canonicalTimeZone(input: string): string | null {
  const zone = input.trim();
  if (zone === '' || /^[+-]\d/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Whether the text names a time zone the schedule can use (see `canonicalTimeZone`). */
export function isTimeZone(input: string): boolean {
  return canonicalTimeZone(input) !== null;
}

/** When a guild's digests run, seen from one instant. */
export interface DailyRunTimes {
  /** The local day at `now`, `YYYY-MM-DD`. */
  day: string;
  /** The instant of today's run (may be past). */
  runAt: Date;
  previousDay: string;
  /** Yesterday's run, always before `now`. */
  previousRunAt: Date;
  /** The first run strictly after `now`: today's if it is still ahead, else tomorrow's. */
  nextRunAt: Date;
  /** Tomorrow's run, whatever the time now. */
  tomorrowRunAt: Date;
}

/**
 * The local day and run instants for settings at `now`. The posting hour stays local across daylight-saving
 * changes (08:30 Europe/Berlin is 07:30Z in winter, 06:30Z in summer); see `zonedInstant` for the gap and the
 * repeated hour.
 */
export function dailyRunTimes(settings: Pick<DailySettings, 'time' | 'timeZone'>, now: Date): DailyRunTimes {
  const time = parseDailyTime(settings.time);
  if (!time) throw new Error(`Invalid daily time ${JSON.stringify(settings.time)}: expected HH:MM`);
  const runOn = (day: string): Date => zonedInstant(day, time.hour, time.minute, settings.timeZone);
  const day = localDay(now, settings.timeZone);
  const previousDay = addDays(day, -1);
  const runAt = runOn(day);
  const tomorrowRunAt = runOn(addDays(day, 1));
  return { day, runAt, previousDay, previousRunAt: runOn(previousDay), nextRunAt: now < runAt ? runAt : tomorrowRunAt, tomorrowRunAt };
}
