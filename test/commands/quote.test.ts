import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.js';
import { UserError } from '../../src/discord/command.js';
import { replyProblems } from '../../src/discord/limits.js';
import type { FactStore } from '../../src/facts/store.js';
import { COLOURS } from '../../src/format/colours.js';
import { makeContext, run, sampleStore } from './context.js';

let store: FactStore;
beforeAll(async () => {
  store = await sampleStore();
});
afterAll(async () => store.close());

const field = (reply: Awaited<ReturnType<typeof run>>, name: string) => reply.embeds?.[0]?.fields?.find((f) => f.name === name)?.value;

describe('/quote on the sample articles', () => {
  it('answers BABA with €148.20 of 14 Jan 2026 and $155.74 of 3 Jan 2026 as the New York listing', async () => {
    const reply = await run(quote, { ticker: 'BABA' }, makeContext(store));
    expect(replyProblems(reply)).toEqual([]);
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe('Alibaba Group (BABA · 9988 · AHLA) · Quote');
    expect(field(reply, 'Frankfurt · AHLA (EUR)')).toBe('**€148.20** · as of 14 Jan 2026 [1]');
    expect(field(reply, 'New York · BABA (USD)')).toBe('**$155.74** · as of 3 Jan 2026 [2]');
    expect(field(reply, 'Changes')).toContain('Day change: **+1.65%** · as of 14 Jan 2026 [1]');
    expect(embed?.color).toBe(COLOURS.up);
  });

  it('says plainly that months-old facts are stale and come from articles, naming both sources', async () => {
    const embed = (await run(quote, { ticker: 'BABA' }, makeContext(store))).embeds?.[0];
    expect(embed?.description).toMatch(/^⚠️ \*\*Stale:\*\* the newest figure here is from 14 Jan 2026 \(<t:\d+:R>\), more than 7 days ago\. Articles are not live prices\.$/);
    expect(embed?.footer?.text).toBe(
      'Sources: [1] Alibaba’s AI Ambitions Fuel Market Optimism and Stock Surge (14 Jan 2026) · [2] Alibaba’s AI Pivot Gains Investor Confidence (3 Jan 2026)\n' +
        'Newest figure 14 Jan 2026, 218 days old (stale after 7). From news articles, not live prices.',
    );
  });

  it('marks only the older listing stale the day after the newer article', async () => {
    const reply = await run(quote, { ticker: 'BABA' }, makeContext(store, new Date('2026-01-15T09:00:00Z')));
    expect(reply.embeds?.[0]?.description).toMatch(/^Newest figure from 14 Jan 2026/);
    expect(field(reply, 'Frankfurt · AHLA (EUR)')).toBe('**€148.20** · as of 14 Jan 2026 [1]');
    expect(field(reply, 'New York · BABA (USD)')).toBe('**$155.74** · as of 3 Jan 2026 [2] · stale');
  });

  it.each(['baba', 'Alibaba', 'alibaba group', 'NYSE:BABA', '9988.HK', 'alibaba-group'])('finds Alibaba as %s', async (ticker) => {
    expect((await run(quote, { ticker }, makeContext(store))).embeds?.[0]?.title).toMatch(/^Alibaba Group /);
  });

  it('answers a known company without facts with an embed that says nothing is known yet', async () => {
    const embed = (await run(quote, { ticker: 'AAPL' }, makeContext(store))).embeds?.[0];
    expect(embed?.title).toBe('Apple Inc. (AAPL) · Quote');
    expect(embed?.description).toMatch(/^Nothing on this in the articles yet/);
  });
});

describe('/quote refusals', () => {
  const refusal = async (ticker: unknown) => {
    const error = await run(quote, { ticker: ticker as string }, makeContext(store)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const reply = (error as UserError).reply;
    expect(reply?.ephemeral).toBe(true);
    expect(replyProblems(reply ?? {})).toEqual([]);
    return reply?.content ?? '';
  };

  it('lists the candidates of an ambiguous name', async () => {
    expect(await refusal('Alibab')).toBe(
      '“Alibab” could be 2 companies: Alibaba Group (BABA · 9988 · AHLA); Alibaba Health Information Technology Limited (0241). Use a ticker, or pick one from the suggestions as you type.',
    );
  });

  it('names the closest companies for an unknown ticker', async () => {
    expect(await refusal('Alibxyz')).toMatch(/^No company matches “Alibxyz”\. Closest: Alibaba Group \(BABA · 9988 · AHLA\); /);
  });

  it('asks for a ticker when the option is empty or missing, and refuses a 6,000-character paste', async () => {
    expect(await refusal('   ')).toMatch(/^Give a ticker or company name/);
    expect(await refusal(undefined)).toMatch(/^Give a ticker or company name/);
    expect(await refusal('A'.repeat(6000))).toBe('That is 6,000 characters; a ticker or company name is at most 100.');
  });

  it('echoes markdown and mentions harmlessly', async () => {
    const content = await refusal('@everyone **<@&123>**');
    expect(content).toContain('@\u200beveryone \\*\\*<\u200b@&123>\\*\\*');
  });
});

describe('/quote autocomplete', () => {
  it('suggests companies by name or ticker, valued by id', async () => {
    const choices = await quote.autocomplete({ name: 'ticker', value: 'alibaba' }, makeContext(store));
    expect(choices).toContainEqual({ name: 'Alibaba Group (BABA · 9988 · AHLA)', value: 'alibaba-group' });
    expect((await quote.autocomplete({ name: 'ticker', value: 'BAB' }, makeContext(store)))[0]?.value).toBe('alibaba-group');
  });

  it('answers 25 choices at most, each named in 1-100 characters, for anything typed', async () => {
    for (const value of ['', 'a', '📈', 'שלום', '*'.repeat(6000)]) {
      const choices = await quote.autocomplete({ name: 'ticker', value }, makeContext(store));
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect([...c.name].length).toBeGreaterThanOrEqual(1);
        expect([...c.name].length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
