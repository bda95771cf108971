import type { Fact } from './fact.js';
import { factGroupKey, factIdentity, selectLatest, type LatestFacts } from './selectLatest.js';

/**
 * Older facts kept per group in a company's record. The articles keep every fact; the record only needs enough
 * history to show a trend, and a bounded record keeps each write and each lookup small.
 */
export const HISTORY_PER_GROUP = 10;

/**
 * A company's stored facts from a pool of facts: duplicates dropped, supersession applied, history capped.
 * Folding the previous result together with new facts gives the same as folding everything at once, because the
 * cap keeps the first facts of a total order.
 */
export function foldFacts(facts: Iterable<Fact>): LatestFacts {
  const unique = new Map<string, Fact>();
  for (const fact of facts) {
    const id = factIdentity(fact);
    if (!unique.has(id)) unique.set(id, fact);
  }
  const { current, history } = selectLatest([...unique.values()]);
  const kept = new Map<string, number>();
  const capped = history.filter((fact) => {
    const key = factGroupKey(fact);
    const count = kept.get(key) ?? 0;
    kept.set(key, count + 1);
    return count < HISTORY_PER_GROUP;
  });
  return { current, history: capped };
}

/** Adds facts to a company's stored facts. */
export function addFacts(stored: LatestFacts, added: readonly Fact[]): LatestFacts {
  return foldFacts([...stored.current, ...stored.history, ...added]);
}
