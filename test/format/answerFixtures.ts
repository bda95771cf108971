import type { Company } from '../../src/facts/company.js';
import type { Fact } from '../../src/facts/fact.js';
import { selectLatest } from '../../src/facts/selectLatest.js';
import { groupByKind, type FactsByKind } from '../../src/facts/storeQueries.js';
import { Citations, type CitedArticle } from '../../src/format/citations.js';
import type { AnswerContext } from '../../src/format/factNote.js';
import { makeFact } from '../facts/makeFact.js';
import { alibaba as storeAlibaba } from '../facts/storeFixtures.js';

/** The store fixtures' Alibaba with its Frankfurt line too, as the shipped registry lists it. */
export const alibaba: Company = { ...storeAlibaba, listings: [...storeAlibaba.listings, { ticker: 'AHLA', exchange: 'FRA', currency: 'EUR' }] };

/** Facts as the store hands them to a command: newest per group current, older ones history. */
export function byKind(...facts: Array<Partial<Fact>>): FactsByKind {
  return groupByKind(selectLatest(facts.map((f) => makeFact(f))));
}

export const article = (id: string, published: string | null = '2026-01-14T12:00:00', url: string | null = null): CitedArticle => ({
  id,
  title: `Article ${id}`,
  published,
  url,
});

/** An answer context at `now` citing the given articles; marks stale facts unless told otherwise. */
export function answerAt(now: string, articles: CitedArticle[] = [article('a1')], markStale = true): AnswerContext {
  return { now: new Date(now), staleAfterDays: 7, citations: new Citations(new Map(articles.map((a) => [a.id, a]))), markStale };
}
