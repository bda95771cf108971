import type { Random } from './random.js';

/** A UTC instant used only for its calendar fields: articles carry local times without zones. */
export type Moment = Date;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (d: Moment): string => MONTHS[d.getUTCMonth()] as string;

/** A trading-day time between 2019 and mid-2026. */
export function randomMoment(random: Random): Moment {
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2026, 5, 30);
  const day = new Date(start + Math.floor(random.next() * ((end - start) / 86_400_000)) * 86_400_000);
  if (day.getUTCDay() === 0) day.setUTCDate(day.getUTCDate() + 1);
  if (day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 2);
  day.setUTCHours(random.int(6, 21), random.int(0, 59), random.int(0, 59));
  return day;
}

export const addDays = (d: Moment, days: number): Moment => new Date(d.getTime() + days * 86_400_000);
export const isoDate = (d: Moment): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const isoDateTime = (d: Moment): string =>
  `${isoDate(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
/** `April 15, 2020` */
export const longDate = (d: Moment): string => `${month(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
/** `15 April 2020` */
export const britishDate = (d: Moment): string => `${d.getUTCDate()} ${month(d)} ${d.getUTCFullYear()}`;
/** `January 14` */
export const monthDay = (d: Moment): string => `${month(d)} ${d.getUTCDate()}`;
export const weekday = (d: Moment): string => WEEKDAYS[d.getUTCDay()] as string;

/** `January 13th`, as wire copy dates a research note. */
export function ordinalMonthDay(d: Moment): string {
  const n = d.getUTCDate();
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${month(d)} ${n}${suffix}`;
}

export const DATE_FORMATS = ['german', 'byline', 'long', 'iso', 'rfc2822', 'british', 'india', 'none'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export interface DateLine {
  /** The line as printed (null for an undated article). */
  line: string | null;
  /** What the gold file records as `published`. */
  published: string | null;
}

function rfc2822(d: Moment): string {
  return `${weekday(d).slice(0, 3)}, ${pad(d.getUTCDate())} ${month(d).slice(0, 3)} ${d.getUTCFullYear()} `
    + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** The article's own date line in one publisher format. */
export function dateLine(format: DateFormat, d: Moment, byline: string, random: Random): DateLine {
  const day = isoDate(d);
  const hhmm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  switch (format) {
    case 'german':
      return { line: `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} - ${hhmm}:${pad(d.getUTCSeconds())}`, published: isoDateTime(d) };
    case 'byline':
      return { line: `By ${byline} | ${longDate(d)}`, published: day };
    case 'long':
      return { line: `${random.pick(['', 'Published ', 'Posted on '])}${longDate(d)}`, published: day };
    case 'iso':
      return random.chance(0.5)
        ? { line: `Published: ${isoDateTime(d)}Z`, published: `${isoDateTime(d)}+00:00` }
        : { line: `Date: ${day}`, published: day };
    case 'rfc2822':
      return { line: `${random.pick(['Published: ', 'Date: ', ''])}${rfc2822(d)}`, published: `${isoDateTime(d)}+00:00` };
    case 'british':
      return random.chance(0.5)
        ? { line: `${britishDate(d)} ${hhmm} GMT`, published: `${day}T${hhmm}:00+00:00` }
        : { line: britishDate(d), published: day };
    case 'india':
      return { line: `Updated: ${month(d).slice(0, 3)} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${hhmm} IST`, published: `${day}T${hhmm}:00` };
    case 'none':
      return { line: null, published: null };
  }
}
