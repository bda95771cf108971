const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building them is the slow part of reading a local time. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone, as if it were UTC (epoch milliseconds, whole seconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The zone's offset from UTC at an instant (ms; +3,600,000 for Berlin in winter). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/** The local calendar day of an instant in a zone, `YYYY-MM-DD`. */
export function localDay(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The calendar day `days` after `day` (negative: before), both `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first instant at which the zone's clock shows `hour:minute` or later on `day`. Across daylight saving this
 * is the one sensible reading of "post at 08:30 local": on an autumn day whose hour repeats it is the first
 * occurrence (so a day still has one run), and a time the spring change skips (02:30 when clocks jump from 02:00 to
 * 03:00) falls at the jump itself, 03:00 local, the moment the clock passes it.
 */
export function zonedInstant(day: string, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + hour * HOUR_MS + minute * 60_000;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const valid = [...new Set([before, after])].map((offset) => wall - offset).filter((t) => wallClock(t, timeZone) === wall);
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(transitionBetween(wall - after, wall - before, after, timeZone));
}

/** The instant, to the second, at which the offset becomes `offset`, between `low` (before it) and `high` (after). */
function transitionBetween(low: number, high: number, offset: number, timeZone: string): number {
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(middle, timeZone) === offset) high = middle;
    else low = middle;
  }
  return Math.floor(high / 1000) * 1000;
}
