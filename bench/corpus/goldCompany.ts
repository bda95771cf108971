import type { GeneratedCompany } from './companies.js';
import type { GoldCompany } from './draft.js';

/** A registry company as a gold file lists it: name, every listing's ticker, aliases. */
export function goldCompany({ company }: GeneratedCompany): GoldCompany {
  return { name: company.name, tickers: company.listings.map((l) => l.ticker), aliases: company.aliases };
}
