import type { Fact } from '../facts/fact.js';
import type { Citations } from './citations.js';
import { formatDay } from './dates.js';
import { inlineText } from './escapeText.js';
import { ageInDays, formatFactValue } from './formatValue.js';

/** What every fact line needs: the clock, the staleness threshold and the citations of the answer being built. */
export interface AnswerContext {
  now: Date;
  staleAfterDays: number;
  citations: Citations;
  /**
   * Mark each stale fact: only worth it when some facts of the answer are fresh. When all are stale the answer says
   * so once, and a mark on every line would bury the figures.
   */
  markStale: boolean;
}

/** True when the fact is dated and older than the threshold. */
export function isStale(asOf: string | null, answer: Pick<AnswerContext, 'now' | 'staleAfterDays'>): boolean {
  const age = ageInDays(asOf, answer.now);
  return age !== null && age > answer.staleAfterDays;
}

/** A fact's value in bold, `≈` when the article hedged it ("about", "around"). */
export function factValue(fact: Fact): string {
  // Ratings are article text: escaped like any other.
  const value = typeof fact.value === 'string' ? inlineText(fact.value, 100) : formatFactValue(fact);
  return `${fact.approximate ? '≈ ' : ''}**${value}**`;
}

/** Where a fact stands: `as of 14 Jan 2026 [1] · stale`, citing its article. */
export function factNote(fact: Fact, answer: AnswerContext): string {
  const when = fact.asOf ? `as of ${formatDay(fact.asOf)}` : 'undated';
  return `${when} ${answer.citations.cite(fact)}${answer.markStale && isStale(fact.asOf, answer) ? ' · stale' : ''}`;
}

/** One line per fact: `label **value** · as of … [n]`; the label may be empty. */
export function factLine(fact: Fact, answer: AnswerContext, label = ''): string {
  return `${label ? `${label} ` : ''}${factValue(fact)} · ${factNote(fact, answer)}`;
}
