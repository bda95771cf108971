import type { Company, Listing } from '../facts/company.js';
import { inlineText } from './escapeText.js';

/** Where each registry exchange trades, as people name it. */
const PLACES: Readonly<Record<string, string>> = {
  NYSE: 'New York', NASDAQ: 'Nasdaq', OTC: 'US OTC', TSX: 'Toronto', LSE: 'London', XETRA: 'Xetra', FRA: 'Frankfurt',
  EPA: 'Paris', AMS: 'Amsterdam', BIT: 'Milan', BME: 'Madrid', SIX: 'Zurich', CPH: 'Copenhagen', STO: 'Stockholm',
  OSL: 'Oslo', HEL: 'Helsinki', HKEX: 'Hong Kong', SSE: 'Shanghai', SZSE: 'Shenzhen', TYO: 'Tokyo', KRX: 'Seoul',
  KOSDAQ: 'KOSDAQ', TWSE: 'Taipei', SGX: 'Singapore', MYX: 'Kuala Lumpur', NSE: 'NSE India', BSE: 'BSE India',
  ASX: 'Sydney', BVMF: 'São Paulo', TADAWUL: 'Riyadh',
};

/** Pence and pounds are one currency in two units; every other code is its own. */
export function currencyFamily(currency: string): string {
  return currency === 'GBX' ? 'GBP' : currency;
}

function listingName(listing: Listing): string {
  const place = listing.exchange ? (PLACES[listing.exchange] ?? inlineText(listing.exchange, 20)) : null;
  const ticker = inlineText(listing.ticker, 20);
  return place ? `${place} · ${ticker}` : ticker;
}

/**
 * The listings a quote in `currency` belongs to, by the registry's trading currencies: `New York · BABA (USD)`.
 * A currency none of the company's listings trades in is named by itself (`EUR quote`).
 */
export function listingLabel(company: Company, currency: string): string {
  const family = currencyFamily(currency);
  const listings = company.listings.filter((l) => currencyFamily(l.currency) === family);
  if (listings.length === 0) return `${currency} quote`;
  return `${listings.slice(0, 3).map(listingName).join(' / ')} (${currency})`;
}

/** The company as a title names it: `Alibaba Group (BABA · 9988 · AHLA)`, escaped. */
export function companyLabel(company: Company): string {
  const tickers = [...new Set(company.listings.map((l) => inlineText(l.ticker, 20)))];
  const shown = tickers.length > 4 ? [...tickers.slice(0, 4), '…'] : tickers;
  return `${inlineText(company.name, 120)}${shown.length > 0 ? ` (${shown.join(' · ')})` : ''}`;
}
