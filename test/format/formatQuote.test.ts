import { describe, expect, it } from 'vitest';
import { replyProblems } from '../../src/discord/limits.js';
import { COLOURS } from '../../src/format/colours.js';
import { formatQuote } from '../../src/format/formatQuote.js';
import { alibaba, answerAt, article, byKind } from './answerFixtures.js';

const TODAY = '2026-01-15T10:00:00Z';

describe('formatQuote', () => {
  it('gives each currency its own field named after the listing, never mixing a EUR and a USD price', () => {
    const facts = byKind(
      { kind: 'price', value: 148.2, currency: 'EUR', asOf: '2026-01-14', articleId: 'a1' },
      { kind: 'price', value: 155.74, currency: 'USD', asOf: '2026-01-03', articleId: 'a2' },
      { kind: 'price', value: 150, currency: 'USD', asOf: '2025-12-20', articleId: 'a3' },
    );
    const embed = formatQuote(alibaba, facts, answerAt(TODAY, [article('a1'), article('a2', '2026-01-03T13:41:04')]));
    expect(embed.fields?.slice(0, 2)).toEqual([
      { name: 'Frankfurt · AHLA (EUR)', value: '**€148.20** · as of 14 Jan 2026 [1]', inline: true },
      { name: 'New York · BABA (USD)', value: '**$155.74** · as of 3 Jan 2026 [2] · stale', inline: true },
    ]);
    expect(JSON.stringify(embed)).not.toContain('$150.00');
    expect(embed.footer?.text).toBe('Sources: [1] Article a1 (14 Jan 2026) · [2] Article a2 (3 Jan 2026)\nNewest figure 14 Jan 2026, 1 day old. From news articles, not live prices.');
  });

  it('names a currency no listing trades in by itself, and keeps pence as pence', () => {
    const tesco = { id: 'tesco', name: 'Tesco', aliases: [], listings: [{ ticker: 'TSCO', exchange: 'LSE', currency: 'GBX' }] };
    const facts = byKind({ value: 412.5, currency: 'GBX', asOf: '2026-01-12' }, { value: 5.1, currency: 'CHF', asOf: '2026-01-11' });
    expect(formatQuote(tesco, facts, answerAt(TODAY)).fields?.map((f) => [f.name, f.value.split(' · ')[0]])).toEqual([
      ['London · TSCO (GBX)', '**412.5p**'],
      ['CHF quote', '**CHF\u00a05.10**'],
    ]);
  });

  it.each([
    [1.65, COLOURS.up],
    [-2.3, COLOURS.down],
    [0, COLOURS.neutral],
  ])('colours a day move of %d', (move, colour) => {
    expect(formatQuote(alibaba, byKind({ kind: 'change_pct_1d', value: move, currency: null }), answerAt(TODAY)).color).toBe(colour);
  });

  it('stays neutral when two day moves of the newest date disagree, and when there is none', () => {
    const split = byKind({ kind: 'change_pct_1d', value: 1, currency: null, articleId: 'a1' }, { kind: 'change_pct_1d', value: -1, currency: null, articleId: 'a2' });
    expect(formatQuote(alibaba, split, answerAt(TODAY)).color).toBe(COLOURS.neutral);
    expect(formatQuote(alibaba, byKind(), answerAt(TODAY)).color).toBe(COLOURS.neutral);
  });

  it('lists moves, range, volume against its average and market cap, each dated and cited', () => {
    const facts = byKind(
      { kind: 'change_pct_1d', value: 1.65, currency: null },
      { kind: 'change_pct_ytd', value: -4, currency: null },
      { kind: 'high_52w', value: 161.6, currency: 'EUR' },
      { kind: 'low_52w', value: 80.1, currency: 'USD', asOf: null },
      { kind: 'volume', value: 15_700_000, currency: null },
      { kind: 'avg_volume', value: 7_000_000, currency: null },
      { kind: 'market_cap', value: 3.6e11, currency: 'USD', approximate: true },
    );
    const value = (name: string) => formatQuote(alibaba, facts, answerAt(TODAY)).fields?.find((f) => f.name === name)?.value;
    expect(value('Changes')).toBe('Day change: **+1.65%** · as of 10 Jan 2026 [1]\nYTD change: **-4%** · as of 10 Jan 2026 [1]');
    expect(value('52-week range')).toBe('High: **€161.60** · as of 10 Jan 2026 [1]\nLow: **$80.10** · undated [1]');
    expect(value('Volume')).toBe('Volume: **15.7M** · as of 10 Jan 2026 [1]\nAverage volume: **7M** · as of 10 Jan 2026 [1]\nThat is 2.2× the average.');
    expect(value('Market cap')).toBe('Market cap: ≈ **$360B** · as of 10 Jan 2026 [1]');
  });

  it('says plainly when there is no price, and that nothing is known yet', () => {
    const embed = formatQuote(alibaba, byKind(), answerAt(TODAY));
    expect(embed.fields).toEqual([{ name: 'Price', value: 'No price in the articles yet.' }]);
    expect(embed.description).toBe('Nothing on this in the articles yet. From news articles, not live prices.');
    expect(replyProblems({ embeds: [embed] })).toEqual([]);
  });

  it('stays within Discord limits with hundreds of disagreeing prices and a 6,000-character title', () => {
    const prices = Array.from({ length: 300 }, (_, i) => ({ value: 100 + i, currency: ['USD', 'EUR', 'HKD', 'GBX'][i % 4], articleId: `a${i}` }));
    const articles = Array.from({ length: 300 }, (_, i) => ({ ...article(`a${i}`), title: `@everyone ${'**long** '.repeat(700)}` }));
    const embed = formatQuote(alibaba, byKind(...prices), answerAt(TODAY, articles));
    expect(replyProblems({ embeds: [embed] })).toEqual([]);
    expect(embed.fields?.[0]?.value).toMatch(/…and \d+ more$/);
    expect(embed.footer?.text).not.toMatch(/@everyone/);
  });
});
