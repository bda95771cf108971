import type { Company, Listing } from './company.js';

const listingKey = (l: Listing): string => `${l.ticker}|${l.exchange ?? ''}`;

/**
 * One company from two descriptions of it (the registry's, or several articles' that introduce it): names and
 * aliases and listings united. Commutative and associative, so the result does not depend on the order the
 * articles were ingested in: equal descriptions stay as they are (the registry's listing order means something);
 * differing ones unite sorted, the alphabetically first name becoming the name and the others aliases.
 */
export function mergeCompany(a: Company, b: Company): Company {
  if (a === b || sameCompany(a, b)) return a;
  const names = [...new Set([a.name, b.name])].sort();
  const name = names[0] ?? a.name;
  const aliases = [...new Set([...names.slice(1), ...a.aliases, ...b.aliases])].filter((n) => n !== name).sort();
  const listings = new Map<string, Listing>();
  for (const listing of [...a.listings, ...b.listings]) {
    const key = listingKey(listing);
    const seen = listings.get(key);
    if (!seen || seen.currency > listing.currency) listings.set(key, listing);
  }
  const sortedListings = [...listings.values()].sort((x, y) => (listingKey(x) < listingKey(y) ? -1 : 1));
  return { id: a.id, name, aliases, listings: sortedListings };
}

/** True when merging would change nothing (so the stored copy need not be rewritten). */
export function sameCompany(a: Company, b: Company): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
