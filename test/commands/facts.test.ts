import type { APIButtonComponentWithCustomId } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts, factsButtonId } from '../../commands/facts.js';
import { UserError, type Reply } from '../../src/discord/command.js';
import { replyProblems } from '../../src/discord/limits.js';
import { FACT_KINDS, TEXT_KINDS } from '../../src/facts/fact.js';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { alibaba, makeItem } from '../facts/storeFixtures.js';
import { makeContext, press, run, sampleStore } from './context.js';

let sample: FactStore;
let crowded: FactStore;

/** Sixty articles of eight facts each: far more than one message holds. */
async function crowdedStore(): Promise<FactStore> {
  const store = await openFactStore({ url: 'memory://', registry: [alibaba] });
  await store.ingestBatch(Array.from({ length: 60 }, (_, n) => makeItem(`n${n}`, {
    published: `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00`,
    facts: FACT_KINDS.slice(n % 17, (n % 17) + 8).map((kind) => ({
      kind, value: TEXT_KINDS.has(kind) ? `Buy ${n}` : 100 + n, currency: 'USD', firm: `Firm ${n}`, asOf: `2025-${String(1 + (n % 12)).padStart(2, '0')}-01`,
    })),
  })));
  return store;
}

beforeAll(async () => {
  [sample, crowded] = await Promise.all([sampleStore(), crowdedStore()]);
});
afterAll(async () => Promise.all([sample.close(), crowded.close()]));

const buttons = (reply: Reply) => (reply.components?.[0]?.components ?? []) as APIButtonComponentWithCustomId[];

describe('/facts', () => {
  it('shows everything known about BABA on one page, grouped, with both sources and no buttons', async () => {
    const reply = await run(facts, { ticker: 'BABA' }, makeContext(sample));
    expect(replyProblems(reply)).toEqual([]);
    expect(reply.components).toEqual([]);
    const embed = reply.embeds?.[0];
    expect(embed?.fields?.map((f) => f.name)).toEqual(['Price and moves', '52-week range', 'Volume', 'Technicals', 'Analysts', 'Fundamentals']);
    expect(embed?.fields?.[0]?.value).toContain('Price: **€148.20** · as of 14 Jan 2026 [1]');
    expect(embed?.fields?.[4]?.value).toContain('Price target (Jefferies): **$230.00** · as of 3 Jan 2026 [2]');
    expect(embed?.footer?.text).toMatch(/^Sources: \[1\] Alibaba’s AI Ambitions .* · \[2\] Alibaba’s AI Pivot/);
  });

  it('pages a long answer with previous and next buttons that lead through every page', async () => {
    const ctx = makeContext(crowded);
    let reply = await run(facts, { ticker: 'BABA' }, ctx);
    const seen: string[] = [];
    for (let page = 0; ; page++) {
      expect(replyProblems(reply)).toEqual([]);
      const [previous, next] = buttons(reply);
      expect(previous?.custom_id).toBe(factsButtonId('alibaba-group', Math.max(0, page - 1)));
      expect(previous?.disabled).toBe(page === 0);
      seen.push(reply.embeds?.[0]?.description ?? '');
      if (next?.disabled) break;
      expect(next?.custom_id).toBe(factsButtonId('alibaba-group', page + 1));
      reply = await press(facts, next?.custom_id ?? '', ctx);
    }
    expect(seen.length).toBeGreaterThan(2);
    seen.forEach((description, i) => expect(description).toContain(`Page ${i + 1} of ${seen.length}.`));
  });

  it('opens at the page asked for, and shows the last page for one past the end', async () => {
    const ctx = makeContext(crowded);
    expect((await run(facts, { ticker: 'BABA', page: 2 }, ctx)).embeds?.[0]?.description).toMatch(/Page 2 of/);
    const last = await press(facts, factsButtonId('alibaba-group', 999), ctx);
    expect(buttons(last)[1]?.disabled).toBe(true);
  });

  it('refuses a button for a company it no longer knows, or a forged id', async () => {
    const ctx = makeContext(sample);
    for (const id of ['facts:no-such-company:0', 'facts:alibaba-group:-1', 'facts:../../x:1', 'nonsense']) {
      await expect(press(facts, id, ctx)).rejects.toBeInstanceOf(UserError);
    }
  });
});
