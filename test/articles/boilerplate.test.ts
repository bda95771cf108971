import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newsLines } from '../../src/articles/boilerplate.js';
import { parseArticle } from '../../src/articles/parseArticle.js';

describe('newsLines drops boilerplate and keeps news', () => {
  it('drops the sample articles\' ad block and sales pitch but keeps every fact line', () => {
    for (const file of ['seed_000', 'seed_002']) {
      const article = parseArticle(file, readFileSync(`data/articles/${file}.txt`));
      const lines = newsLines(article.body);
      expect(lines.join('\n')).not.toMatch(/Should investors sell immediately|Buy or Sell\?!|Read more here|^Ad$/m);
      const gold = JSON.parse(readFileSync(`../shared/corpus/gold/${file}.json`, 'utf8')) as { facts: Array<{ quote: string }> };
      for (const fact of gold.facts) expect(lines.some((l) => l.includes(fact.quote.replace(/^- /, '')))).toBe(true);
    }
  });

  it.each<[string, string[]]>([
    ['Shares rose 2%.\nAbout NVIDIA\nNVIDIA Corporation provides graphics and compute solutions, and was founded in 1993.', ['Shares rose 2%.']],
    ['Shares rose 2%.\nFeatured Stories\n- Five stocks to watch\n- Why gold matters', ['Shares rose 2%.']],
    ['Shares rose 2%.\nShould You Invest $1,000 in NVIDIA Right Now?\nBefore you consider NVIDIA, you\'ll want to hear this.', ['Shares rose 2%.']],
    ['Shares rose 2%.\nThe Motley Fool has positions in and recommends Nvidia.', ['Shares rose 2%.']],
    ['Shares rose 2%.\nDisclaimer: Recommendations, suggestions, views and opinions given by the experts are their own.', ['Shares rose 2%.']],
    ['Jefferies rates the stock Buy.\nSign up for our free newsletter today.', ['Jefferies rates the stock Buy.']],
    ['Related: Alibaba earnings\nAnalysts expect a buy-back.', ['Analysts expect a buy-back.']],
  ])('%j', (body, expected) => {
    expect(newsLines(body)).toEqual(expected);
  });
});
