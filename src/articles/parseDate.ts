const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12,
  december: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const TIME = String.raw`(?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?`;
const ZONE = String.raw`(?:\s*(Z|GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|IST|JST|KST|HKT|SGT|AEST|AEDT|[+-]\d{2}:?\d{2}))?`;

const FORMATS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Parts | null]> = [
  // 2020-04-15, 2020-04-15T09:30:00Z, 2020-04-15 09:30:00+02:00
  [new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?`), (m) => parts(m[1], m[2], m[3], m[4], m[5], m[6], undefined, m[7])],
  // 14.01.2026 - 12:54:04 (day first, as German publishers write it)
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*[-–,]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/, (m) => parts(m[3], m[2], m[1], m[4], m[5], m[6])],
  // Apr 15, 2020 9:30 AM ET; Wednesday, April 15, 2020; Sept. 15, 2020
  [new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}`, 'i'), (m) => parts(m[3], monthOf(m[1]), m[2], m[4], m[5], m[6], m[7], m[8])],
  // 15 April 2020; 15 Apr 2020, 09:30; Wed, 15 Apr 2020 09:30:00 GMT (RFC 2822)
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})${TIME}${ZONE}`, 'i'), (m) => parts(m[3], monthOf(m[2]), m[1], m[4], m[5], m[6], m[7], m[8])],
  // 2020/04/15
  [/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, (m) => parts(m[1], m[2], m[3])],
  // 04/15/2020 (US month first; day first only when the first number cannot be a month)
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => (Number(m[1]) > 12 ? parts(m[3], m[2], m[1]) : parts(m[3], m[1], m[2]))],
];

interface Parts {
  date: string;
  time: string;
  offset: string | null;
}

function monthOf(name: string | undefined): string | undefined {
  const n = name ? MONTHS[name.toLowerCase().replace(/\.$/, '')] : undefined;
  return n === undefined ? undefined : String(n);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function parts(y?: string, mo?: string, d?: string, h?: string, mi?: string, s?: string, ampm?: string, zone?: string): Parts | null {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!year || !month || !day || month > 12 || year < 1900 || year > 2200) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  let hour = h === undefined ? 0 : Number(h);
  if (ampm) {
    const pm = /^p/i.test(ampm);
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { date, time: `${pad(hour)}:${pad(minute)}:${pad(second)}`, offset: zone ? offsetOf(zone, date) : null };
}

const FIXED_ZONES: Readonly<Record<string, string>> = {
  Z: '+00:00', GMT: '+00:00', UTC: '+00:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  PST: '-08:00', PDT: '-07:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', IST: '+05:30', JST: '+09:00',
  KST: '+09:00', HKT: '+08:00', SGT: '+08:00', AEST: '+10:00', AEDT: '+11:00',
};

/** US daylight saving: from the second Sunday of March to the first Sunday of November. */
function usDaylight(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const nthSunday = (month: number, n: number): number => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  };
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  return m === 3 ? d >= nthSunday(3, 2) : d < nthSunday(11, 1);
}

function offsetOf(zone: string, date: string): string {
  const upper = zone.toUpperCase();
  const fixed = FIXED_ZONES[upper];
  if (fixed) return fixed;
  const dst = usDaylight(date);
  if (upper === 'ET') return dst ? '-04:00' : '-05:00';
  if (upper === 'CT') return dst ? '-05:00' : '-06:00';
  if (upper === 'PT') return dst ? '-07:00' : '-08:00';
  const m = /^([+-]\d{2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}:${m[2]}` : '+00:00';
}

/** Local ISO `YYYY-MM-DDTHH:mm:ss` (with the offset when the text names a zone) from a date text, or null. */
export function parseDateText(text: string): string | null {
  for (const [re, build] of FORMATS) {
    const m = re.exec(text);
    const p = m ? build(m) : null;
    if (p) return `${p.date}T${p.time}${p.offset ?? ''}`;
  }
  return null;
}

/** Where in a text a date stands, with its value: used to cut a date glued to the first paragraph. */
export function findDate(text: string): { value: string; start: number; end: number } | null {
  for (const [re, build] of FORMATS) {
    const m = re.exec(text);
    const p = m ? build(m) : null;
    if (m && p) return { value: `${p.date}T${p.time}${p.offset ?? ''}`, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
