import { ZONE_NAMES, zoneOffset } from './timeZones.js';

/** A date found in a text: its local ISO value and where it stands (to cut a date glued to a paragraph). */
export interface DateMatch {
  value: string;
  start: number;
  end: number;
}

/** Month names by their first three letters, English and German (the samples' publisher is German). */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, mär: 3, mae: 3, apr: 4, may: 5, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10,
  nov: 11, dec: 12, dez: 12,
};
const MONTH = String.raw`(Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Maerz|Apr(?:il)?|May|Mai|Jun[ei]?|Jul[yi]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cz](?:ember)?)\.?(?![a-z])`;
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?`;
const AMPM = String.raw`([ap])\.?m\b\.?`;
const ZONE = String.raw`(?:\s*\(?((?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}(?::?\d{2})?|${ZONE_NAMES})\)?(?![A-Za-z\d]))?`;
/** A clock time: `9:30 AM`, `12:54:04`, `09:30:00.000`, `4 pm`; an hour alone only with am/pm. Then a zone. */
const CLOCK = String.raw`(\d{1,2})(?:[:.h](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?(?![\d%])(?:\s*${AMPM})?|\s*${AMPM})${ZONE}`;
/** A time after a date: `, 9:30 AM ET`, ` - 12:54:04`, ` at 4 pm`, `T09:30:00Z`. */
const TIME_AFTER = String.raw`(?:(?:\s*(?:[-–—,|·]|\bat\b|\bum\b))?\s*T?${CLOCK})?`;
/** A time before a date, `9:30 AM ET, April 15, 2020`: searched in the few characters before a date without one. */
const TIME_BEFORE = new RegExp(String.raw`(?<![\d.:])${CLOCK}\s*(?:[-–—,|·]|\bon\b)?\s*$`, 'i');
/** A time before a date is searched this far back. */
const TIME_BEFORE_REACH = 40;

/** Where a format's captures stand: year, month, day, then the clock's six (hour, minute, second, am/pm twice, zone). */
interface Layout {
  re: RegExp;
  y: number;
  mo: number;
  d: number;
  clock: number;
  /** Numeric dates whose preferred reading is impossible are read the other way round (31/01/2020). */
  swappable: boolean;
}

function layout(date: string, y: number, mo: number, d: number, swappable = false): Layout {
  const groups = (new RegExp(`${date}|`).exec('')?.length ?? 1) - 1;
  return { re: new RegExp(`${date}${TIME_AFTER}`, 'gi'), y, mo, d, clock: groups + 1, swappable };
}

const LAYOUTS: readonly Layout[] = [
  // 2020-04-15, 2020-04-15T09:30:00Z, 2020/04/15, 2020.04.15
  layout(String.raw`\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)`, 1, 3, 4),
  // 2020年4月15日
  layout(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`, 1, 2, 3),
  // 14.01.2026 and 15-04-2020: day first, as German, British and Indian publishers write them
  layout(String.raw`\b(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?!\d)`, 4, 3, 1, true),
  // 04/15/2020: month first, as US publishers write it
  layout(String.raw`\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)`, 3, 1, 2, true),
  // Wednesday, April 15, 2020; Apr 15, 2020 9:30 AM ET; Sept. 15th, 2020
  layout(String.raw`\b${WEEKDAY}${MONTH}\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d),?\s+(\d{4})(?!\d)`, 3, 1, 2),
  // 15 April 2020; Wed, 15 Apr 2020 09:30:00 GMT; 15-Apr-2020; 15. April 2020; 15th of April, 2020
  layout(String.raw`\b${WEEKDAY}(\d{1,2})(?:st|nd|rd|th|\.)?(?:\s+of\s+|\s*-\s*|\s+)${MONTH}(?:,?\s+|-)(\d{4})(?!\d)`, 3, 2, 1),
];

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (MONTHS[text.slice(0, 3).toLowerCase()] ?? 0);
}

function validDay(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** `HH:mm:ss` and the zone's offset from a clock's captures, or null for an impossible time. */
function readClock(c: ReadonlyArray<string | undefined>, y: number, mo: number, d: number): { time: string; offset: string } | null {
  const [h, mi, s, ampm1, ampm2, zone] = c;
  if (h === undefined) return null;
  let hour = Number(h);
  const ampm = (ampm1 ?? ampm2)?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  const minute = Number(mi ?? '0');
  const second = Number(s ?? '0');
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = zone ? (zoneOffset(zone.replace(/\s/g, ''), y, mo, d, hour) ?? '') : '';
  return { time: `${pad(hour)}:${pad(minute)}:${pad(second)}`, offset };
}

function readMatch(m: RegExpExecArray, l: Layout, text: string): DateMatch | null {
  let [y, mo, d] = [Number(m[l.y]), monthNumber(m[l.mo] ?? ''), Number(m[l.d])];
  if (!validDay(y, mo, d)) {
    if (!l.swappable || !validDay(y, d, mo)) return null;
    [mo, d] = [d, mo];
  }
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  let start = m.index;
  // An impossible time is dropped, not the date: the date may still be right.
  let clock = readClock(m.slice(l.clock, l.clock + 6), y, mo, d);
  if (m[l.clock] === undefined) {
    const before = TIME_BEFORE.exec(text.slice(Math.max(0, start - TIME_BEFORE_REACH), start));
    clock = before ? readClock(before.slice(1, 7), y, mo, d) : null;
    if (clock && before) start -= before[0].length;
  }
  const value = `${date}T${clock?.time ?? '00:00:00'}${clock?.offset ?? ''}`;
  return { value, start, end: m.index + m[0].length };
}

/** The first possible date of one format starting before `limit`. */
function firstValid(l: Layout, text: string, limit: number): DateMatch | null {
  l.re.lastIndex = 0;
  for (let m = l.re.exec(text); m && m.index < limit; m = l.re.exec(text)) {
    const found = readMatch(m, l, text);
    if (found) return found;
  }
  return null;
}

const YEAR_DIGITS = /\d{4}/;

/** The leftmost date in a text, in any of the formats publishers use, as local ISO `YYYY-MM-DDTHH:mm:ss[±hh:mm]`. */
export function findDate(text: string): DateMatch | null {
  // Every format has a four-digit year: a text without four digits in a row (most lines) needs no pattern run.
  if (!YEAR_DIGITS.test(text)) return null;
  let best: DateMatch | null = null;
  for (const l of LAYOUTS) best = firstValid(l, text, best ? best.start : Infinity) ?? best;
  return best;
}

/**
 * A publication date and time from a date text (`14.01.2026 - 12:54:04`, `Apr 15, 2020 9:30 AM ET`, ISO 8601,
 * RFC 2822, …) as local ISO `YYYY-MM-DDTHH:mm:ss`: seconds `00` when absent, `T00:00:00` without a time, and the
 * offset appended (`+00:00`) when the text names a zone. Null when the text holds no possible date.
 */
export function parseDateText(text: string): string | null {
  return findDate(text)?.value ?? null;
}
