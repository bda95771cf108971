import { indexCompanies } from '../companyIndex.js';
import { FIRM_NAMES } from '../firms.js';
import { type Token, capitalTokens, findNames } from '../mentions.js';

export interface FirmMention {
  name: string;
  start: number;
  end: number;
}

const CAP = String.raw`[A-Z][\w&.\-]*(?:\s(?:&\s)?[A-Z][\w&.\-]*){0,3}`;
const ANALYSTS_AT = new RegExp(String.raw`\banalysts? (?:at|from|with) (${CAP})`, 'g');

/** The research houses as a name index: matched word by word like company names, longest name first. */
const FIRM_INDEX = indexCompanies(FIRM_NAMES.map((name) => ({ id: name, name, aliases: [], listings: [] })));
const FIRM_INDEXES = [FIRM_INDEX];

/** Research firms a sentence names: known houses, and "analysts at X". */
export function findFirms(text: string, tokens: readonly Token[] = capitalTokens(text)): FirmMention[] {
  const named = findNames(text, tokens, FIRM_INDEXES);
  // Most sentences name no research house: nothing to filter, sort or read "analysts at" from.
  if (named.length === 0 && !text.includes('nalyst')) return [];
  const out: FirmMention[] = named
    // "a call on Maybank", "shares of Morgan Stanley": a house named as the object is the company, not the analyst.
    .filter((m) => !/\b(?:on|for|of)\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)))
    .map((m) => ({ name: m.company.name, start: m.start, end: m.end }));
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

const ANALYST_VERB =
  /^(?:(?:Meanwhile|Elsewhere|Separately|Also|Earlier|Finally|Additionally|Furthermore),\s+)?(?:[Aa]nalysts? at\s+)?((?:[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|&|and|de|du))*?)\s+(?:analysts?\s+)?(?:raised|lifted|boosted|increased|hiked|lowered|cut|trimmed|reduced|slashed|set|sets|has|have|reiterated|reissued|reaffirmed|restated|maintained|kept|upgraded|downgraded|initiated|started|resumed|assumed|rates|rated|assigned|issued|gave|moved|bumped|nudged)\b/;
const TARGET_OR_RATING = /\b(?:price target|target price|price objective|target|rating|recommendation|coverage|upgraded|downgraded)\b/i;
const NOT_A_FIRM = new Set(['The', 'It', 'Its', 'They', 'Analysts', 'Shares', 'Investors', 'Management', 'Wall Street', 'Several', 'Many', 'Some', 'Most', 'Brokerages', 'Brokers']);

/**
 * A research house the registry of firms lacks, named as the subject of an analyst verb at the start of a sentence:
 * "KeyCorp raised their price target …", "Zurich Cantonal Bank lifted its target …".
 */
export function findSubjectFirm(text: string): FirmMention | undefined {
  if (!TARGET_OR_RATING.test(text)) return undefined;
  const m = ANALYST_VERB.exec(text);
  const name = m?.[1];
  if (!m || !name || NOT_A_FIRM.has(name) || name.length < 2) return undefined;
  const start = m[0].indexOf(name) + m.index;
  return { name, start, end: start + name.length };
}
