import type { Company } from '../facts/company.js';
import { FACT_KINDS, type Fact } from '../facts/fact.js';
import type { FactsByKind } from '../facts/storeQueries.js';
import { KIND_LABELS, ageInDays, formatFactValue } from './formatValue.js';

/** What the plain-text view needs to name a fact's source. */
export interface SourceTitles {
  get(articleId: string): string | undefined;
}

function describeAge(asOf: string | null, now: Date, staleAfterDays: number): string {
  const age = ageInDays(asOf, now);
  if (age === null) return 'undated';
  const stale = age > staleAfterDays ? ', stale' : '';
  return `as of ${asOf}, ${age === 0 ? 'today' : `${age} day${age === 1 ? '' : 's'} old`}${stale}`;
}

function describeFact(fact: Fact, titles: SourceTitles, now: Date, staleAfterDays: number): string {
  const firm = fact.firm ? ` (${fact.firm})` : '';
  const source = titles.get(fact.articleId) ?? 'unknown article';
  return `  ${KIND_LABELS[fact.kind].padEnd(16)} ${formatFactValue(fact)}${firm}  [${describeAge(fact.asOf, now, staleAfterDays)}; «${source}»]`;
}

/**
 * Everything the store holds for a company as plain text, one line per current fact in a fixed kind order, each
 * with its as-of date, its age and the article it came from. Articles are not live prices; the header says so.
 */
export function formatFactsText(company: Company, facts: FactsByKind, titles: SourceTitles, now: Date, staleAfterDays: number): string[] {
  const tickers = [...new Set(company.listings.map((l) => l.ticker))].join(', ');
  const lines = [`${company.name}${tickers ? ` (${tickers})` : ''}: from news articles, not live prices`];
  for (const kind of FACT_KINDS) {
    for (const fact of facts[kind]?.current ?? []) lines.push(describeFact(fact, titles, now, staleAfterDays));
  }
  if (lines.length === 1) lines.push('  No facts about this company in the articles yet.');
  return lines;
}
