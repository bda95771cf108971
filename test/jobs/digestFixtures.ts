import type { Company } from '../../src/facts/company.js';
import type { Fact } from '../../src/facts/fact.js';
import { openFactStore, type FactStore, type IngestItem } from '../../src/facts/store.js';
import { makeFact } from '../facts/makeFact.js';
import { alibaba, tesco } from '../facts/storeFixtures.js';

/** The day the digests below are about: articles published then, stored in the morning, digest at noon. */
export const STORED_AT = new Date('2026-01-20T08:00:00Z');
export const WINDOW = { since: new Date('2026-01-20T06:00:00Z'), now: new Date('2026-01-20T12:00:00Z') };

/** A store whose clock (the articles' ingestedAt) the test moves. */
export async function clockedStore(clock: { now: Date }, registry: readonly Company[] = [alibaba, tesco], url = 'memory://'): Promise<FactStore> {
  return openFactStore({ url, registry, now: () => clock.now });
}

/** An article with a title, a URL and facts whose quotes state their figures, as the extractor would keep them. */
export function article(id: string, published: string | null, facts: Array<Partial<Fact>>, companies: Company[] = [alibaba]): IngestItem {
  return {
    article: { id, file: `/articles/${id}.txt`, title: `News ${id}`, body: 'text', published, url: `https://news.example.com/${id}` },
    extraction: { companies, facts: facts.map((f) => makeFact({ articleId: id, asOf: published?.slice(0, 10) ?? null, ...f })) },
  };
}

const MOVE = 'Alibaba shares closed at $155.74 on Tuesday, up 6% on the day.';
const TARGET = 'Jefferies rates Alibaba a Buy with a $230 price target.';

/** Alibaba on 20 Jan: its New York price and day's move, a new Jefferies target and rating, an oversold RSI. */
export function alibabaDay(id = 'baba-0120'): IngestItem {
  return article(id, '2026-01-20T07:30:00', [
    { kind: 'price', value: 155.74, currency: 'USD', quote: MOVE },
    { kind: 'change_pct_1d', value: 6, currency: null, quote: MOVE },
    { kind: 'price_target', value: 230, currency: 'USD', firm: 'Jefferies', quote: TARGET },
    { kind: 'analyst_rating', value: 'Buy', currency: null, firm: 'Jefferies', quote: TARGET },
    { kind: 'rsi_14', value: 28.5, currency: null, quote: 'Its 14-day RSI stood at 28.5.' },
  ]);
}

const TESCO_MOVE = 'Tesco shares fell 1.2% to 450p.';

/** Tesco on 20 Jan: a London price in pence and its fall, an overbought RSI, and a neutral one that is no news. */
export function tescoDay(id = 'tsco-0120'): IngestItem {
  const base = { companyId: tesco.id, company: tesco.name, ticker: 'TSCO' };
  return article(id, '2026-01-20T06:45:00', [
    { ...base, kind: 'price', value: 450, currency: 'GBX', quote: TESCO_MOVE },
    { ...base, kind: 'change_pct_1d', value: -1.2, currency: null, quote: TESCO_MOVE },
    { ...base, kind: 'rsi_14', value: 75.3, currency: null, quote: 'Tesco RSI reads 75.3.' },
  ], [tesco]);
}

/** `n` made-up companies with long names, each with a move, a target and an extreme RSI in one article. */
export function manyCompanies(n: number): { registry: Company[]; items: IngestItem[] } {
  const registry = Array.from({ length: n }, (_, i): Company => ({
    id: `company-${i}`,
    name: `Company ${i} ${'Holdings '.repeat(8)}Group`,
    aliases: [],
    listings: [{ ticker: `C${i}X`, exchange: 'NYSE', currency: 'USD' }],
  }));
  const items = registry.map((company, i) => {
    const base = { companyId: company.id, company: company.name, ticker: `C${i}X` };
    const quote = `${company.name} shares rose ${i + 1}% to $${100 + i}, and Firm ${i} set a $${200 + i} target. ${'Long sentence. '.repeat(20)}`;
    return article(`many-${i}`, '2026-01-20T05:00:00', [
      { ...base, kind: 'price', value: 100 + i, currency: 'USD', quote },
      { ...base, kind: 'change_pct_1d', value: i + 1, currency: null, quote },
      { ...base, kind: 'price_target', value: 200 + i, currency: 'USD', firm: `Firm ${i} ${'Securities '.repeat(4)}`, quote },
      { ...base, kind: 'rsi_14', value: 80, currency: null, quote },
    ], [company]);
  });
  return { registry, items };
}
