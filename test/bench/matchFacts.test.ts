import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldCompany, GoldFact } from '../../bench/corpus/draft.js';
import { companyMatches, factMatches, scoreArticle, valueMatches, type PredictedFact } from '../../bench/score/matchFacts.js';
import { formatReport, passes, type Measurement } from '../../bench/measure/report.js';
import { percentile } from '../../bench/measure/stats.js';

const alibaba: GoldCompany = { name: 'Alibaba Group', tickers: ['BABA', '9988.HK'], aliases: ['Alibaba'] };
const gold = (over: Partial<GoldFact> = {}): GoldFact => ({
  company: 'Alibaba Group', kind: 'price', value: 148.2, currency: 'EUR', asOf: '2026-01-14', quote: 'Share Price: €148.20', ...over,
});
const pred = (over: Partial<PredictedFact> = {}): PredictedFact => ({ kind: 'price', value: 148.2, currency: 'EUR', company: 'Alibaba Group', ...over });

describe('matching as score.mjs does', () => {
  it.each([
    [148.2, 148.2, true],
    [148.3, 148.2, true],
    [148.4, 148.2, false],
    ['1,450.5', 1450.5, true],
    ['moderate buy', 'Moderate Buy', true],
    ['Buy', 'Moderate Buy', false],
  ] as const)('value %s against gold %s matches: %s', (p, g, expected) => {
    expect(valueMatches(p, g)).toBe(expected);
  });

  it.each([
    [{ company: 'Alibaba Group Holding Ltd' }, true],
    [{ company: 'alibaba' }, true],
    [{ company: null, ticker: 'HKG:9988' }, true],
    [{ company: 'Peer Alibaba' }, false],
    [{ company: 'Baidu', ticker: 'BIDU' }, false],
  ])('company %o matches Alibaba: %s', (fact, expected) => {
    expect(companyMatches(pred(fact), alibaba)).toBe(expected);
  });

  it.each([
    ['a different currency', pred({ currency: 'USD' }), false],
    ['a different kind', pred({ kind: 'high_52w' }), false],
    ['the same fact', pred(), true],
  ])('rejects or accepts %s', (_, p, expected) => {
    expect(factMatches(p, gold(), alibaba)).toBe(expected);
  });

  it('needs the firm for price targets when gold names one', () => {
    const target = gold({ kind: 'price_target', value: 230, currency: 'USD', firm: 'Jefferies' });
    const base = pred({ kind: 'price_target', value: 230, currency: 'USD' });
    expect(factMatches({ ...base, firm: 'Jefferies Financial Group' }, target, alibaba)).toBe(true);
    expect(factMatches({ ...base, firm: 'Nomura' }, target, alibaba)).toBe(false);
  });

  it('uses each prediction once, so a duplicate counts as wrong', () => {
    const article: GoldArticle = { file: 'a.txt', published: null, companies: [alibaba], facts: [gold()] };
    const score = scoreArticle(article, [pred(), pred()]);
    expect(score.hits).toHaveLength(1);
    expect(score.misses).toHaveLength(0);
    expect(score.extras).toHaveLength(1);
  });
});

describe('benchmark report', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99, 10],
    [[7], 99, 7],
  ])('percentile of %o at p%i is %i', (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });

  const m = (value: number | null, goal: 'min' | 'max'): Measurement => ({ label: 'x', value, unit: 'u', goal, target: 10 });

  it.each([
    [m(10, 'min'), true],
    [m(9.9, 'min'), false],
    [m(9.9, 'max'), true],
    [m(10, 'max'), false],
    [m(null, 'min'), false],
  ])('%o passes: %s', (measurement, expected) => {
    expect(passes(measurement)).toBe(expected);
  });

  it('prints each figure beside its target with PASS, FAIL or SKIP', () => {
    const text = formatReport([
      { label: 'extraction', value: 2_500, unit: 'articles/s', goal: 'min', target: 2_000 },
      { label: 'lookup p99', value: 0.7, unit: 'ms', goal: 'max', target: 0.5 },
      { label: 'ingest', value: null, unit: 'articles/s', goal: 'min', target: 1_000, note: 'no store' },
    ]).split('\n');
    expect(text[2]).toMatch(/^extraction\s+2,500 articles\/s\s+>= 2,000 articles\/s\s+PASS$/);
    expect(text[3]).toMatch(/^lookup p99\s+0\.700 ms\s+< 0\.500 ms\s+FAIL$/);
    expect(text[4]).toMatch(/SKIP no store$/);
  });
});
