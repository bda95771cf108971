import { FACT_KINDS, FIRM_KINDS, type Fact } from './fact.js';

/** A set of facts split into the ones that stand now and the ones they replaced. */
export interface LatestFacts {
  /** The newest facts of each group; several when they share the newest date and disagree. */
  current: Fact[];
  /** Older (or undated, when a dated one exists) facts of the same groups, newest first. */
  history: Fact[];
}

const KIND_ORDER = new Map(FACT_KINDS.map((kind, i) => [kind, i]));

/**
 * Facts that can replace one another: the same kind and currency, and for price targets and analyst ratings the
 * same firm (a Goldman target does not replace a Citi one).
 */
export function factGroupKey(fact: Fact): string {
  const firm = FIRM_KINDS.has(fact.kind) ? (fact.firm?.trim().toLowerCase() ?? '') : '';
  return `${fact.kind}|${fact.currency ?? ''}|${firm}`;
}

/** A fact's identity: the same statement from the same article is one fact, however often it is added. */
export function factIdentity(fact: Fact): string {
  return [fact.articleId, fact.companyId, factGroupKey(fact), fact.asOf ?? '', String(fact.value), fact.quote].join('|');
}

/** Newer first; undated after every dated one. */
export function compareAsOf(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A total order (kind, currency, firm, then newest first, then stable tie-breaks), so the same facts always come out
 * in the same order whatever order the articles were ingested in.
 */
export function compareFacts(a: Fact, b: Fact): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    text(factGroupKey(a), factGroupKey(b)) ||
    compareAsOf(a.asOf, b.asOf) ||
    text(a.articleId, b.articleId) ||
    text(String(a.value), String(b.value)) ||
    text(a.quote, b.quote)
  );
}

/**
 * Pure supersession: within each group the facts of the newest as-of date are current and the rest is history.
 * Facts of the same date that disagree all stay current (never averaged: we cannot tell which one is right);
 * undated facts are current only when their group has no dated fact.
 */
export function selectLatest(facts: readonly Fact[]): LatestFacts {
  const current: Fact[] = [];
  const history: Fact[] = [];
  let groupKey: string | null = null;
  let newest: string | null = null;
  for (const fact of [...facts].sort(compareFacts)) {
    const key = factGroupKey(fact);
    if (key !== groupKey) {
      groupKey = key;
      newest = fact.asOf;
      current.push(fact);
    } else if (fact.asOf === newest) {
      current.push(fact);
    } else {
      history.push(fact);
    }
  }
  return { current, history };
}
