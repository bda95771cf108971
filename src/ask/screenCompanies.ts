import type { Fact } from '../facts/fact.js';
import type { FactStore } from '../facts/store.js';
import type { ArticleMeta } from '../facts/storeRecords.js';
import { rsiReading } from '../format/formatRsi.js';

/** How far back a question across companies looks: the newest articles, not the whole store (10,000 companies). */
export const SCREEN_ARTICLES = 200;
const MAX_MATCHES = 15;

/** Companies whose current fact of a kind passes a test, with the articles scanned (for citing). */
export interface Screening {
  matches: Fact[];
  articles: ArticleMeta[];
}

/** A question across companies: a consensus holding a rating word, or an RSI reading; without either, any value. */
export type ScreenQuery = { kind: 'consensus_rating'; rating?: string | undefined } | { kind: 'rsi_14'; reading?: 'oversold' | 'overbought' | undefined };

/** The test a screen puts each company's current fact to. */
function screenTest(query: ScreenQuery): (fact: Fact) => boolean {
  if (query.kind === 'consensus_rating') {
    const { rating } = query;
    return (f) => !rating || hasRating(f, rating);
  }
  const { reading } = query;
  return (f) => typeof f.value === 'number' && (!reading || rsiReading(f.value) === reading);
}

/**
 * Companies in the newest articles whose current fact passes the query ("a Buy consensus", "RSI ≤ 30"), judged on
 * each company's current facts, not on what an older article said.
 */
export async function screenCompanies(store: FactStore, query: ScreenQuery): Promise<Screening> {
  const { kind } = query;
  const test = screenTest(query);
  const articles = await store.articles(undefined, SCREEN_ARTICLES);
  const perArticle = await store.articleFacts(articles.map((a) => a.id));
  const companyIds = [...new Set(perArticle.flat().filter((f) => f.kind === kind).map((f) => f.companyId))];
  const matches: Fact[] = [];
  // A batch of companies at a time, read together rather than one after another; in order, so the first matches win.
  for (let i = 0; i < companyIds.length && matches.length < MAX_MATCHES; i += MAX_MATCHES) {
    const batch = await Promise.all(companyIds.slice(i, i + MAX_MATCHES).map((id) => store.latest(id, kind)));
    for (const latest of batch) matches.push(...latest.current.filter(test).slice(0, 1));
  }
  return { matches: matches.slice(0, MAX_MATCHES), articles };
}

/** True when a rating text holds the rating word asked about: "buy" in "Moderate Buy", not in "Hold". */
function hasRating(fact: Fact, rating: string): boolean {
  return typeof fact.value === 'string' && new RegExp(`\\b${rating.replace(/[^a-z ]/gi, '')}\\b`, 'i').test(fact.value);
}
