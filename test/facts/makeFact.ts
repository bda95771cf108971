import type { Fact } from '../../src/facts/fact.js';

/** A valid fact with test defaults; override what the test is about. */
export function makeFact(overrides: Partial<Fact> = {}): Fact {
  return {
    kind: 'price',
    companyId: 'alibaba-group',
    company: 'Alibaba Group',
    ticker: 'BABA',
    value: 100,
    currency: 'USD',
    firm: null,
    period: null,
    asOf: '2026-01-10',
    quote: 'Alibaba shares closed at $100.',
    approximate: false,
    articleId: 'a1',
    ...overrides,
  };
}
