import type { Fact } from '../facts/fact.js';
import type { FactStore } from '../facts/store.js';
import type { ArticleMeta } from '../facts/storeRecords.js';
import { isoDay } from '../format/dates.js';

/** One article a summary covers, with the facts it gave about the company. Its citation number is its place + 1. */
export interface SummaryArticle {
  article: ArticleMeta;
  facts: Fact[];
}

/** Five articles: enough for six bullets with a choice of sentences, few enough for a small prompt. */
export const MAX_SUMMARY_ARTICLES = 5;
/** Articles read to find those inside a `days` window; more than any company gets in a year of the corpus. */
const DAYS_WINDOW_SCAN = 200;

/** True when the article was published within `days` days before `now` (an undated one never is). */
export function withinDays(article: Pick<ArticleMeta, 'published'>, days: number, now: Date): boolean {
  const day = isoDay(article.published);
  if (!day) return false;
  return Date.parse(`${day}T00:00:00Z`) >= Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * 86_400_000;
}

/**
 * The company's newest articles (newest first) with the facts each gave about it; with `days`, only those published
 * in the last `days` days.
 */
export async function loadSummaryInput(store: FactStore, companyId: string, days: number | undefined, now: Date): Promise<SummaryArticle[]> {
  const listed = await store.articles(companyId, days === undefined ? MAX_SUMMARY_ARTICLES : DAYS_WINDOW_SCAN);
  const articles = (days === undefined ? listed : listed.filter((a) => withinDays(a, days, now))).slice(0, MAX_SUMMARY_ARTICLES);
  const facts = await store.articleFacts(articles.map((a) => a.id));
  return articles.map((article, i) => ({ article, facts: (facts[i] ?? []).filter((f) => f.companyId === companyId) }));
}
