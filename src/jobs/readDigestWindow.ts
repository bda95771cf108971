import { compareNewestFirst } from '../facts/articleRefs.js';
import type { Fact } from '../facts/fact.js';
import type { FactStore } from '../facts/store.js';
import type { ArticleMeta } from '../facts/storeRecords.js';
import type { DigestRequest } from './dailyTypes.js';
import { earliestDay, isNewInWindow, publishedFrom } from './digestWindow.js';

/** An article new in a digest's window, with the facts it gave about the digest's companies. */
export interface DigestItem {
  article: ArticleMeta;
  facts: Fact[];
}

/** Articles read per look at an index; each further look reads four times as many. */
const FIRST_PAGE = 50;

/** A newest-first index (one company's, or every article's) down to the articles published from `earliest`. */
async function readBack(store: FactStore, companyId: string | undefined, earliest: string): Promise<ArticleMeta[]> {
  for (let limit = FIRST_PAGE; ; limit *= 4) {
    const listed = await store.articles(companyId, limit);
    const last = listed.at(-1);
    if (listed.length < limit || !last || !publishedFrom(last, earliest)) return listed.filter((a) => publishedFrom(a, earliest));
  }
}

/**
 * The articles new in the request's window (see digestWindow), newest first: about the given companies (by the
 * store's index of each company's articles), or every article when none are given; each with its facts about
 * those companies.
 */
export async function readDigestWindow(store: FactStore, request: DigestRequest): Promise<DigestItem[]> {
  const earliest = earliestDay(request.since);
  const scopes = request.companyIds.length > 0 ? request.companyIds : [undefined];
  const byId = new Map<string, ArticleMeta>();
  for (const scope of scopes) {
    for (const article of await readBack(store, scope, earliest)) byId.set(article.id, article);
  }
  const articles = [...byId.values()].filter((a) => isNewInWindow(a, request)).sort(compareNewestFirst);
  const wanted = new Set(request.companyIds);
  const facts = await store.articleFacts(articles.map((a) => a.id));
  return articles.map((article, i) => ({
    article,
    facts: (facts[i] ?? []).filter((f) => wanted.size === 0 || wanted.has(f.companyId)),
  }));
}
