import type { Company, Listing } from '../facts/company.js';
import { type CompanyIndex, WORD_PATTERN, mayOpenName, normalizeWord, words } from './companyIndex.js';
import { EXCHANGE_CURRENCIES, TICKER_SUFFIX_EXCHANGES } from './currency.js';

/** A place in a sentence that names a company. */
export interface Mention {
  company: Company;
  start: number;
  end: number;
}

/** A ticker written with its exchange: `(NASDAQ: NVDA)`, `LON:GOG`, `9988.HK`. */
export interface TickerRef {
  ticker: string;
  exchange: string;
  currency: string | null;
  start: number;
  end: number;
}

const EXCHANGE_ALT = [...Object.keys(EXCHANGE_CURRENCIES), 'NYSE American', 'NYSE Arca', 'Nasdaq']
  .sort((a, b) => b.length - a.length)
  .join('|');
const EXCHANGE_NAMES: ReadonlySet<string> = new Set(EXCHANGE_ALT.split('|'));
/** The ticker after an exchange's colon, read where the colon ends. */
const TICKER_AFTER_COLON = /\s?([A-Z0-9][A-Z0-9]{0,9}(?:[.\-][A-Z0-9]{1,3})?)\b/y;

/** The exchange named right before a colon (one or two words, one space at most before the colon). */
function exchangeBefore(sentence: string, colon: number): { name: string; start: number } | undefined {
  let e = colon;
  if (sentence.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && isWordChar(sentence.charCodeAt(b - 1))) b--;
  if (b === e || (b > 0 && sentence.charCodeAt(b - 1) !== 32 && sentence.charCodeAt(b - 1) !== 40 && sentence.charCodeAt(b - 1) !== 91 && isWordChar(sentence.charCodeAt(b - 1)))) return undefined;
  const word = sentence.slice(b, e);
  // "NYSE American: X", "NYSE Arca: X".
  if ((word === 'American' || word === 'Arca') && sentence.slice(b - 5, b) === 'NYSE ') return { name: `NYSE ${word}`, start: b - 5 };
  return EXCHANGE_NAMES.has(word) ? { name: word, start: b } : undefined;
}
const SUFFIX_ALT = Object.keys(TICKER_SUFFIX_EXCHANGES).join('|');
const SUFFIXED_TICKER = new RegExp(String.raw`\b([A-Z0-9]{1,6}(?:-[A-Z])?)\.(${SUFFIX_ALT})\b(?!\.\w)`, 'g');


/** Upper-case words that read like tickers but are everyday finance abbreviations. */
/**
 * A ticker as articles write it in brackets after a name, perhaps with its exchange: "GS", "0700.HK", "JSE:BID",
 * "COGN3". A pattern fragment, for the rules that read "(…)" after a company.
 */
export const BRACKETED_CODE = String.raw`(?:[A-Z]{2,10}:\s?)?[A-Z0-9][A-Z0-9.]{0,9}`;

export const NOT_TICKERS: ReadonlySet<string> = new Set([
  'A', 'I', 'AI', 'CEO', 'CFO', 'CTO', 'COO', 'EPS', 'RSI', 'ETF', 'IPO', 'USD', 'EUR', 'GBP', 'GDP', 'FY', 'Q1', 'Q2',
  'Q3', 'Q4', 'PE', 'P', 'E', 'US', 'UK', 'EU', 'AND', 'THE', 'FOR', 'NEW', 'SMA', 'EMA', 'YTD', 'TTM', 'ESG', 'IT',
  'TV', 'PC', 'SEC', 'FDA', 'DOJ', 'FTC', 'OK', 'NSE', 'BSE', 'NYSE', 'LSE', 'TSX', 'ASX', 'HK', 'AM', 'PM', 'ET',
  'GMT', 'UTC', 'EV', 'EVS', 'API', 'CAGR', 'EBIT', 'EBITDA', 'ROE', 'ROI', 'M', 'B', 'K', 'AGM', 'LLC', 'INC', 'PLC',
  'MA', 'DMA', 'PT', 'TP', 'ADR', 'ADRS', 'ADS', 'NAV', 'AUM', 'FUA', 'EBITA', 'PAT', 'YOY', 'QOQ', 'MACD', 'VWAP', 'HEPS', 'DPS', 'NII', 'NIM', 'NIMS', 'PBT', 'NPA', 'NPAS', 'CASA', 'ARPU', 'EBIDTA',
]);

function exchangeCode(written: string): string {
  const up = written.toUpperCase().replace(/\s+/g, '');
  return up === 'NYSEAMERICAN' || up === 'NYSEARCA' ? 'NYSE' : up;
}

/** Every exchange-qualified ticker in a sentence. */
export function findTickerRefs(sentence: string): TickerRef[] {
  const refs: TickerRef[] = [];
  const colon = sentence.indexOf(':');
  const dotted = hasDottedCode(sentence);
  if (colon < 0 && !dotted) return refs;
  // From each colon back to the exchange's name ("NASDAQ: NVDA", "TSE:TPZ"): a pattern tried at every position
  // would cost far more, and most colons ("Price: €148.20") follow no exchange.
  for (let i = colon; i >= 0; i = sentence.indexOf(':', i + 1)) {
    const exch = exchangeBefore(sentence, i);
    if (!exch) continue;
    TICKER_AFTER_COLON.lastIndex = i + 1;
    const m = TICKER_AFTER_COLON.exec(sentence);
    const ticker = m?.[1];
    if (!m || !ticker || (!/[A-Z]/.test(ticker) && ticker.length < 3)) continue;
    const exchange = exchangeCode(exch.name);
    refs.push({ ticker: hongKongCode(ticker, exchange), exchange, currency: EXCHANGE_CURRENCIES[exchange] ?? null, start: exch.start, end: m.index + m[0].length });
  }
  if (!dotted) return refs;
  for (const m of sentence.matchAll(SUFFIXED_TICKER)) {
    const [whole, ticker, suffix] = m;
    if (!ticker || !suffix || (!/[A-Z]/.test(ticker) && ticker.length < 3)) continue;
    const exchange = TICKER_SUFFIX_EXCHANGES[suffix] ?? suffix;
    refs.push({ ticker: hongKongCode(ticker, exchange), exchange, currency: EXCHANGE_CURRENCIES[exchange] ?? currencyOfExchange(exchange), start: m.index, end: m.index + whole.length });
  }
  return refs;
}

/** Hong Kong codes are written with four or five digits ("00700.HK", "0700.HK", "700.HK"): read as four. */
function hongKongCode(ticker: string, exchange: string): string {
  if ((exchange !== 'HKEX' && exchange !== 'HKG' && exchange !== 'SEHK') || !/^\d{1,5}$/.test(ticker)) return ticker;
  return String(Number(ticker)).padStart(4, '0');
}

/** A capital or digit, a dot, a capital (`9988.HK`): a plain loop over the few dots is cheaper than a pattern. */
function hasDottedCode(sentence: string): boolean {
  for (let i = sentence.indexOf('.'); i > 0; i = sentence.indexOf('.', i + 1)) {
    const before = sentence.charCodeAt(i - 1);
    const after = sentence.charCodeAt(i + 1);
    if (((before >= 65 && before <= 90) || (before >= 48 && before <= 57)) && after >= 65 && after <= 90) return true;
  }
  return false;
}

function currencyOfExchange(exchange: string): string | null {
  const map: Record<string, string> = { HKEX: 'HKD', XETRA: 'EUR', SIX: 'CHF', KOSDAQ: 'KRW', TWSE: 'TWD', NZX: 'NZD' };
  return map[exchange] ?? null;
}

/** A word that starts with a capital letter or a digit, as offsets into its sentence. */
export interface Token {
  start: number;
  end: number;
}

function isWordChar(c: number): boolean {
  // Latin-1 and Latin Extended-A letters: "Yapı Kredi", "İş Yatırım", "Łódź", "Škoda".
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Capitalised words of a sentence in one pass, without regular expressions: letters, digits, `&` and `-`, with inner
 * dots before a letter or digit (`JD.com`, `J.P`). A sentence is scanned once and the list shared by every finder.
 */
export function capitalTokens(text: string): Token[] {
  const out: Token[] = [];
  CAPITAL_START.lastIndex = 0;
  // test() rather than exec(): no match array per word; the match is one character, just before lastIndex.
  while (CAPITAL_START.test(text)) {
    const i = CAPITAL_START.lastIndex - 1;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isWordChar(prev) || prev === 39 || prev === 0x2019) continue;
    let j = i + 1;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (isWordChar(d) || d === 38 || d === 45) j++;
      else if (d === 46 && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    out.push({ start: i, end: j });
    CAPITAL_START.lastIndex = j;
  }
  return out;
}

/** Where a capitalised word may start: the regular-expression engine finds these faster than a loop over every character. */
const CAPITAL_START = /[A-Z0-9À-ÖØ-Þ\u0100-\u017f]/g;

const NEXT_WORD = new RegExp(WORD_PATTERN.source, 'g');

/**
 * Names of companies the indexes know, written with a capital ("apple" is fruit): each capitalised word that opens
 * a known name is extended to the longest name that fits. Earlier indexes win a tie.
 */
export function findNames(sentence: string, tokens: readonly Token[], indexes: readonly CompanyIndex[], titleCase = false, localArms = false): Mention[] {
  const out: Mention[] = [];
  let from = 0;
  for (const token of tokens) {
    if (token.start < from) continue;
    const c = sentence.charCodeAt(token.start);
    let hit: Mention | undefined;
    // Cut once a filter lets it through, then shared by the indexes: a string caches its hash for the next lookup.
    let word: string | undefined;
    for (const index of indexes) {
      if (c >= 48 && c <= 57 && !index.digitFirst) continue;
      if (!mayOpenName(index, sentence, token.start, token.end)) continue;
      word ??= sentence.slice(token.start, token.end);
      if (!index.firstWritten.has(word)) continue;
      const found = longestName(sentence, token.start, index);
      if (found && (!hit || found.end > hit.end)) hit = found;
    }
    if (!hit) continue;
    if (!/\s/.test(sentence.slice(hit.start, hit.end))) {
      // "Target price", "Next year": a one-word name before the noun it qualifies is that noun's adjective.
      // A house's verb before it makes it the company the call is on: "UBS lifts Whitbread price target".
      // "Citi's price target" is the house's own: a possessive is no adjective.
      if (COMMON_NOUN_AFTER.test(sentence.slice(hit.end, hit.end + 12)) && !POSSESSIVE_END.test(sentence.slice(hit.end - 2, hit.end)) && !TARGET_VERB_BEFORE.test(sentence.slice(Math.max(0, hit.start - 10), hit.start))) continue;
      // "Buy | Target lifted to Rs 400", "Target of Rs 390": a call's own noun, capitalised, before what it does.
      if (CALL_NOUNS.has(sentence.slice(hit.start, hit.end)) && CALL_NOUN_USE.test(sentence.slice(hit.end, hit.end + 12))) continue;
      // "Cuts Its Target", "Lifts Price Target": after a possessive or "price", a one-word name is the word a title capitalised.
      if (hit.start > 3 && POSSESSIVE_BEFORE.test(sentence.slice(Math.max(0, hit.start - 7), hit.start))) continue;
      // "Stock Target Advisor reports": a one-word name inside a longer run of capitalised words is part of another
      // name, but in a headline every word is capitalised.
      if (!titleCase && insideCapitalRun(sentence, hit.start, hit.end)) continue;
      // "Hyundai AutoEver", "Toyota Tsusho": a known one-word name that another capitalised word continues is the
      // first word of another company's name.
      if (!titleCase && continuedByName(sentence, hit.end, localArms)) continue;
      // "Mitsubishi Motors" is not "Mitsubishi Corporation": a business word after a one-word name that the
      // company's own name does not go on with starts another company's name.
      if (otherBusiness(sentence, hit)) continue;
    }
    hit.end = withLegalSuffix(sentence, hit.end);
    out.push(hit);
    from = hit.end;
  }
  return out;
}

/** Capitalised words that may follow a company's one-word name without extending it. */
const AFTER_NAME: ReadonlySet<string> = new Set([
  'Chief', 'Chairman', 'Chairwoman', 'President', 'Founder', 'Executive', 'Director', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'Inc', 'Corp', 'Co', 'Ltd', 'Limited', 'Plc', 'Group', 'Holdings',
  // A house's desks ("RBC Dominion Securities") are read as the house elsewhere.
  'Securities', 'Capital', 'Research', 'Equities', 'Investments', 'Markets', 'Dominion', 'Institutional', 'Wealth',
  // "rates Rolls-Royce Buy": the rating given after the name.
  'Buy', 'Sell', 'Hold', 'Overweight', 'Underweight', 'Neutral', 'Outperform', 'Underperform', 'Accumulate', 'Reduce',
  'Add', 'Equal-weight', 'Equal-Weight', 'Market-perform', 'Market-Perform', 'Sector', 'Peer', 'Strong',
  // Generic words of a name's own fuller form ("Danske Bank", "Croda International").
  'Bank', 'International', 'Industries', 'Resources', 'Energy', 'Mining', 'Technologies', 'Technology', 'Financial',
  'Motors', 'Motor', 'Airlines', 'Airways', 'Pharmaceuticals', 'Corporation', 'Company', 'Partners', 'Properties',
  'Brands', 'Foods', 'Systems', 'Enterprises', 'Healthcare', 'Electronics', 'Chemicals', 'Metals', 'Petroleum', 'Shares',
  'Stock', 'ADR', 'ADRs',
]);

/**
 * Places after a one-word name: a house's local arm ("Nomura India") is the house, but a company's is a company of
 * its own, listed apart ("Nestlé India").
 */
const PLACES: ReadonlySet<string> = new Set(['India', 'Japan', 'China', 'Asia', 'Australia', 'Singapore', 'Korea', 'Hong', 'Europe', 'America', 'Canada']);

/** Words of a business that follow a group's one-word name in the names of its several listed members. */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(['Bank', 'International', 'Industries', 'Resources', 'Energy', 'Mining', 'Technologies', 'Technology', 'Financial', 'Motors', 'Motor', 'Airlines', 'Airways', 'Pharmaceuticals', 'Properties', 'Brands', 'Foods', 'Systems', 'Enterprises', 'Healthcare', 'Electronics', 'Chemicals', 'Metals', 'Petroleum', 'Electric', 'Heavy', 'Estate', 'Logistics', 'Shipping', 'Steel', 'Power', 'Insurance', 'Life', 'Capital', 'Securities', 'Semiconductor']);

function otherBusiness(sentence: string, hit: Mention): boolean {
  return sentence.charCodeAt(hit.end) === 32 && growsIntoOther(hit.company, sentence.slice(hit.start, hit.end), sentence.slice(hit.end, hit.end + 20));
}

/** Whether the word after a company's one-word name `first` (in `after`) is a business word its own name lacks. */
export function growsIntoOther(company: Company, first: string, after: string): boolean {
  const next = /^ ([A-Z][a-z]+)\b/.exec(after)?.[1];
  if (!next || !BUSINESS_WORDS.has(next)) return false;
  // A name of one word ("Pareto", a house) goes on into its own longer forms ("Pareto Securities").
  if (company.name === first) return false;
  return ![company.name, ...company.aliases].some((n) => n.startsWith(`${first} ${next}`) || (n !== first && !n.startsWith(`${first} `)));
}

/** Whether the word after position `end` (a space) continues a known one-word name into another company's. */
export function continuedByName(sentence: string, end: number, localArms = false): boolean {
  if (sentence.charCodeAt(end) !== 32) return false;
  const c = sentence.charCodeAt(end + 1);
  const d = sentence.charCodeAt(end + 2);
  // A capital then a lower-case letter ("Tsusho", "AutoEver"); words in capitals (CEO, ADR) are no name's.
  if (c < 65 || c > 90 || d < 97 || d > 122) return false;
  let e = end + 2;
  while (e < sentence.length && isWordChar(sentence.charCodeAt(e))) e++;
  const word = sentence.slice(end + 1, e);
  return !AFTER_NAME.has(word) && !(localArms && PLACES.has(word));
}

function insideCapitalRun(sentence: string, start: number, end: number): boolean {
  if (start < 2 || sentence.charCodeAt(start - 1) !== 32 || sentence.charCodeAt(end) !== 32) return false;
  const before = sentence.charCodeAt(sentence.lastIndexOf(' ', start - 2) + 1);
  const after = sentence.charCodeAt(end + 1);
  if (!(before >= 65 && before <= 90) || !(after >= 65 && after <= 90)) return false;
  // A legal form after the name is the name's own ("Target Corp").
  return !LEGAL_SUFFIX_AFTER.test(sentence.slice(end, end + 24));
}

const POSSESSIVE_BEFORE = /\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Pp]rice) $/;
const TARGET_VERB_BEFORE = /\b(?:lifts|lifted|raises|raised|hikes|hiked|boosts|boosted|cuts|cut|lowers|lowered|trims|trimmed|reduces|reduced|slashes|slashed) $/;
/** The nouns of an analyst's call, which a company may also be named. */
const CALL_NOUNS: ReadonlySet<string> = new Set(['Target', 'Targets', 'Rating', 'Objective', 'Consensus', 'Outlook', 'Estimate', 'Estimates']);
const CALL_NOUN_USE = /^(?: (?:lifted|raised|hiked|increased|cut|lowered|trimmed|reduced|slashed|moved|set|kept|of|to|at|is|was|stays|remains|unchanged|upgraded|downgraded)\b|:)/;
const POSSESSIVE_END = /^['’]s$/;
const COMMON_NOUN_AFTER = /^ (?:[Pp]rices?|[Tt]argets?|[Rr]ating|date|level|year|week|month|quarter|day)\b/;

/** A legal form written after a name ("Wells Fargo & Co", "Honda Motor Co", "Krones AG"): part of the mention. */
const LEGAL_SUFFIX_AFTER = /^(?:,?\s(?:&\s)?(?:Co|Cos|Corp|Corporation|Inc|Incorporated|Ltd|Limited|plc|PLC|Plc|AG|SE|SA|S\.A|NV|N\.V|LLC|Bhd|Berhad|Tbk|ASA|AB|Oyj|SpA|S\.p\.A|KGaA)\b\.?)+/;

function withLegalSuffix(sentence: string, end: number): number {
  const next = sentence.charCodeAt(end);
  if (next !== 32 && next !== 44) return end;
  const m = LEGAL_SUFFIX_AFTER.exec(sentence.slice(end, end + 24));
  return m ? end + m[0].length : end;
}

/** The longest name of one index starting at a word: words are read only while they still continue some name. */
function longestName(sentence: string, at: number, index: CompanyIndex): Mention | undefined {
  if (!startsCapital(sentence.charCodeAt(at))) return undefined;
  let best: Mention | undefined;
  let key = '';
  NEXT_WORD.lastIndex = at;
  let end = at;
  for (let n = 0, m = NEXT_WORD.exec(sentence); m && n < index.maxWords; n++, m = NEXT_WORD.exec(sentence)) {
    // A name's words stand one space apart: "Anchor Capital, one of…" names no "Capital One".
    if (n > 0 && (m.index !== end + 1 || sentence.charCodeAt(end) !== 32)) break;
    end = m.index + m[0].length;
    key = n === 0 ? normalizeWord(m[0]) : `${key} ${normalizeWord(m[0])}`;
    const company = index.byName.get(key);
    if (company) best = { company, start: at, end: m.index + m[0].length };
    if (!index.prefixes.has(key)) break;
  }
  return best;
}

function startsCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde) || (c >= 0x100 && c <= 0x17f && c % 2 === 0);
}

/**
 * Tickers written bare: those of companies the article already named ("BABA shares rose" after "Alibaba"), and
 * registry tickers where the wording frames them as one ("$BABA", "(BABA)", "BABA shares", "NVDA stock").
 * Only upper-case words with a letter count, never everyday abbreviations.
 */
export function findBareTickers(sentence: string, tokens: readonly Token[], known: ReadonlyMap<string, Company>, index: CompanyIndex): Mention[] {
  const out: Mention[] = [];
  for (const { start, end } of tokens) {
    const length = end - start;
    if (length < 2 || length > 6 || !isUpperToken(sentence, start, end)) continue;
    const ticker = sentence.slice(start, end);
    if (NOT_TICKERS.has(ticker)) continue;
    const before = sentence.charAt(start - 1);
    const after = sentence.charAt(end);
    if (after === '.' || after === ':' ? /\w/.test(sentence.charAt(end + 1)) : false) continue;
    let company = before === '.' || before === ':' ? undefined : known.get(ticker);
    if (!company) {
      const framed = (before === '$' && after !== ')') || (before === '(' && after === ')') || /^\s*(?:shares|stock|ADRs?|['’]s)\b/.test(sentence.slice(end, end + 8));
      const owners = framed ? index.byTicker.get(ticker) : undefined;
      company = owners?.length === 1 ? owners[0] : undefined;
    }
    if (company) out.push({ company, start: before === '$' ? start - 1 : start, end });
  }
  return out;
}

function isUpperToken(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'la', 'des', 'der', 'di', 'van', 'von', 'y', 'e']);
/** Headline verbs and nouns: a name written before a ticker starts after the last of them ("Scotiabank Lifts Topaz Energy"). */
const NAME_BREAKS = new Set([
  'lifts', 'raises', 'cuts', 'lowers', 'boosts', 'trims', 'upgrades', 'downgrades', 'reiterates', 'reaffirms', 'keeps',
  'sets', 'initiates', 'starts', 'assigns', 'gives', 'maintains', 'rates', 'sees', 'says', 'target', 'rating', 'price',
  'on', 'for', 'to', 'at', 'buy', 'sell', 'hold', 'lifted', 'raised', 'cut', 'lowered', 'upgraded', 'downgraded',
]);
const LEADING_NOISE = new Set([
  'shares', 'share', 'stock', 'stocks', 'the', 'in', 'on', 'at', 'for', 'of', 'why', 'how', 'what', 'is', 'are',
  'should', 'investors', 'analysts', 'and', 'as', 'while', 'with', 'from', 'by', 'after', 'when', 'today', 'buy',
  'sell', 'hold', 'company', 'firm', 'rival', 'peer', 'competitor', 'its', 'their', 'a', 'an', 'both', 'said',
  // A data label before a ticker ("Share Price (KRN.DE)") names no company.
  'price', 'close', 'last', 'current', 'closing',
]);

/** The capitalised name written just before a ticker: "Deutsche Euroshop AG (ETR:DEQ)" → "Deutsche Euroshop AG". */
export function nameBefore(sentence: string, at: number): string | null {
  const ws = words(sentence.slice(0, at));
  const picked: string[] = [];
  for (let i = ws.length - 1; i >= 0 && picked.length < 8; i--) {
    const w = ws[i];
    if (!w) break;
    const capital = /^[\p{Lu}\p{N}]/u.test(w.word);
    if (!capital && !CONNECTORS.has(w.word.toLowerCase())) break;
    if (NAME_BREAKS.has(w.key) && picked.length > 0) break;
    const gap = sentence.slice(w.end, i + 1 < ws.length ? (ws[i + 1]?.start ?? at) : at);
    if (/[;:!?"“”]/.test(gap) || (gap.includes(',') && !/^,\s*(?:Inc|Ltd|LLC|L\.P)/.test(sentence.slice(w.end)))) {
      if (picked.length > 0) break;
    }
    picked.unshift(w.word.replace(/['’]s$/, ''));
  }
  while (picked.length > 0 && (LEADING_NOISE.has((picked[0] ?? '').toLowerCase()) || CONNECTORS.has((picked[0] ?? '').toLowerCase()))) picked.shift();
  while (picked.length > 0 && CONNECTORS.has((picked[picked.length - 1] ?? '').toLowerCase())) picked.pop();
  const name = picked.join(' ').replace(/,$/, '');
  return name.length >= 2 ? name : null;
}

/** A company for a ticker the registry does not know, named by the article. */
export function companyFromTicker(ref: TickerRef, name: string | null): Company {
  const listing: Listing = { ticker: ref.ticker, exchange: ref.exchange, currency: ref.currency ?? 'USD' };
  const label = name ?? ref.ticker;
  const id = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { id: id || ref.ticker.toLowerCase(), name: label, aliases: [], listings: [listing] };
}
