import { FIRM_NAMES } from '../firms.js';

export interface FirmMention {
  name: string;
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN = new RegExp(String.raw`(?<![\w&])(?:${FIRM_NAMES.map(escape).join('|')})(?![\w&])(?:['’]s)?`, 'g');
const CAP = String.raw`[A-Z][\w&.\-]*(?:\s(?:&\s)?[A-Z][\w&.\-]*){0,3}`;
const ANALYSTS_AT = new RegExp(String.raw`\banalysts? (?:at|from|with) (${CAP})`, 'g');

const FIRST_WORDS = new Set(FIRM_NAMES.map((n) => n.split(/[\s,]/)[0] ?? ''));
const CAPITALISED = /[A-Z][\w.&'’-]*/g;

/** True when some capitalised word of the text opens a known firm's name: most sentences name none. */
function mayNameFirm(text: string): boolean {
  for (const m of text.matchAll(CAPITALISED)) {
    const w = m[0].replace(/['’]s$/, '');
    if (FIRST_WORDS.has(w) || FIRST_WORDS.has(w.replace(/[.,]$/, ''))) return true;
  }
  return false;
}

/** Research firms a sentence names: known houses, and "analysts at X". */
export function findFirms(text: string): FirmMention[] {
  const out: FirmMention[] = [];
  const known = mayNameFirm(text) ? text.matchAll(KNOWN) : [];
  for (const m of known) {
    out.push({ name: m[0].replace(/['’]s$/, ''), start: m.index, end: m.index + m[0].length });
  }
  const analystsAt = text.includes('nalyst') ? text.matchAll(ANALYSTS_AT) : [];
  for (const m of analystsAt) {
    const name = (m[1] ?? '').replace(/[.,]$/, '');
    const start = m.index + m[0].length - (m[1] ?? '').length;
    if (!out.some((f) => f.start <= start && start < f.end)) out.push({ name, start, end: start + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The firm named closest before a position, else the first one after it. */
export function firmFor(firms: readonly FirmMention[], at: number): FirmMention | undefined {
  const before = firms.filter((f) => f.end <= at);
  return before[before.length - 1] ?? firms.find((f) => f.start >= at);
}
