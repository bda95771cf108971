import type { Listing } from './company.js';

/** Case folded and spaces collapsed, nothing else: the form an "exact" name match compares. */
export function foldCase(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Accents, punctuation and case folded away: `Nestlé S.A.` → `nestle s a`, `Alibaba-Group` → `alibaba group`. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Yahoo-style suffixes people write after a ticker (`9988.HK`, `TSCO.L`), per exchange code. */
const EXCHANGE_SUFFIX: Readonly<Record<string, string>> = {
  HKEX: 'HK',
  LSE: 'L',
  XETRA: 'DE',
  FWB: 'F',
  TSE: 'T',
  TYO: 'T',
  JPX: 'T',
  NSE: 'NS',
  BSE: 'BO',
  TSX: 'TO',
  ASX: 'AX',
  SIX: 'SW',
  KRX: 'KS',
  KOSDAQ: 'KQ',
  EPA: 'PA',
  AMS: 'AS',
  SSE: 'SS',
  SZSE: 'SZ',
  BURSA: 'KL',
  MYX: 'KL',
  SGX: 'SI',
  TWSE: 'TW',
  CPH: 'CO',
};

/** Every written form of a listing's ticker, upper-case: `BABA`, `NYSE:BABA`, `9988.HK`, `HKEX:9988`. */
export function listingKeys(listing: Listing): string[] {
  const ticker = listing.ticker.toUpperCase();
  const keys = [ticker];
  const exchange = listing.exchange?.toUpperCase();
  if (exchange) {
    keys.push(`${exchange}:${ticker}`);
    const suffix = EXCHANGE_SUFFIX[exchange];
    if (suffix) keys.push(`${ticker}.${suffix}`);
  }
  return keys;
}

/**
 * The keys a typed ticker is looked up by, most specific first: `nyse: baba` → `NYSE:BABA`, then `BABA`;
 * `$9988.hk` → `9988.HK`, then `9988`.
 */
export function queryTickerKeys(query: string): string[] {
  const key = query.trim().toUpperCase().replace(/^\$/, '').replace(/\s*:\s*/, ':');
  if (!/^[A-Z0-9.:&-]{1,24}$/.test(key)) return [];
  const keys = [key];
  const afterColon = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
  const beforeDot = afterColon.includes('.') ? afterColon.slice(0, afterColon.lastIndexOf('.')) : afterColon;
  for (const k of [afterColon, beforeDot]) if (k.length > 0 && !keys.includes(k)) keys.push(k);
  return keys;
}
