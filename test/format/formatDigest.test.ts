import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/facts/company.js';
import type { ArticleMeta } from '../../src/facts/storeRecords.js';
import { replyProblems } from '../../src/discord/limits.js';
import { Citations } from '../../src/format/citations.js';
import type { CompanyNews } from '../../src/format/digestCompanyEmbed.js';
import { formatDigest, MAX_DIGEST_MESSAGES, quietDigest } from '../../src/format/formatDigest.js';
import { expectSafeReply, replyText } from '../commands/llmFixtures.js';
import { makeFact } from '../facts/makeFact.js';
import { alibaba } from '../facts/storeFixtures.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const meta = (id: string, title = `News ${id}`): ArticleMeta => ({ id, file: `/a/${id}`, title, published: '2026-03-10T08:00:00', url: `https://news.example.com/${id}`, ingestedAt: '2026-03-10T09:00:00.000Z' });

function content(companies: CompanyNews[], articles: ArticleMeta[]) {
  const answer = { now: NOW, staleAfterDays: 7, citations: new Citations(new Map(articles.map((a) => [a.id, a]))), markStale: false };
  const summaryItems = articles.slice(0, 1).map((article) => ({ article, facts: companies[0]?.moves.flat() ?? [] }));
  const body = { kind: 'automatic' as const, bullets: [{ sentence: 'Shares rose.', source: 1 }] };
  return { since: new Date('2026-03-09T12:00:00Z'), articles: articles.length, summaryItems, body, companies, answer };
}

function newsOf(company: Company, articleId: string, i: number): CompanyNews {
  const base = { companyId: company.id, company: company.name, articleId, asOf: '2026-03-10' };
  return {
    company,
    moves: [[makeFact({ ...base, kind: 'price', value: 100 + i }), makeFact({ ...base, kind: 'change_pct_1d', value: 1.5, currency: null })]],
    analysts: [makeFact({ ...base, kind: 'price_target', value: 150, firm: `Firm ${'@everyone '.repeat(10)}` })],
    rsi: [makeFact({ ...base, kind: 'rsi_14', value: 25, currency: null })],
  };
}

describe('formatDigest', () => {
  it('numbers the summary\'s articles first and cites the same numbers in each company\'s lines and footer', () => {
    const articles = [meta('a'), meta('b')];
    const tesla: Company = { id: 'tesla', name: 'Tesla', aliases: [], listings: [{ ticker: 'TSLA', exchange: 'NASDAQ', currency: 'USD' }] };
    const [message] = formatDigest(content([newsOf(alibaba, 'a', 0), newsOf(tesla, 'b', 1)], articles));
    const [header, first, second] = message?.embeds ?? [];
    expect(header?.description).toContain('- Shares rose. [1]');
    expect(header?.description).toContain('Automatic summary');
    expect(first?.fields?.[0]?.value).toContain('New York · BABA (USD) **$100.00** · Day change **+1.5%** · as of 10 Mar 2026');
    expect(first?.fields?.[0]?.value).toMatch(/\[1\]$/);
    expect(second?.fields?.[0]?.value).toMatch(/\[2\]$/);
    expect(second?.footer?.text).toMatch(/^Sources: \[2\] News b/);
  });

  it('keeps 300 companies within five messages and Discord\'s limits, pinging no one, and names those it leaves out', () => {
    const companies = Array.from({ length: 300 }, (_, i): Company => ({
      id: `c${i}`, name: `@here Company ${i} **bold** ${'Long Name '.repeat(12)}`, aliases: [], listings: [{ ticker: `T${i}`, exchange: 'NYSE', currency: 'USD' }],
    }));
    const articles = companies.map((_, i) => meta(`a${i}`, `@everyone <@123456789012345678> title ${i} ${'words '.repeat(60)}`));
    const replies = formatDigest(content(companies.map((c, i) => newsOf(c, `a${i}`, i)), articles));
    expect(replies).toHaveLength(MAX_DIGEST_MESSAGES);
    for (const reply of replies) {
      expect(replyProblems(reply)).toEqual([]);
      expectSafeReply(reply, articles.map((a) => a.url ?? ''));
    }
    const embeds = replies.flatMap((r) => r.embeds ?? []);
    const shown = embeds.length - 2;
    expect(embeds.at(-1)?.title).toBe(`Daily digest: ${300 - shown} more companies`);
    expect(embeds.at(-1)?.description).toContain(`Company ${shown} `);
    expect(replyText(replies[0] ?? {})).toContain('\\*\\*bold\\*\\*');
  });
});

describe('quietDigest', () => {
  it('is one short message saying nothing is new since the window opened', () => {
    const reply = quietDigest(new Date('2026-03-09T12:00:00Z'));
    expect(reply.embeds?.[0]?.description).toBe('Nothing new in the articles since <t:1773057600:f>.');
    expect(replyProblems(reply)).toEqual([]);
  });
});
