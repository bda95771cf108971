/*
 * Which articles a digest counts as new. An article is new when the store stored it inside the window
 * (since < ingestedAt <= now) and it was published no earlier than the day before the window opened.
 *  - ingestedAt, because the store keeps it for an article whose bytes did not change: re-ingesting the same files
 *    (or touching them) never makes yesterday's news new again, and a late feed still counts.
 *  - the publication day, because a store deleted and rebuilt stamps every article afresh: without this bound the
 *    next digest would list the whole archive. Article dates are days, often without a time zone, so the bound is a
 *    UTC day, with a day's grace for late feeds; undated articles cannot be placed in a day and are left out.
 */
import type { ArticleMeta } from '../facts/storeRecords.js';
import { isoDay } from '../format/dates.js';
import type { DigestRequest } from './dailyTypes.js';

/** How many days before the window opened an article may have been published and still be news. */
export const LATE_ARTICLE_DAYS = 1;

type Window = Pick<DigestRequest, 'since' | 'now'>;

/** The earliest publication day (`YYYY-MM-DD`, UTC) a digest opening at `since` reports. */
export function earliestDay(since: Date): string {
  const day = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate()) - LATE_ARTICLE_DAYS * 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

/** True when the article was published no earlier than `earliest` (an undated one never is). */
export function publishedFrom(article: Pick<ArticleMeta, 'published'>, earliest: string): boolean {
  const day = isoDay(article.published);
  return day !== null && day >= earliest;
}

/** True when the article is news for a digest of this window (see the rule above). */
export function isNewInWindow(article: Pick<ArticleMeta, 'published' | 'ingestedAt'>, window: Window): boolean {
  const stored = Date.parse(article.ingestedAt);
  if (Number.isNaN(stored) || stored <= window.since.getTime() || stored > window.now.getTime()) return false;
  return publishedFrom(article, earliestDay(window.since));
}

/**
 * Where the next digest starts: the newest storing time among the articles covered, or the window's end when none
 * were. An article stored later than that is left for the next digest rather than skipped.
 */
export function coveredUntil(articles: ReadonlyArray<Pick<ArticleMeta, 'ingestedAt'>>, window: Window): string {
  const newest = articles.reduce((max, a) => Math.max(max, Date.parse(a.ingestedAt)), Number.NEGATIVE_INFINITY);
  return Number.isFinite(newest) ? new Date(newest).toISOString() : window.now.toISOString();
}
