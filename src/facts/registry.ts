import { z } from 'zod';
import type { Company, Listing } from './company.js';

const listingSchema = z.object({
  ticker: z.string().min(1).max(20),
  exchange: z.string().min(1).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code (GBX for pence)'),
});

const companySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  listings: z.array(listingSchema),
});

/** Thrown when the registry file is malformed: names the entry and the field. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}

/** Validates a parsed registry (data/companies.json): every entry well-formed, ids unique. */
export function loadRegistry(json: unknown): Company[] {
  const parsed = z.array(companySchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, ...path] = issue?.path ?? [];
    const entry = Array.isArray(json) && typeof index === 'number' ? (json[index] as { id?: unknown })?.id : undefined;
    throw new RegistryError(`company registry entry ${String(index)}${entry ? ` (${String(entry)})` : ''}: ${path.join('.')} ${issue?.message ?? 'is invalid'}`);
  }
  const seen = new Set<string>();
  for (const company of parsed.data) {
    if (seen.has(company.id)) throw new RegistryError(`company registry: duplicate id ${company.id}`);
    seen.add(company.id);
  }
  return parsed.data;
}

/** Legal forms and share-class words that say nothing about which company is meant. */
const LEGAL_WORDS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'ag', 'se', 'sa', 'nv', 'bv',
  'holdings', 'holding', 'group', 'adr', 'ads', 'llc', 'lp', 'kgaa', 'spa', 'asa', 'as', 'ab', 'oyj', 'bhd', 'berhad',
  'tbk', 'gmbh',
]);

/** Dotted or slashed single letters (`S.p.A.`, `N.V.`, `A/S`, `J.P.`), written as one word once joined. */
const INITIALISM = /(?<![\p{L}\p{N}])(?:\p{L}[./])+\p{L}(?![\p{L}\p{N}])\.?/gu;

/** Letters NFKD leaves whole (`Ørsted`, `Straße`): folded by hand so they match their plain spellings. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

/**
 * A company name folded for forgiving lookups: accents, case, punctuation and legal suffixes gone, `&` read as
 * `and`, initialisms joined (`S.A.`, `A/S`). `The Procter & Gamble Company` → `procter and gamble`,
 * `Alibaba Group Holding Limited` → `alibaba`. Never empties a name: the last word stays.
 */
export function normalizeName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđı]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(INITIALISM, (m) => m.replace(/[./]/g, ''));
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words[0] === 'the' && words.length > 1) words.shift();
  let stripped = false;
  while (words.length > 1) {
    const last = words.at(-1) ?? '';
    if (words.at(-2) === 'class' && last.length === 1) words.splice(-2);
    else if (LEGAL_WORDS.has(last) || (stripped && last === 'and')) words.pop();
    else break;
    stripped = true;
  }
  return words.join(' ');
}

/** How an exchange's tickers are written: Google-style prefixes (`LON:TSCO`) and the Yahoo-style suffix (`TSCO.L`). */
interface TickerForms {
  prefixes: readonly string[];
  suffix: string | null;
}

const forms = (suffix: string | null, ...prefixes: string[]): TickerForms => ({ prefixes, suffix });
const TOKYO = forms('T', 'TYO', 'TSE');

/**
 * Every exchange code the registry uses. Google writes Toronto as `TSE:`; Tokyo codes are digits and Toronto's
 * letters, so `TSE:` is offered for both without clashing.
 */
export const EXCHANGE_TICKER_FORMS: Readonly<Record<string, TickerForms>> = {
  NASDAQ: forms(null, 'NASDAQ'), NYSE: forms(null, 'NYSE'), OTC: forms(null, 'OTC', 'OTCMKTS'),
  LSE: forms('L', 'LON', 'LSE'), XETRA: forms('DE', 'ETR', 'XETRA'), FRA: forms('F', 'FRA'),
  EPA: forms('PA', 'EPA'), AMS: forms('AS', 'AMS'), BIT: forms('MI', 'BIT'), BME: forms('MC', 'BME'),
  SIX: forms('SW', 'SWX', 'SIX', 'VTX'), CPH: forms('CO', 'CPH'), STO: forms('ST', 'STO'), OSL: forms('OL', 'OSL'),
  HEL: forms('HE', 'HEL'), TYO: TOKYO, TSE: TOKYO, KRX: forms('KS', 'KRX'), KOSDAQ: forms('KQ', 'KOSDAQ'),
  HKEX: forms('HK', 'HKG', 'HKEX'), SSE: forms('SS', 'SHA', 'SSE'), SZSE: forms('SZ', 'SHE', 'SZSE'),
  TWSE: forms('TW', 'TPE', 'TWSE'), NSE: forms('NS', 'NSE'), BSE: forms('BO', 'BOM', 'BSE'),
  TSX: forms('TO', 'TSX', 'TSE'), ASX: forms('AX', 'ASX'), MYX: forms('KL', 'KLSE', 'MYX', 'BURSA'),
  SGX: forms('SI', 'SGX'), TADAWUL: forms('SR', 'TADAWUL'), BVMF: forms('SA', 'BVMF'),
};

/**
 * The upper-case forms a listing's ticker is looked up by: bare, exchange-prefixed and Yahoo-suffixed, share
 * classes with a dot or a hyphen (`BRK.B`, `BRK-B`), Hong Kong codes with or without leading zeros after a
 * prefix or before a suffix (`0700.HK`, `700.HK`). `{ BABA, HKEX }` → `9988`, `HKG:9988`, `HKEX:9988`, `9988.HK`.
 */
export function tickerKeys(listing: Listing): string[] {
  const ticker = listing.ticker.toUpperCase();
  const exchange = listing.exchange?.toUpperCase() ?? null;
  const known = exchange ? EXCHANGE_TICKER_FORMS[exchange] : undefined;
  const classes = [ticker, withClassSeparator(ticker, '.'), withClassSeparator(ticker, '-')];
  const unpadded = exchange === 'HKEX' ? [ticker.replace(/^0+(?=\d)/, '')] : [];
  const prefixes = known?.prefixes ?? (exchange ? [exchange] : []);
  const prefixed = prefixes.flatMap((p) => [...classes, ...unpadded].map((t) => `${p}:${t}`));
  const suffixed = known?.suffix ? [withClassSeparator(ticker, '-'), ...unpadded].map((t) => `${t}.${known.suffix}`) : [];
  return [...new Set([...classes, ...prefixed, ...suffixed])];
}

/** `BRK.B`, `BRK-B` and `NOVO B` name the same share class; only a single trailing class letter is rewritten. */
function withClassSeparator(ticker: string, separator: string): string {
  return ticker.replace(/[.\-/ ](?=[A-Z]$)/, separator);
}
