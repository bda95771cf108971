import type { Company } from './company.js';
import { editDistanceWithin } from './editDistance.js';
import { mergeCompany } from './mergeCompany.js';
import { foldCase, listingKeys, normalizeName, queryTickerKeys } from './nameKeys.js';
import { SortedKeys } from './sortedKeys.js';

export const MATCH_KINDS = ['exact', 'prefix', 'fuzzy', 'none', 'ambiguous'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** What a typed company name or ticker resolves to; `ambiguous` lists the candidates (at most 25). */
export interface Resolution {
  match: MatchKind;
  companies: Company[];
}

const MAX_CANDIDATES = 25;

/**
 * The in-memory name and ticker index behind `resolve` and `suggest`, built once from the registry and the stored
 * companies so that a lookup never waits on the store.
 */
export class CompanyResolver {
  private readonly byId = new Map<string, Company>();
  private readonly tickers = new SortedKeys();
  private readonly folded = new SortedKeys();
  private readonly normalized = new SortedKeys();
  private readonly compact = new SortedKeys();
  private typoKeys: Array<{ key: string; firstWord: string; ids: string[] }> | undefined;

  constructor(companies: Iterable<Company>) {
    const first = new Map<string, Company>();
    for (const company of companies) {
      const known = this.byId.get(company.id);
      if (!known) first.set(company.id, company);
      this.byId.set(company.id, known ? ledBy(first.get(company.id) ?? known, mergeCompany(known, company)) : company);
    }
    for (const company of this.byId.values()) this.index(company);
    for (const keys of [this.tickers, this.folded, this.normalized, this.compact]) keys.seal();
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Company | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<Company> {
    return this.byId.values();
  }

  /** Exact ticker (any written form) or name, then name prefix, then forgiving of accents, punctuation, typos. */
  resolve(query: string): Resolution {
    const folded = foldCase(query);
    if (folded.length === 0) return { match: 'none', companies: [] };
    const exactTicker = queryTickerKeys(query).map((key) => this.tickers.get(key)).find((ids) => ids.length > 0);
    return (
      this.answer('exact', [...(exactTicker ?? []), ...this.folded.get(folded)]) ??
      this.answer('prefix', this.folded.withPrefix(folded, MAX_CANDIDATES + 1)) ??
      this.answer('fuzzy', this.fuzzyIds(normalizeName(query))) ?? { match: 'none', companies: [] }
    );
  }

  /** Candidates for autocomplete: tickers and names starting with what was typed, best first. */
  suggest(prefix: string, limit = MAX_CANDIDATES): Company[] {
    const folded = foldCase(prefix);
    if (folded.length === 0) return [...this.byId.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).slice(0, limit);
    const tickerKey = queryTickerKeys(prefix)[0];
    const ids = new Set<string>([
      ...(tickerKey ? this.tickers.withPrefix(tickerKey, limit) : []),
      ...this.folded.withPrefix(folded, limit),
      ...this.normalized.withPrefix(normalizeName(prefix), limit),
    ]);
    return [...ids].slice(0, limit).flatMap((id) => this.byId.get(id) ?? []);
  }

  private index(company: Company): void {
    for (const listing of company.listings) for (const key of listingKeys(listing)) this.tickers.add(key, company.id);
    for (const name of [company.name, ...company.aliases]) {
      this.folded.add(foldCase(name), company.id);
      this.normalized.add(normalizeName(name), company.id);
      this.compact.add(normalizeName(name).replace(/ /g, ''), company.id);
    }
  }

  private answer(match: MatchKind, ids: readonly string[]): Resolution | undefined {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return undefined;
    const companies = unique.slice(0, MAX_CANDIDATES).flatMap((id) => this.byId.get(id) ?? []);
    return { match: unique.length === 1 ? match : 'ambiguous', companies };
  }

  private fuzzyIds(normalized: string): string[] {
    if (normalized.length === 0) return [];
    const compact = normalized.replace(/ /g, '');
    for (const ids of [this.normalized.get(normalized), this.compact.get(compact)]) if (ids.length > 0) return [...ids];
    const prefixed = this.normalized.withPrefix(normalized, MAX_CANDIDATES + 1);
    if (prefixed.length > 0) return prefixed;
    const compactPrefixed = this.compact.withPrefix(compact, MAX_CANDIDATES + 1);
    return compactPrefixed.length > 0 ? compactPrefixed : this.typoIds(normalized);
  }

  /**
   * Names within one edit (two for longer queries) of the query, or of the name's first word. Only names sharing
   * the query's first or second letter are compared: typing the first two letters both wrong is rare, and the
   * filter spares thousands of comparisons.
   */
  private typoIds(query: string): string[] {
    const max = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
    if (max === 0) return [];
    this.typoKeys ??= [...this.normalized.keys()].map(([key, ids]) => ({ key, firstWord: key.split(' ', 1)[0] ?? key, ids }));
    let best = max + 1;
    let ids: string[] = [];
    for (const { key, firstWord, ids: keyIds } of this.typoKeys) {
      if (key[0] !== query[0] && key[1] !== query[1]) continue;
      const distance = Math.min(editDistanceWithin(query, key, max), editDistanceWithin(query, firstWord, max));
      if (distance < best) [best, ids] = [distance, [...keyIds]];
      else if (distance === best && distance <= max) ids.push(...keyIds);
    }
    return ids;
  }
}

/**
 * A merged company shown as the first description of it says (the registry's, which comes first): its name, and its
 * listings in its order (the main listing first) ahead of those the articles added.
 */
function ledBy(lead: Company, merged: Company): Company {
  const rank = new Map(lead.listings.map((l, i) => [`${l.ticker}|${l.exchange ?? ''}`, i]));
  const listings = [...merged.listings].sort((x, y) => (rank.get(`${x.ticker}|${x.exchange ?? ''}`) ?? rank.size) - (rank.get(`${y.ticker}|${y.exchange ?? ''}`) ?? rank.size));
  const aliases = merged.name === lead.name ? merged.aliases : [...new Set([merged.name, ...merged.aliases])].filter((n) => n !== lead.name).sort();
  return { id: merged.id, name: lead.name, aliases, listings };
}
