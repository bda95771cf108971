import { describe, expect, it } from 'vitest';
import { replyProblems } from '../../src/discord/limits.js';
import type { ArticleMeta } from '../../src/facts/storeRecords.js';
import { Citations } from '../../src/format/citations.js';
import { formatNews } from '../../src/format/formatNews.js';
import { makeFact } from '../facts/makeFact.js';
import { alibaba } from './answerFixtures.js';

const meta = (id: string, overrides: Partial<ArticleMeta> = {}): ArticleMeta => ({
  id, file: `/articles/${id}.txt`, title: `Article ${id}`, published: '2026-01-14T12:54:04', url: null, ingestedAt: '2026-01-15T00:00:00Z', ...overrides,
});
const answer = (articles: ArticleMeta[]) => ({
  now: new Date('2026-01-15T00:00:00Z'), staleAfterDays: 7, citations: new Citations(new Map(articles.map((a) => [a.id, a]))), markStale: false,
});

describe('formatNews', () => {
  it('gives each article its date, link and the figures it gave, in kind order', () => {
    const articles = [meta('a1', { url: 'https://news.test/alibaba (1)' }), meta('a2', { published: null })];
    const items = [
      { article: articles[0] as ArticleMeta, facts: [makeFact({ kind: 'rsi_14', value: 29.4, currency: null, articleId: 'a1' }), makeFact({ value: 148.2, currency: 'EUR', articleId: 'a1' })] },
      { article: articles[1] as ArticleMeta, facts: [makeFact({ kind: 'price_target', value: 230, firm: 'Jefferies', articleId: 'a2' })] },
    ];
    const embed = formatNews(alibaba, items, answer(articles));
    expect(embed.title).toBe('Alibaba Group (BABA · 9988 · AHLA) · News');
    expect(embed.fields).toEqual([
      { name: '[1] Article a1', value: '14 Jan 2026 (<t:1768392000:R>) · [read it](https://news.test/alibaba%20%281%29)\nPrice **€148.20** · RSI (14) **29.4**' },
      { name: '[2] Article a2', value: 'Undated\nPrice target (Jefferies) **$230.00**' },
    ]);
    expect(embed.description).toMatch(/^Newest article from 14 Jan 2026/);
    expect(embed.footer?.text).toBe('Newest article 14 Jan 2026, 1 day old. From news articles, not live prices.');
  });

  it('groups an article\'s figures under each company\'s name across all companies, and says when there are no articles', () => {
    const facts = [
      makeFact({ kind: 'rsi_14', value: 29.4, currency: null, articleId: 'a1' }),
      makeFact({ companyId: 'jd', company: 'JD.com', value: 30.1, currency: 'USD', articleId: 'a1' }),
      makeFact({ value: 155.74, currency: 'USD', articleId: 'a1' }),
    ];
    const all = formatNews(null, [{ article: meta('a1'), facts }], answer([meta('a1')]));
    expect(all.title).toBe('Latest news');
    expect(all.fields).toEqual([
      { name: '[1] Article a1', value: '14 Jan 2026 (<t:1768392000:R>)\nJD.com: Price **$30.10** · Alibaba Group: Price **$155.74** · RSI (14) **29.4**' },
    ]);
    expect(formatNews(null, [{ article: meta('a2'), facts: [] }], answer([meta('a2')])).fields).toEqual([{ name: '[1] Article a2', value: '14 Jan 2026 (<t:1768392000:R>)' }]);
    expect(formatNews(null, [], answer([])).fields).toEqual([{ name: 'No articles', value: 'No articles have been read yet.' }]);
  });

  it('escapes hostile titles and drops unsafe links, within every limit for ten huge articles', () => {
    const hostile = Array.from({ length: 10 }, (_, i) => meta(`a${i}`, { title: `@everyone [x](https://evil.test) ${'**'.repeat(3000)}`, url: i % 2 ? 'javascript:alert(1)' : 'https://ok.test/' + 'p'.repeat(400) }));
    const items = hostile.map((article) => ({ article, facts: Array.from({ length: 60 }, (_, k) => makeFact({ value: k, articleId: article.id, firm: '<@&1>' })) }));
    const embed = formatNews(alibaba, items, answer(hostile));
    expect(replyProblems({ embeds: [embed] })).toEqual([]);
    const text = JSON.stringify(embed);
    expect(text).not.toMatch(/@everyone|javascript:|<@&/);
    expect(embed.fields?.[0]?.name.startsWith('[1] @\u200beveryone \\[x\\](https://evil.test) \\*\\*')).toBe(true);
  });
});
