import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { readRegistry } from '../../src/facts/readRegistry.js';

const files = ['data/articles/seed_000.txt', 'data/articles/seed_002.txt'];

describe('the extractor\'s contract', () => {
  it('is deterministic: the same article and registry give the same facts', async () => {
    const registry = await readRegistry();
    for (const file of files) {
      const article = parseArticle(file, readFileSync(file));
      expect(extractArticle(article, registry)).toEqual(extractArticle(article, registry));
    }
  });

  it('keeps each fact\'s verbatim sentence, its article and its as-of date', async () => {
    const registry = await readRegistry();
    for (const file of files) {
      const article = parseArticle(file, readFileSync(file));
      const { facts } = extractArticle(article, registry);
      expect(facts.length).toBeGreaterThan(5);
      for (const fact of facts) {
        expect(article.body).toContain(fact.quote);
        expect(fact.articleId).toBe(article.id);
        expect(fact.asOf).toBe(article.published?.slice(0, 10));
      }
    }
  });

  it('marks facts of an undated article as undated', async () => {
    const registry = await readRegistry();
    const article = parseArticle('undated.txt', new TextEncoder().encode('Alibaba update\nAlibaba shares rose 2% to $150.20 on Friday.'));
    const { facts } = extractArticle(article, registry);
    expect(article.published).toBeNull();
    expect(facts.map((f) => [f.kind, f.asOf])).toEqual([['price', null], ['change_pct_1d', null]]);
  });
});
