import type { Company } from '../facts/company.js';

const NAME = String.raw`(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*`;
/** "Foo Bar Inc.", "Foo Bar, Ltd", "Foo AG": a legal suffix marks a company even when no registry lists it. */
const MAY_HOLD_SUFFIX = /\b(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|PLC|plc|AG|SE|S\.A|SA|N\.V|NV|Holdings|Bhd|Berhad)\b/;
/** "Shares of Foo Bar rose": the subject of a share move. */
const SHARES_OF = new RegExp(String.raw`\b[Ss]hares (?:of|in) (${NAME})`, 'g');
/** A title opening with a name and "shares"/"stock". */
const TITLE_SUBJECT = new RegExp(String.raw`^(${NAME})(?:['’]s)?\s+(?:[Ss]hares|[Ss]tock)\b`);

const NOISE = new Set(['Peer', 'Peers', 'Rival', 'Rivals', 'Competitor', 'Competitors', 'Sector', 'Fellow', 'Smaller', 'Larger', 'Shares', 'Stock', 'The', 'In', 'On', 'At', 'Why', 'How', 'What', 'Is', 'Are', 'Should', 'Investors', 'Analysts', 'Wall', 'Street', 'While', 'As', 'After', 'When', 'Its', 'Their', 'This', 'These', 'US', 'U.S.', 'UK', 'Chinese', 'Indian', 'European', 'Asian', 'Japanese', 'Tech', 'Bank', 'Top', 'Best', 'Buy', 'Sell', 'Hold']);

function clean(name: string): string | null {
  const ws = name.split(/\s+/);
  while (ws.length > 0 && NOISE.has(ws[0] ?? '')) ws.shift();
  const out = ws.join(' ').replace(/['’]s$/, '');
  return out.length >= 3 && /[a-z]/.test(out) ? out : null;
}

function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const SUFFIX_AT = new RegExp(MAY_HOLD_SUFFIX.source + String.raw`\.?`, 'g');
const NAME_BEFORE = new RegExp(String.raw`(${NAME}),?\s+$`);

/** Names written with a legal suffix, found from each suffix backwards (scanning for names forwards backtracks). */
function legalNames(text: string): string[] {
  const out: string[] = [];
  SUFFIX_AT.lastIndex = 0;
  for (let m = SUFFIX_AT.exec(text); m; m = SUFFIX_AT.exec(text)) {
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 70), m.index));
    const name = before?.[1] ? clean(`${before[1]} ${m[0]}`) : null;
    if (name) out.push(name);
  }
  return out;
}

/**
 * Companies an article names that the registry lacks, found by how they are written. A title's subject counts
 * only when the body names it too, since title case capitalises every word.
 */
export function discoverCompanies(title: string, sentences: readonly string[]): Company[] {
  const names = new Set<string>();
  for (const text of sentences) {
    for (const name of legalNames(text)) names.add(name);
    const sharesOf = text.includes('hares ') ? text.matchAll(SHARES_OF) : [];
    for (const m of sharesOf) {
      const name = clean(m[1] ?? '');
      if (name) names.add(name);
    }
  }
  const t = TITLE_SUBJECT.exec(title)?.[1];
  const fromTitle = t ? clean(t) : null;
  if (fromTitle && sentences.some((s) => s.includes(fromTitle))) names.add(fromTitle);
  return [...names].map((name) => ({ id: slug(name), name, aliases: [], listings: [] }));
}
