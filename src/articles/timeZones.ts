/**
 * Zone names publishers print after a time, as ISO offsets. IST is read as India's (+05:30): the markets this bot
 * covers make it far likelier than Irish or Israel time. EST/EDT and the like are taken at their word, even when a
 * publisher writes EST in July.
 */
const FIXED: Readonly<Record<string, string>> = {
  Z: '+00:00', GMT: '+00:00', UTC: '+00:00', UT: '+00:00', WET: '+00:00', BST: '+01:00', WEST: '+01:00',
  CET: '+01:00', MEZ: '+01:00', CEST: '+02:00', MESZ: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00',
  IST: '+05:30', SGT: '+08:00', HKT: '+08:00', AWST: '+08:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00',
  AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00',
  PDT: '-07:00', AKST: '-09:00', AKDT: '-08:00', HST: '-10:00',
};

/** US zone names without a season: their offset depends on daylight saving time on that date. */
const US_STANDARD: Readonly<Record<string, number>> = { ET: -5, CT: -6, MT: -7, PT: -8 };

/** The regex alternation of every zone name above, longest first so `CEST` is not read as `CET`. */
export const ZONE_NAMES = [...Object.keys(FIXED), ...Object.keys(US_STANDARD)]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Day of the month of the n-th Sunday (n = -1: the last) of a month. */
function sunday(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + 7 * (n - 1);
}

/**
 * US daylight saving time at a local date and hour: from 2 a.m. on the second Sunday of March to 2 a.m. on the first
 * Sunday of November since 2007 (Energy Policy Act of 2005); first Sunday of April to last Sunday of October before.
 */
export function usDaylightTime(year: number, month: number, day: number, hour: number): boolean {
  const [startMonth, startDay, endMonth, endDay] =
    year >= 2007 ? [3, sunday(year, 3, 2), 11, sunday(year, 11, 1)] : [4, sunday(year, 4, 1), 10, sunday(year, 10, -1)];
  if (month < startMonth || month > endMonth) return false;
  if (month > startMonth && month < endMonth) return true;
  if (month === startMonth) return day > startDay || (day === startDay && hour >= 2);
  return day < endDay || (day === endDay && hour < 2);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `+05:30` from a zone as printed: a name, `+0200`, `+02:00`, `+02`, `GMT+8`, `UTC-05:30`. Null when unknown. */
export function zoneOffset(zone: string, year: number, month: number, day: number, hour: number): string | null {
  const upper = zone.toUpperCase();
  const fixed = FIXED[upper];
  if (fixed) return fixed;
  const standard = US_STANDARD[upper];
  if (standard !== undefined) {
    const hours = standard + (usDaylightTime(year, month, day, hour) ? 1 : 0);
    return `-${pad(-hours)}:00`;
  }
  const m = /^(?:GMT|UTC)?\s?([+-])(\d{1,2}):?(\d{2})?$/.exec(upper);
  if (!m?.[1] || !m[2]) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? '0');
  return h > 14 || min > 59 ? null : `${m[1]}${pad(h)}:${pad(min)}`;
}
