import type { Company } from '../facts/company.js';
import { NOT_TICKERS } from './mentions.js';
import { NOT_COMPANY_WORDS } from './otherSubjects.js';
import { DOWN, FILLER, UP } from './rules/moveWords.js';

const NAME = String.raw`(?:(?:[A-Z][\w&'’.-]*|&)\s+){0,4}[A-Z][\w&'’.-]*`;
/** "Foo Bar Inc.", "Foo Bar, Ltd", "Foo AG": a legal suffix marks a company even when no registry lists it. */
const MAY_HOLD_SUFFIX = /\b(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|PLC|plc|AG|SE|S\.A|SA|N\.V|NV|Holdings|Bhd|Berhad|ASA|AB|Oyj|A\/S|SpA|S\.p\.A|KGaA|Tbk|PCL)\b/;
/** "Shares of Foo Bar rose": the subject of a share move. */
const SHARES_OF = new RegExp(String.raw`\b[Ss]hares (?:of|in) (${NAME})`, 'g');
/** A title opening with a name and "shares"/"stock". */
const TITLE_SUBJECT = new RegExp(String.raw`^(${NAME})(?:['’]s)?\s+(?:[Ss]hares|[Ss]tock)\b`);

/** Capitalised words that open or fill a phrase without naming a company. */
const NOISE = new Set([
  'Peer', 'Peers', 'Rival', 'Rivals', 'Competitor', 'Competitors', 'Sector', 'Fellow', 'Smaller', 'Larger', 'Shares',
  'Stock', 'Stocks', 'The', 'In', 'On', 'At', 'Why', 'How', 'What', 'Is', 'Are', 'Should', 'Investors', 'Analysts',
  'Wall', 'Street', 'While', 'As', 'After', 'When', 'Its', 'Their', 'This', 'These', 'US', 'U.S.', 'UK',
  'Tech', 'Top', 'Best', 'Buy', 'Sell', 'Hold', 'Will', 'Can',
  'Does', 'Do', 'Here', 'Here’s', "Here's", 'Meanwhile', 'Also', 'And', 'But', 'Even', 'Still', 'Yet', 'So', 'Then',
  'Today', 'Now', 'Elsewhere', 'Among', 'Both', 'It', 'They', 'He', 'She', 'We', 'You', 'I', 'A', 'An', 'Of', 'For',
  'By', 'With', 'To', 'From', 'Shares,', 'Plus', 'Over', 'Under', 'Despite', 'Amid', 'Following',
]);
/** Words that are never a company on their own: places, peoples, calendar words and the market's common nouns. */
const NEVER_A_NAME = new Set([
  ...NOT_COMPANY_WORDS, 'China', 'Japan', 'India', 'Korea', 'Asia', 'Europe', 'America', 'Germany', 'France',
  'Britain', 'Canada', 'Australia', 'Switzerland', 'Taiwan', 'Singapore', 'Malaysia', 'Hong', 'Kong', 'Tokyo', 'Seoul',
  'London', 'Frankfurt', 'Paris', 'Zurich', 'Mumbai', 'Sydney', 'Toronto', 'Shanghai', 'Shenzhen', 'Beijing',
  'American', 'German', 'French', 'British', 'Korean', 'Australian', 'Canadian', 'Swiss', 'Taiwanese', 'Global',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Energy', 'Technology',
  'Healthcare', 'Industrials', 'Financials', 'Materials', 'Utilities', 'Banks', 'Banking', 'Real', 'Estate', 'Stocks',
  'Shares', 'Equities', 'Futures', 'Bonds', 'Sentiment', 'Trading', 'Earnings', 'Revenue', 'Sales', 'Profit',
  'Results', 'Volume', 'Turnover', 'Analysts', 'Investors', 'Traders', 'Markets', 'Economy', 'Inflation',
  // Nouns that open a sentence about a figure moving: "Revenues rose 26.4%", "Exports fell 3%".
  'Revenues', 'Profits', 'Income', 'Margin', 'Margins', 'Costs', 'Expenses', 'Spending', 'Capex', 'Investment',
  'Investments', 'Orders', 'Bookings', 'Deliveries', 'Shipments', 'Exports', 'Imports', 'Output', 'Production',
  'Demand', 'Supply', 'Prices', 'Price', 'Rates', 'Rate', 'Yields', 'Yield', 'Dividend', 'Dividends', 'Payout',
  'Assets', 'Deposits', 'Loans', 'Lending', 'Subscribers', 'Users', 'Customers', 'Traffic', 'Visitors', 'Sales',
  'Wages', 'Unemployment', 'Employment', 'Jobs', 'Consumption', 'Growth', 'Net', 'Gross', 'Operating', 'Total',
  'Quarterly', 'Annual', 'Overall', 'Underlying', 'Adjusted', 'Core', 'Headline', 'Comparable', 'Organic',
  'Gas', 'Coal', 'Steel', 'Iron', 'Aluminium', 'Aluminum', 'Nickel', 'Zinc', 'Lithium', 'Platinum', 'Palladium',
  'Wheat', 'Corn', 'Sugar', 'Coffee', 'Cocoa', 'Cotton', 'Soybeans', 'Volatility', 'Confidence', 'Momentum',
  'Valuation', 'Valuations', 'Cash', 'Debt', 'Equity', 'Capital', 'Funds', 'Inflows', 'Outflows', 'Holdings',
  'Stake', 'Share', 'Stock', 'Index', 'Its', 'Their', 'Our', 'Some', 'Most', 'Many', 'Several', 'Others', 'Other',
  'Both', 'All', 'Each', 'Which', 'That', 'Those', 'There', 'Shareholders', 'Retail', 'Online', 'Domestic',
]);
/** Common nouns in the plural ("Exporters", "Chipmakers", "Utilities") open move sentences as often as names do. */
const PLURAL_NOUN = /(?:ers|ors|ies|als|ists|ants|ives|ings|ics|makers)$/;

/** The clause openers before a name that is the subject of a share move. */
const BEFORE_SUBJECT = String.raw`(?:^|[,;]\s+|\b(?:and|while|whereas|but)\s+|\b(?:maker|makers|group|company|firm|rival|peer|lender|bank|insurer|chipmaker|carmaker|automaker|miner|retailer|operator|developer|supplier|producer|conglomerate|giant|specialist|provider|manufacturer|utility|airline|brewer|grocer|owner|heavyweight|index heavyweight|counterpart|compatriot)\s+)`;
const MOVE_NAME = String.raw`[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3}`;
/** "Plastics maker Covestro shed 0.1 percent", "Evonik dropped 1.7 percent": a name moving by a percentage. */
const MOVE_SUBJECT = new RegExp(
  String.raw`(?:${BEFORE_SUBJECT}|\b(?:are|were|include|including)\s+(?=[A-Z][^,]{0,40},))(${MOVE_NAME})(?:['’]s)?(?:\s+(?:shares?|stock)(?:\s+price)?)?(?:,\s+which|,)?(?:\s+(?:has|have|is|are|was|were))?\s+(?:${UP}|${DOWN})${FILLER}\s*(?:[+-]?[$€£¥₹]?\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|half a)\s*(?:%|percent\b|per cent\b|pct\b|p\s+to\b|pence\s+to\b|cents?\s+to\b|sen\s+to\b)`,
  'g',
);
/** "Apple supplier AAC Technologies fell for a third day": a name its description introduces as a mover. */
const DESCRIBED_MOVER = new RegExp(String.raw`\b(?:maker|makers|group|company|firm|rival|peer|lender|insurer|chipmaker|carmaker|automaker|miner|retailer|operator|developer|supplier|producer|conglomerate|giant|specialist|provider|manufacturer|utility|airline|brewer|grocer|designer|assembler)\s+(${MOVE_NAME})\s+(?:${UP}|${DOWN})\b`, 'g');

/** "… and Wacker Chemie 1.8 percent": a second name sharing the verb of the move before it. */
const GAPPED_SUBJECT = new RegExp(String.raw`(?:,|\band)\s+(${MOVE_NAME})\s+[+-]?\d[\d.,]*\s*(?:%|percent\b|per cent\b|pct\b)`, 'g');

/** A movers table's row: "Melrose Industries (MRO) 641.60p 2.52%". */
const TABLE_ROW = /^([A-Z][\w&'’.\- ]{1,50}?) \([A-Z0-9.:]{1,10}\) [$€£¥₹]?\d[\d,.]*p? [+-−]?\d[\d.]*%$/;

function clean(name: string): string | null {
  const ws = name.split(/\s+/);
  while (ws.length > 0 && NOISE.has(ws[0] ?? '')) ws.shift();
  const out = ws.join(' ').replace(/['’]s$/, '');
  return out.length >= 3 && /[a-z]/.test(out) ? out : null;
}

/** Names written in capitals ("DNB rose 1.14 pct", "BG gained 41p"), unless an abbreviation of something else. */
function capitalName(name: string): string | null {
  return /^[A-Z]{2,5}$/.test(name) && !NOT_TICKERS.has(name) && !NOT_A_CAPITAL_NAME.has(name) ? name : null;
}

const NOT_A_CAPITAL_NAME = new Set(['GDP', 'CPI', 'PPI', 'PMI', 'ECB', 'FED', 'OPEC', 'IMF', 'BOJ', 'RBI', 'BOE', 'RBA', 'SNB', 'VIX', 'WTI', 'FTSE', 'DAX', 'CAC', 'SMI', 'AEX', 'STI', 'TSX', 'ASX', 'NZX', 'JSE', 'KLCI', 'MSCI', 'TOPIX', 'KOSPI', 'NIFTY', 'IBEX', 'OMX', 'OBX', 'ATX', 'SET', 'BSE', 'NSE', 'HSI', 'CSI']);

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

/** Whether a run of capitalised words can be a company's name rather than a place, an index or a plural noun. */
function plausibleName(name: string): boolean {
  const ws = name.split(/\s+/);
  // "Dollar General" and "Tokyo Electron" are companies; "Wall Street" and "Hang Seng" are not.
  if (ws.every((w) => NEVER_A_NAME.has(w.replace(/['’]s$/, '')) || w === '&')) return false;
  return ws.length > 1 || !PLURAL_NOUN.test(name);
}

/** Names that move by a percentage in a sentence, the subject of the move; in their own words, nothing else. */
function movingNames(text: string): string[] {
  if (!text.includes('%') && !text.includes('per') && !text.includes('pct') && !text.includes(' to ')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(MOVE_SUBJECT)) {
    const name = clean(m[1] ?? '') ?? capitalName(m[1] ?? '');
    if (name && plausibleName(name)) out.push(name);
  }
  for (const m of text.matchAll(DESCRIBED_MOVER)) {
    const name = clean(m[1] ?? '') ?? capitalName(m[1] ?? '');
    if (name && plausibleName(name)) out.push(name);
  }
  if (out.length === 0) return out;
  for (const m of text.matchAll(GAPPED_SUBJECT)) {
    const name = clean(m[1] ?? '') ?? capitalName(m[1] ?? '');
    if (name && plausibleName(name)) out.push(name);
  }
  return out;
}

/** Words that follow a distinctive first word in a company's name, which is then written alone ("Croda"). */
const GENERIC_TAIL = /^(?:International|Group|Holdings?|Industries|Resources|Energy|Mining|Minerals|Technologies|Technology|Pharmaceuticals?|Motors?|Corporation|Company|Systems|Solutions|Enterprises|Brands|Foods|Bank|Financial|Capital|Partners|Media|Networks|Therapeutics|Biosciences|Airways|Airlines|Properties|Healthcare|Semiconductor|Electronics|Chemicals?|Metals|Gold|Oil|Petroleum|Ventures)$/;

/** "Croda International" is also written "Croda": a distinctive first word before generic ones. */
function shortForms(name: string): string[] {
  const ws = name.split(' ');
  const [first, ...rest] = ws;
  if (!first || rest.length === 0 || !rest.every((w) => GENERIC_TAIL.test(w) || MAY_HOLD_SUFFIX.test(w))) return [];
  return first.length >= 4 && !NEVER_A_NAME.has(first) && !NOISE.has(first) ? [first] : [];
}

/** Occurrences of a name as whole words in the body. */
function countIn(sentences: readonly string[], name: string): number {
  let n = 0;
  for (const text of sentences) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const before = i > 0 ? text.charAt(i - 1) : ' ';
      const after = text.charAt(i + name.length);
      if (!/[\w&]/.test(before) && !/[\w&]/.test(after)) n++;
    }
  }
  return n;
}

/**
 * The headline's subject when the body names it too: the longest run of the headline's first capitalised words
 * that the body writes at least twice ("Krones Gains After Record Order Intake" → "Krones"). Title case
 * capitalises every word, so the body decides where the name ends.
 */
function headlineSubject(title: string, sentences: readonly string[]): string | null {
  const ws = title.replace(/['’]s\b/g, '').split(/\s+/).map((w) => w.replace(/[:,;!?]+$/, ''));
  while (ws.length > 0 && NOISE.has(ws[0] ?? '')) ws.shift();
  const run: string[] = [];
  for (const w of ws) {
    if (run.length === 4 || !/^[A-Z][\w&'’.-]*$/.test(w)) break;
    run.push(w);
  }
  for (let k = run.length; k > 0; k--) {
    const name = run.slice(0, k).join(' ');
    if (name.length >= 3 && /[a-z]/.test(name) && plausibleName(name) && countIn(sentences, name) >= 2) return name;
  }
  return null;
}

/**
 * Companies an article names that the registry lacks, found by how they are written: a legal suffix, "shares of X",
 * the subject of a share move, and the headline's subject when the body repeats it.
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
    for (const name of movingNames(text)) names.add(name);
    const row = text.length < 90 ? TABLE_ROW.exec(text) : null;
    // Tables write some names in capitals ("SEGRO (SGRO)").
    const rowName = row?.[1] ? clean(row[1]) ?? (/^[A-Z]{4,}$/.test(row[1]) ? row[1] : null) : null;
    if (rowName && plausibleName(rowName)) names.add(rowName);
  }
  const t = TITLE_SUBJECT.exec(title)?.[1];
  const fromTitle = t ? clean(t) : null;
  if (fromTitle && plausibleName(fromTitle) && sentences.some((s) => s.includes(fromTitle))) names.add(fromTitle);
  const subject = headlineSubject(title, sentences);
  if (subject) names.add(subject);
  return [...names].map((name) => ({ id: slug(name), name, aliases: shortForms(name), listings: [] }));
}
