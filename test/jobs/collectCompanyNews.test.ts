import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/facts/company.js';
import type { Fact } from '../../src/facts/fact.js';
import { collectCompanyNews } from '../../src/jobs/collectCompanyNews.js';
import type { DigestItem } from '../../src/jobs/readDigestWindow.js';
import { makeFact } from '../facts/makeFact.js';
import { tesco } from '../facts/storeFixtures.js';

const companyOf = (id: string, name: string): Company => ({ id, name, aliases: [], listings: [] });

function item(articleId: string, facts: Array<Partial<Fact>>): DigestItem {
  const article = { id: articleId, file: `/a/${articleId}`, title: articleId, published: '2026-03-10', url: null, ingestedAt: '2026-03-10T08:00:00.000Z' };
  return { article, facts: facts.map((f) => makeFact({ articleId, asOf: '2026-03-10', ...f })) };
}

const kinds = (facts: readonly Fact[]): string[] => facts.map((f) => `${f.kind}=${String(f.value)}`);
const tescoFact = { companyId: tesco.id, company: tesco.name, ticker: 'TSCO' };

describe('collectCompanyNews', () => {
  it('groups each article\'s price with its moves for one date, price first, and drops a price without a move', () => {
    const [news] = collectCompanyNews([
      item('a', [{ kind: 'change_pct_7d', value: 9, currency: null }, { kind: 'price', value: 155 }, { kind: 'change_pct_1d', value: 2, currency: null }]),
      item('b', [{ kind: 'price', value: 150 }]),
    ], companyOf);
    expect(news?.moves.map(kinds)).toEqual([['price=155', 'change_pct_1d=2', 'change_pct_7d=9']]);
  });

  it('shows a figure two articles repeat once, from the newest article', () => {
    const [news] = collectCompanyNews([
      item('new', [{ kind: 'change_pct_1d', value: 2, currency: null }, { kind: 'price_target', value: 230, firm: 'Jefferies' }]),
      item('old', [{ kind: 'change_pct_1d', value: 2, currency: null }, { kind: 'price_target', value: 230, firm: 'Jefferies' }]),
    ], companyOf);
    expect(news?.moves.flat().map((f) => f.articleId)).toEqual(['new']);
    expect(news?.analysts.map((f) => f.articleId)).toEqual(['new']);
  });

  it.each([
    [30, true], [29.9, true], [12, true], [30.1, false], [50, false], [69.9, false], [70, true], [88, true],
  ])('counts an RSI of %s as an extreme: %s', (value, extreme) => {
    const news = collectCompanyNews([item('a', [{ kind: 'rsi_14', value, currency: null }])], companyOf);
    expect(news.length).toBe(extreme ? 1 : 0);
  });

  it('keeps targets, average targets, consensus and ratings, and leaves other kinds to the summary', () => {
    const [news] = collectCompanyNews([item('a', [
      { kind: 'price_target', value: 230, firm: 'Jefferies' }, { kind: 'price_target_avg', value: 194 },
      { kind: 'consensus_rating', value: 'Moderate Buy', currency: null }, { kind: 'analyst_rating', value: 'Buy', currency: null, firm: 'Nomura' },
      { kind: 'pe_ratio', value: 22, currency: null }, { kind: 'volume', value: 1_000_000, currency: null },
    ])], companyOf);
    expect(kinds(news?.analysts ?? [])).toEqual(['price_target=230', 'price_target_avg=194', 'consensus_rating=Moderate Buy', 'analyst_rating=Buy']);
  });

  it('puts the companies with the most news first, then by name, and skips companies with none', () => {
    const news = collectCompanyNews([
      item('a', [{ kind: 'change_pct_1d', value: 1, currency: null }]),
      item('b', [{ ...tescoFact, kind: 'change_pct_1d', value: -1, currency: null }, { ...tescoFact, kind: 'rsi_14', value: 80, currency: null }]),
      item('c', [{ companyId: 'quiet-co', company: 'Quiet Co', kind: 'pe_ratio', value: 10, currency: null }]),
    ], companyOf);
    expect(news.map((n) => n.company.name)).toEqual(['Tesco', 'Alibaba Group']);
  });
});
