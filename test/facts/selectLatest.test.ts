import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact.js';
import { selectLatest } from '../../src/facts/selectLatest.js';
import { makeFact } from './makeFact.js';

const f = (label: string, overrides: Partial<Fact>): Fact => makeFact({ quote: label, articleId: label, ...overrides });
const labels = (facts: Fact[]): string[] => facts.map((fact) => fact.quote).sort();

describe('selectLatest', () => {
  it.each<{ name: string; facts: Fact[]; current: string[]; history: string[] }>([
    {
      name: 'a newer price replaces an older one',
      facts: [f('old', { asOf: '2026-01-01', value: 90 }), f('new', { asOf: '2026-01-05', value: 95 })],
      current: ['new'],
      history: ['old'],
    },
    {
      name: 'two prices of the same date that disagree are both current',
      facts: [f('a', { value: 90 }), f('b', { value: 91 }), f('older', { asOf: '2025-12-01' })],
      current: ['a', 'b'],
      history: ['older'],
    },
    {
      name: 'each currency keeps its own newest price',
      facts: [
        f('usd-old', { asOf: '2026-01-01' }),
        f('usd-new', { asOf: '2026-01-03' }),
        f('hkd', { asOf: '2025-06-01', currency: 'HKD', value: 780 }),
      ],
      current: ['hkd', 'usd-new'],
      history: ['usd-old'],
    },
    {
      name: 'each firm keeps its own newest price target',
      facts: [
        f('gs-old', { kind: 'price_target', firm: 'Goldman Sachs', asOf: '2025-11-01' }),
        f('gs-new', { kind: 'price_target', firm: 'goldman sachs', asOf: '2026-01-02' }),
        f('citi', { kind: 'price_target', firm: 'Citi', asOf: '2025-10-01' }),
        f('unattributed', { kind: 'price_target', firm: null, asOf: '2025-09-01' }),
      ],
      current: ['citi', 'gs-new', 'unattributed'],
      history: ['gs-old'],
    },
    {
      name: 'the firm does not split kinds that are not per firm',
      facts: [f('one', { firm: 'Citi', asOf: '2026-01-01' }), f('two', { firm: 'UBS', asOf: '2026-01-02' })],
      current: ['two'],
      history: ['one'],
    },
    {
      name: 'an undated fact ranks below a dated one',
      facts: [f('undated', { asOf: null, value: 1 }), f('dated', { asOf: '2020-01-01' })],
      current: ['dated'],
      history: ['undated'],
    },
    {
      name: 'undated facts stand when nothing in their group is dated',
      facts: [f('u1', { asOf: null }), f('u2', { asOf: null, value: 3 })],
      current: ['u1', 'u2'],
      history: [],
    },
    {
      name: 'kinds never replace each other',
      facts: [f('price', { asOf: '2026-01-01' }), f('high', { kind: 'high_52w', asOf: '2025-01-01' })],
      current: ['high', 'price'],
      history: [],
    },
    { name: 'no facts give nothing', facts: [], current: [], history: [] },
  ])('$name', ({ facts, current, history }) => {
    const selected = selectLatest(facts);
    expect(labels(selected.current)).toEqual(current);
    expect(labels(selected.history)).toEqual(history);
  });

  it('gives the same result whatever order the facts come in', () => {
    const facts = [
      f('a', { asOf: '2026-01-01' }),
      f('b', { asOf: '2026-01-03', value: 7 }),
      f('c', { asOf: '2026-01-03', value: 8 }),
      f('d', { asOf: null }),
    ];
    expect(selectLatest([...facts].reverse())).toEqual(selectLatest(facts));
  });

  it('lists history newest first within a group', () => {
    const facts = ['2025-01-01', '2025-03-01', '2025-02-01', '2026-01-01'].map((asOf) => f(asOf, { asOf }));
    expect(selectLatest(facts).history.map((fact) => fact.asOf)).toEqual(['2025-03-01', '2025-02-01', '2025-01-01']);
  });
});
