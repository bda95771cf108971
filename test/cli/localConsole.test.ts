import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { answerLine, runLocalConsole } from '../../src/cli/localConsole.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { type FactStore, openFactStore } from '../../src/facts/store.js';

const now = new Date('2026-01-20T12:00:00Z');
let store: FactStore;

beforeEach(async () => {
  const registry = await readRegistry();
  store = await openFactStore({ url: 'memory://', registry });
  for (const file of ['data/articles/seed_000.txt', 'data/articles/seed_002.txt']) {
    const article = parseArticle(file, readFileSync(file));
    await store.ingestArticle(article, extractArticle(article, registry));
  }
});
afterEach(async () => store.close());

describe('the local console', () => {
  it('answers a ticker with both listings\' prices in their own currencies, dated and sourced', async () => {
    const lines = await answerLine('/quote BABA', store, now, 7);
    const text = lines.join('\n');
    expect(lines[0]).toMatch(/^Alibaba Group .*not live prices/);
    expect(text).toMatch(/Price\s+€148\.20 {2}\[as of 2026-01-14, 6 days old; «Alibaba’s AI Ambitions/);
    expect(text).toMatch(/Price\s+\$155\.74 {2}\[as of 2026-01-03, 17 days old, stale; «Alibaba’s AI Pivot/);
    expect(text).toMatch(/Price target\s+\$230\.00 \(Jefferies\)/);
  });

  it('resolves names and lower case, and says so when nothing matches', async () => {
    expect((await answerLine('alibaba group', store, now, 7))[0]).toMatch(/^Alibaba Group/);
    expect(await answerLine('zzzz-no-such', store, now, 7)).toEqual([expect.stringMatching(/^No company matches "zzzz-no-such"/)]);
  });

  it('reads piped commands one per line and ends with the input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const done = runLocalConsole(store, { input, output, interactive: false }, { now: () => now, staleAfterDays: 7 });
    input.end('/status\n9988.HK\n');
    await done;
    expect(printed).toMatch(/^Articles: 2;/);
    expect(printed).toMatch(/Alibaba Group \(BABA/);
  });
});
