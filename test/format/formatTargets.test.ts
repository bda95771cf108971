import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact.js';
import type { FactsByKind } from '../../src/facts/storeQueries.js';
import { replyProblems } from '../../src/discord/limits.js';
import { formatTargets } from '../../src/format/formatTargets.js';
import { alibaba, answerAt, article, byKind } from './answerFixtures.js';

const EMPTY = { current: [], history: [] };
const NOW = '2026-01-15T00:00:00Z';

function targetsOf(facts: FactsByKind) {
  return {
    view: {
      priceTargets: facts.price_target ?? EMPTY,
      averageTarget: facts.price_target_avg ?? EMPTY,
      consensus: facts.consensus_rating ?? EMPTY,
      ratings: facts.analyst_rating ?? EMPTY,
    },
    prices: facts.price?.current ?? [],
    dayChanges: [] as Fact[],
  };
}

const field = (embed: ReturnType<typeof formatTargets>, name: string) => embed.fields?.find((f) => f.name === name)?.value;

const sample = byKind(
  { kind: 'price', value: 148.2, currency: 'EUR', asOf: '2026-01-14', articleId: 'a1' },
  { kind: 'price', value: 155.74, currency: 'USD', asOf: '2026-01-03', articleId: 'a2' },
  { kind: 'price_target', value: 215, currency: 'USD', firm: 'Nomura', asOf: '2026-01-03', articleId: 'a2' },
  { kind: 'price_target', value: 230, currency: 'USD', firm: 'Jefferies', asOf: '2026-01-03', articleId: 'a2' },
  { kind: 'price_target', value: 180, currency: 'USD', firm: 'Jefferies', asOf: '2025-11-03', articleId: 'a3' },
  { kind: 'price_target_avg', value: 194, currency: 'USD', asOf: '2026-01-03', articleId: 'a2' },
  { kind: 'consensus_rating', value: 'Moderate Buy', currency: null, asOf: '2026-01-03', articleId: 'a2' },
  { kind: 'analyst_rating', value: 'Buy', currency: null, firm: 'jefferies', asOf: '2026-01-03', articleId: 'a2' },
  { kind: 'analyst_rating', value: 'Hold', currency: null, firm: 'HSBC', asOf: '2026-01-02', articleId: 'a4' },
);

describe('formatTargets', () => {
  const embed = formatTargets(alibaba, targetsOf(sample), answerAt(NOW, [article('a1'), article('a2'), article('a3'), article('a4')]));

  it('lists every firm newest first with rating, date and upside against the USD price only', () => {
    expect(field(embed, 'Analyst targets')).toBe([
      'Jefferies: **$230.00** · rated **Buy** · as of 3 Jan 2026 [1] · stale · +47.7% upside',
      'Nomura: **$215.00** · as of 3 Jan 2026 [1] · stale · +38.1% upside',
      'HSBC: rated **Hold** · as of 2 Jan 2026 [2] · stale',
    ].join('\n'));
    expect(field(embed, 'Average target')).toBe('**$194.00** · as of 3 Jan 2026 [1] · stale · +24.6% upside');
    expect(field(embed, 'Consensus')).toBe('**Moderate Buy** · as of 3 Jan 2026 [1] · stale');
    expect(field(embed, 'Range')).toBe('USD: **$215.00** (Nomura) to **$230.00** (Jefferies)');
  });

  it('names the price upside is measured against and the EUR price it is not', () => {
    expect(field(embed, 'Upside measured against')).toBe([
      'USD targets: against **$155.74**, the New York · BABA (USD) price as of 3 Jan 2026 [1] · stale.',
      'Not compared: the Frankfurt · AHLA (EUR) price **€148.20**, as of 14 Jan 2026 [3]: no target is in EUR.',
    ].join('\n'));
    expect(field(embed, 'Earlier targets')).toBe('Jefferies: **$180.00** · as of 3 Nov 2025 [4] · stale');
  });

  it('shows no upside when no price shares the target currency, or when the newest prices disagree', () => {
    const noUsd = byKind({ kind: 'price', value: 148.2, currency: 'EUR' }, { kind: 'price_target', value: 230, currency: 'USD', firm: 'Jefferies' });
    const lonely = formatTargets(alibaba, targetsOf(noUsd), answerAt(NOW));
    expect(field(lonely, 'Analyst targets')).not.toMatch(/upside/);
    expect(field(lonely, 'Upside measured against')).toMatch(/^USD targets: no USD price in the articles, so no upside is shown\.\nNot compared: /);

    const split = byKind(
      { kind: 'price', value: 150, currency: 'USD', articleId: 'a1' },
      { kind: 'price', value: 151, currency: 'USD', articleId: 'a2' },
      { kind: 'price_target', value: 230, currency: 'USD', firm: 'Jefferies' },
    );
    const conflicted = formatTargets(alibaba, targetsOf(split), answerAt(NOW, [article('a1'), article('a2')]));
    expect(field(conflicted, 'Analyst targets')).not.toMatch(/upside/);
    expect(field(conflicted, 'Upside measured against')).toBe('USD targets: the prices of 10 Jan 2026 disagree ($150.00 [1], $151.00 [2]), so no upside is shown.');
  });

  it('compares a pound target with a price in pence', () => {
    const tesco = { id: 'tesco', name: 'Tesco', aliases: [], listings: [{ ticker: 'TSCO', exchange: 'LSE', currency: 'GBX' }] };
    const facts = byKind({ kind: 'price', value: 400, currency: 'GBX' }, { kind: 'price_target', value: 5, currency: 'GBP', firm: 'Barclays' });
    expect(field(formatTargets(tesco, targetsOf(facts), answerAt(NOW)), 'Analyst targets')).toMatch(/^Barclays: \*\*£5\.00\*\* · .* · \+25\.0% upside$/);
  });

  it('says so when there are no targets, and stays within limits with hundreds of firms', () => {
    expect(formatTargets(alibaba, targetsOf(byKind({ kind: 'price' })), answerAt(NOW)).fields).toEqual([
      { name: 'Analyst targets', value: 'No analyst targets or ratings in the articles yet.' },
    ]);
    const many = byKind(...Array.from({ length: 400 }, (_, i) => ({ kind: 'price_target' as const, value: 100 + i, firm: `@here Firm ${'*'.repeat(i % 50)} ${i}`, articleId: `a${i}` })));
    const big = formatTargets(alibaba, targetsOf(many), answerAt(NOW));
    expect(replyProblems({ embeds: [big] })).toEqual([]);
    expect(JSON.stringify(big)).not.toMatch(/@here/);
  });
});
