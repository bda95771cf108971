import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { news } from '../../commands/news.js';
import { UserError } from '../../src/discord/command.js';
import { replyProblems } from '../../src/discord/limits.js';
import type { FactStore } from '../../src/facts/store.js';
import { makeContext, run, sampleStore } from './context.js';

let store: FactStore;
beforeAll(async () => {
  store = await sampleStore();
});
afterAll(async () => store.close());

describe('/news', () => {
  it('lists the newest Alibaba article first with the figures it gave', async () => {
    const reply = await run(news, { ticker: 'alibaba' }, makeContext(store));
    expect(replyProblems(reply)).toEqual([]);
    const [first, second] = reply.embeds?.[0]?.fields ?? [];
    expect(first?.name).toBe('[1] Alibaba’s AI Ambitions Fuel Market Optimism and Stock Surge');
    expect(first?.value).toMatch(/^14 Jan 2026 \(<t:\d+:R>\)\nPrice \*\*€148\.20\*\* · Day change \*\*\+1\.65%\*\*/);
    expect(second?.value).toContain('Price target (Jefferies) **$230.00**');
  });

  it('lists articles across all companies without a ticker, each with the figures it gave', async () => {
    const reply = await run(news, {}, makeContext(store));
    expect(replyProblems(reply)).toEqual([]);
    expect(reply.embeds?.[0]?.title).toBe('Latest news');
    const [first, second] = reply.embeds?.[0]?.fields ?? [];
    expect(reply.embeds?.[0]?.fields).toHaveLength(2);
    expect(first?.value).toContain('Alibaba Group: Price **€148.20** · Day change **+1.65%**');
    expect(first?.value.match(/Alibaba Group/g)).toHaveLength(1);
    expect(second?.value).toContain('Price target (Jefferies) **$230.00**');
  });

  it('refuses an unknown company', async () => {
    await expect(run(news, { ticker: 'no such company at all' }, makeContext(store))).rejects.toBeInstanceOf(UserError);
  });
});
