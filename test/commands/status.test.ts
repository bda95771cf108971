import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { help } from '../../commands/help.js';
import { commands } from '../../commands/index.js';
import { status } from '../../commands/status.js';
import { replyProblems } from '../../src/discord/limits.js';
import type { FactStore } from '../../src/facts/store.js';
import { makeContext, run, sampleStore } from './context.js';

let store: FactStore;
beforeAll(async () => {
  store = await sampleStore();
});
afterAll(async () => store.close());

describe('/status', () => {
  it('counts the sample articles and names the newest one with its date', async () => {
    const reply = await run(status, {}, makeContext(store));
    expect(replyProblems(reply)).toEqual([]);
    const fields = reply.embeds?.[0]?.fields ?? [];
    expect(fields.find((f) => f.name === 'Articles')?.value).toBe('2 articles');
    expect(fields.find((f) => f.name === 'Newest article')?.value).toMatch(/^Alibaba’s AI Ambitions .*\npublished 14 Jan 2026 \(<t:\d+:R>\)$/);
    expect(fields.find((f) => f.name.startsWith('Files that failed'))?.value).toBe('None');
    expect(fields.find((f) => f.name === 'Last ingest')?.value).toMatch(/^<t:\d+:f> \(<t:\d+:R>\)$/);
  });
});

describe('/help', () => {
  it('lists the commands, the staleness threshold, the newest article and that it is not advice', async () => {
    const reply = await run(help, {}, makeContext(store, undefined, { STALE_AFTER_DAYS: '3' }));
    expect(replyProblems(reply)).toEqual([]);
    const text = JSON.stringify(reply);
    expect(text).toContain('`/status`');
    expect(text).toContain('`/help`');
    expect(text).toContain('`/summary ticker [days]`');
    expect(text).toContain('`/ask question`');
    expect(text).toContain('`/daily <setup|preview|post|off|status>`');
    for (const command of commands) expect(text).toContain(`\`/${command.data.name}`);
    expect(text).toContain('older than 3 days are marked stale');
    expect(text).toContain('The newest article is from 14 Jan 2026');
    expect(text).toContain('Not financial advice');
    expect(text).toContain('not live prices');
  });
});
