import type { Company, Listing } from '../facts/company.js';
import { type CompanyIndex, type Word, words } from './companyIndex.js';
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
const PREFIXED_TICKER = new RegExp(String.raw`\b(${EXCHANGE_ALT})\s?:\s?([A-Z0-9][A-Z0-9]{0,9}(?:[.\-][A-Z0-9]{1,3})?)\b`, 'gi');
const SUFFIX_ALT = Object.keys(TICKER_SUFFIX_EXCHANGES).join('|');
const SUFFIXED_TICKER = new RegExp(String.raw`\b([A-Z0-9]{1,6}(?:-[A-Z])?)\.(${SUFFIX_ALT})\b(?!\.\w)`, 'g');

/** Cheap test: an exchange prefix ("NYSE:") or a market suffix ("9988.HK") can only follow these shapes. */
const MAY_HOLD_TICKER = /[A-Za-z]\s?:\s?[A-Z0-9]|[A-Z0-9]\.[A-Z]/;

/** Upper-case words that read like tickers but are everyday finance abbreviations. */
const NOT_TICKERS = new Set([
  'A', 'I', 'AI', 'CEO', 'CFO', 'CTO', 'COO', 'EPS', 'RSI', 'ETF', 'IPO', 'USD', 'EUR', 'GBP', 'GDP', 'FY', 'Q1', 'Q2',
  'Q3', 'Q4', 'PE', 'P', 'E', 'US', 'UK', 'EU', 'AND', 'THE', 'FOR', 'NEW', 'SMA', 'EMA', 'YTD', 'TTM', 'ESG', 'IT',
  'TV', 'PC', 'SEC', 'FDA', 'DOJ', 'FTC', 'OK', 'NSE', 'BSE', 'NYSE', 'LSE', 'TSX', 'ASX', 'HK', 'AM', 'PM', 'ET',
  'GMT', 'UTC', 'EV', 'EVS', 'API', 'CAGR', 'EBIT', 'EBITDA', 'ROE', 'ROI', 'M', 'B', 'K', 'AGM', 'LLC', 'INC', 'PLC',
]);

function exchangeCode(written: string): string {
  const up = written.toUpperCase().replace(/\s+/g, '');
  return up === 'NYSEAMERICAN' || up === 'NYSEARCA' ? 'NYSE' : up;
}

/** Every exchange-qualified ticker in a sentence. */
export function findTickerRefs(sentence: string): TickerRef[] {
  const refs: TickerRef[] = [];
  if (!MAY_HOLD_TICKER.test(sentence)) return refs;
  for (const m of sentence.matchAll(PREFIXED_TICKER)) {
    const [whole, exch, ticker] = m;
    if (!exch || !ticker || !/[A-Z]/.test(ticker) && ticker.length < 3) continue;
    if (ticker !== ticker.toUpperCase()) continue;
    const exchange = exchangeCode(exch);
    refs.push({ ticker, exchange, currency: EXCHANGE_CURRENCIES[exchange] ?? null, start: m.index, end: m.index + whole.length });
  }
  for (const m of sentence.matchAll(SUFFIXED_TICKER)) {
    const [whole, ticker, suffix] = m;
    if (!ticker || !suffix || (!/[A-Z]/.test(ticker) && ticker.length < 3)) continue;
    const exchange = TICKER_SUFFIX_EXCHANGES[suffix] ?? suffix;
    refs.push({ ticker, exchange, currency: EXCHANGE_CURRENCIES[exchange] ?? currencyOfExchange(exchange), start: m.index, end: m.index + whole.length });
  }
  return refs;
}

function currencyOfExchange(exchange: string): string | null {
  const map: Record<string, string> = { HKEX: 'HKD', XETRA: 'EUR', SIX: 'CHF', KOSDAQ: 'KRW', TWSE: 'TWD', NZX: 'NZD' };
  return map[exchange] ?? null;
}

/** Names of companies the index knows among a sentence's words, written with a capital ("apple" is fruit). */
export function findNameMentions(ws: readonly Word[], index: CompanyIndex): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ws.length; i++) {
    const first = ws[i];
    if (!first || !startsCapital(first.word) || !index.firstWords.has(first.key)) continue;
    for (let n = Math.min(index.maxWords, ws.length - i); n >= 1; n--) {
      const last = ws[i + n - 1];
      if (!last) continue;
      const key = ws.slice(i, i + n).map((w) => w.key).join(' ');
      const company = index.byName.get(key);
      if (!company) continue;
      out.push({ company, start: first.start, end: last.end });
      i += n - 1;
      break;
    }
  }
  return out;
}

function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde);
}

/** Bare tickers of companies already known to the article: "BABA shares rose". */
export function findBareTickers(sentence: string, known: ReadonlyMap<string, Company>): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(/(?<![\w$.:])\$?([A-Z][A-Z0-9]{1,5})\b(?![.:]\w)/g)) {
    const ticker = m[1] ?? '';
    const company = NOT_TICKERS.has(ticker) ? undefined : known.get(ticker);
    if (company) out.push({ company, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Registry tickers written bare where the wording makes them a ticker: "$BABA", "(BABA)", "BABA shares",
 * "NVDA stock". Only tickers with a letter and one owner count.
 */
export function findContextTickers(sentence: string, index: CompanyIndex): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(/(\$|\()?\b([A-Z][A-Z0-9]{1,5})\b(\))?(?=(\s*(?:shares|stock|ADRs?|['’]s)\b)?)/g)) {
    const ticker = m[2] ?? '';
    const framed = (m[1] === '$' && !m[3]) || (m[1] === '(' && m[3]) || (!m[1] && m[4]);
    const owners = framed && !NOT_TICKERS.has(ticker) ? index.byTicker.get(ticker) : undefined;
    const company = owners?.length === 1 ? owners[0] : undefined;
    if (company) out.push({ company, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'la', 'des', 'der', 'di', 'van', 'von', 'y', 'e']);
const LEADING_NOISE = new Set([
  'shares', 'share', 'stock', 'stocks', 'the', 'in', 'on', 'at', 'for', 'of', 'why', 'how', 'what', 'is', 'are',
  'should', 'investors', 'analysts', 'and', 'as', 'while', 'with', 'from', 'by', 'after', 'when', 'today', 'buy',
  'sell', 'hold', 'company', 'firm', 'rival', 'peer', 'competitor', 'its', 'their', 'a', 'an', 'both', 'said',
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
