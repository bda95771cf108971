import { describe, expect, it } from 'vitest';
import { replyProblems } from '../../src/discord/limits.js';
import { FACT_KINDS } from '../../src/facts/fact.js';
import { FACT_TOPICS, formatFactsPages } from '../../src/format/formatFactsPages.js';
import { alibaba, answerAt, article, byKind } from './answerFixtures.js';

const NOW = '2026-01-15T00:00:00Z';

describe('formatFactsPages', () => {
  it('groups every fact kind under exactly one topic', () => {
    expect(FACT_TOPICS.flatMap((t) => t.kinds).sort()).toEqual([...FACT_KINDS].sort());
  });

  it('lists current facts then earlier ones per topic, each dated and cited, on one page when short', () => {
    const facts = byKind(
      { kind: 'price', value: 148.2, currency: 'EUR', asOf: '2026-01-14', articleId: 'a1' },
      { kind: 'price', value: 140, currency: 'EUR', asOf: '2026-01-02', articleId: 'a2' },
      { kind: 'revenue', value: 2.5e11, currency: 'CNY', period: 'FY2025', articleId: 'a1' },
      { kind: 'analyst_rating', value: 'Buy', currency: null, firm: 'Jefferies', articleId: 'a2' },
    );
    const pages = formatFactsPages(alibaba, facts, answerAt(NOW, [article('a1'), article('a2', '2026-01-02T08:00:00')]));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.fields).toEqual([
      { name: 'Price and moves', value: 'Price: **€148.20** · as of 14 Jan 2026 [1]\nEarlier Price: **€140.00** · as of 2 Jan 2026 [2] · stale' },
      { name: 'Analysts', value: 'Rating (Jefferies): **Buy** · as of 10 Jan 2026 [2]' },
      { name: 'Fundamentals', value: 'Revenue FY2025: **CN¥250B** · as of 10 Jan 2026 [1]' },
    ]);
    expect(pages[0]?.description).not.toMatch(/Page/);
  });

  it('splits hundreds of facts into pages that each fit a message and cite only their own sources', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      kind: FACT_KINDS[i % FACT_KINDS.length],
      value: typeof i === 'number' && ['consensus_rating', 'analyst_rating'].includes(FACT_KINDS[i % FACT_KINDS.length] ?? '') ? `Buy ${i}` : i,
      currency: 'USD',
      firm: `Firm ${i}`,
      asOf: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      articleId: `a${i}`,
    }));
    const articles = many.map((f) => ({ ...article(f.articleId), title: `A title of 6,000 characters ${'x'.repeat(6000)}` }));
    const pages = formatFactsPages(alibaba, byKind(...many), answerAt(NOW, articles));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      expect(replyProblems({ embeds: [page] })).toEqual([]);
      expect(page.description).toContain(`Page ${i + 1} of ${pages.length}.`);
      const cited = new Set([...JSON.stringify(page.fields).matchAll(/\[(\d+)\]/g)].map((m) => m[1]));
      const listed = new Set([...(page.footer?.text ?? '').matchAll(/\[(\d+)\]/g)].map((m) => m[1]));
      expect([...listed].every((n) => cited.has(n))).toBe(true);
    });
    const lines = pages.flatMap((p) => (p.fields ?? []).flatMap((f) => f.value.split('\n')));
    expect(lines).toHaveLength(400);
  });

  it('says nothing is known when the company has no facts', () => {
    const [page] = formatFactsPages(alibaba, byKind(), answerAt(NOW));
    expect(page?.description).toMatch(/^Nothing on this in the articles yet/);
  });
});
