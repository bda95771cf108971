import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/facts/storeRecords.js';
import { extractiveSummary, MAX_BULLETS } from '../../src/summary/extractiveSummary.js';
import type { SummaryArticle } from '../../src/summary/summaryInput.js';
import { makeFact } from '../facts/makeFact.js';

const meta = (id: string, title = `Title ${id}`): ArticleMeta => ({ id, file: `/a/${id}.txt`, title, published: '2026-01-10T09:00:00', url: null, ingestedAt: '2026-01-10T10:00:00Z' });

function article(id: string, quotes: Array<[string, Parameters<typeof makeFact>[0]]>): SummaryArticle {
  return { article: meta(id), facts: quotes.map(([quote, fact]) => makeFact({ articleId: id, quote, ...fact })) };
}

describe('extractiveSummary', () => {
  it('takes the best sentence of each article in turn, newest first, listed by article and citing each', () => {
    const newer = article('n', [['RSI stands at 29.4.', { kind: 'rsi_14', value: 29.4, currency: null }], ['- Current Share Price: €148.20', { kind: 'price', value: 148.2, currency: 'EUR' }]]);
    const older = article('o', [['Jefferies has set a target of $230.', { kind: 'price_target', value: 230, firm: 'Jefferies' }]]);
    expect(extractiveSummary([newer, older])).toEqual([
      { sentence: 'Current Share Price: €148.20', source: 1 },
      { sentence: 'RSI stands at 29.4.', source: 1 },
      { sentence: 'Jefferies has set a target of $230.', source: 2 },
    ]);
  });

  it('quotes a sentence holding several facts once', () => {
    const quote = 'Shares rose 6% to $155.74.';
    const one = article('a', [[quote, { kind: 'price', value: 155.74 }], [quote, { kind: 'change_pct_1d', value: 6, currency: null }]]);
    expect(extractiveSummary([one])).toEqual([{ sentence: quote, source: 1 }]);
  });

  it('stops at six bullets however many sentences there are', () => {
    const many = Array.from({ length: 4 }, (_, i) => article(`a${i}`, [[`First ${i}.`, {}], [`Second ${i}.`, { kind: 'rsi_14', value: 30 + i, currency: null }]]));
    const bullets = extractiveSummary(many);
    expect(bullets).toHaveLength(MAX_BULLETS);
    expect(bullets.map((b) => b.source)).toEqual([1, 1, 2, 2, 3, 4]);
  });

  it('falls back to the titles when no article gave a fact', () => {
    const items = [{ article: meta('x', 'Alibaba opens a new data centre'), facts: [] }];
    expect(extractiveSummary(items)).toEqual([{ sentence: 'Alibaba opens a new data centre', source: 1 }]);
  });

  it('says nothing when there are no articles', () => {
    expect(extractiveSummary([])).toEqual([]);
  });
});
