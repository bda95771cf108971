import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/ask/readQuestion.js';
import type { FactStore } from '../../src/facts/store.js';
import { sampleStore } from '../commands/context.js';

let store: FactStore;
beforeAll(async () => {
  store = await sampleStore();
});
afterAll(async () => store.close());

function read(question: string) {
  return readQuestion(question, (text) => {
    const { match, companies } = store.resolve(text);
    return match === 'exact' && companies.length === 1 ? (companies[0] ?? null) : null;
  });
}

describe('readQuestion', () => {
  it.each([
    ['what did Jefferies say about Alibaba?', 'alibaba-group', 'Jefferies', 'price_target'],
    ['is BABA oversold?', 'alibaba-group', null, 'rsi_14'],
    ["What's Alibaba's price target?", 'alibaba-group', null, 'price_target_avg'],
    ['how much volume did $BABA trade', 'alibaba-group', null, 'volume'],
    ['what is the P/E of Alibaba Group', 'alibaba-group', null, 'pe_ratio'],
    ['9988.HK 52-week high?', 'alibaba-group', null, 'high_52w'],
  ])('reads “%s”', (question, companyId, firm, kind) => {
    const reading = read(question);
    expect(reading.company?.id).toBe(companyId);
    expect(reading.firm).toBe(firm);
    expect(reading.kinds).toContain(kind);
    expect(reading.across).toBe(false);
  });

  it('reads a question across companies with the rating asked for', () => {
    expect(read('which stocks have a Buy consensus?')).toMatchObject({ company: null, rating: 'buy', across: true });
  });

  it('takes no company from everyday words that are also tickers', () => {
    expect(read('is it now a good one to hold or sell?').company).toBeNull();
  });

  it('reads nothing from a question without a company or topic', () => {
    expect(read('hello there')).toMatchObject({ company: null, kinds: [], firm: null, rating: null, across: false });
  });
});
