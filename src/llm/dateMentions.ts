/** A calendar date as written: a month always, the day and year when written. */
export interface DateMention {
  text: string;
  year: number | null;
  month: number;
  day: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

/** Each form with the order of its captured parts: ISO dates and date-times, day-first and month-first English, 14.01.2026. */
const FORMS: ReadonlyArray<{ pattern: RegExp; parts: ReadonlyArray<'y' | 'm' | 'd' | 'mn'> }> = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g, parts: ['y', 'mn', 'd'] },
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, parts: ['d', 'mn', 'y'] },
  { pattern: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?\b`, 'gi'), parts: ['d', 'm', 'y'] },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:,?\s+${YEAR})?\b`, 'gi'), parts: ['m', 'd', 'y'] },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+${YEAR}\b`, 'gi'), parts: ['m', 'y'] },
];

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function readParts(match: RegExpExecArray, parts: ReadonlyArray<'y' | 'm' | 'd' | 'mn'>): DateMention | null {
  const date: DateMention = { text: match[0], year: null, month: 0, day: null };
  parts.forEach((part, i) => {
    const raw = match[i + 1];
    if (raw === undefined) return;
    if (part === 'y') date.year = Number(raw);
    else if (part === 'd') date.day = Number(raw);
    else date.month = part === 'm' ? monthOf(raw) : Number(raw);
  });
  const validDay = date.day === null || (date.day >= 1 && date.day <= 31);
  return date.month >= 1 && date.month <= 12 && validDay ? date : null;
}

/** Every date written in a text, and the text with them blanked out so their digits are not read as figures. */
export function findDates(text: string): { dates: DateMention[]; rest: string } {
  const dates: DateMention[] = [];
  let rest = text;
  for (const { pattern, parts } of FORMS) {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const match = Object.assign([...(args.slice(0, parts.length + 1) as string[])], { index: 0, input: '' }) as RegExpExecArray;
      const date = readParts(match, parts);
      if (!date) return match[0];
      dates.push(date);
      return ' ';
    });
  }
  return { dates, rest };
}

/** True when `wanted` names the same day (or month) as `known`; a part either leaves out matches anything. */
export function sameDate(wanted: DateMention, known: DateMention): boolean {
  const agrees = (a: number | null, b: number | null): boolean => a === null || b === null || a === b;
  return wanted.month === known.month && agrees(wanted.day, known.day) && agrees(wanted.year, known.year);
}
