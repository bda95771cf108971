import { describe, expect, it } from 'vitest';
import { addFacts, foldFacts, HISTORY_PER_GROUP } from '../../src/facts/companyFacts.js';
import { makeFact } from './makeFact.js';

const day = (n: number): string => `2025-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

describe('foldFacts', () => {
  it('keeps one copy of a fact that is added twice', () => {
    const fact = makeFact();
    expect(foldFacts([fact, { ...fact }])).toEqual({ current: [fact], history: [] });
  });

  it(`keeps at most ${HISTORY_PER_GROUP} older facts per group, the newest ones`, () => {
    const facts = Array.from({ length: 30 }, (_, n) => makeFact({ asOf: day(n), articleId: `a${n}`, value: n }));
    const folded = foldFacts(facts);
    expect(folded.current.map((fact) => fact.value)).toEqual([29]);
    expect(folded.history.map((fact) => fact.value)).toEqual(Array.from({ length: HISTORY_PER_GROUP }, (_, i) => 28 - i));
  });

  it('adding facts one at a time gives the same as folding them all at once', () => {
    const facts = Array.from({ length: 40 }, (_, n) =>
      makeFact({ asOf: n % 7 === 0 ? null : day((n * 13) % 50), articleId: `a${n}`, value: n, currency: n % 3 ? 'USD' : 'HKD' }),
    );
    let stepwise = foldFacts([]);
    for (const fact of facts) stepwise = addFacts(stepwise, [fact]);
    expect(stepwise).toEqual(foldFacts(facts));
  });
});
