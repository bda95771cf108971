import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts } from '../../commands/facts.js';
import { quote } from '../../commands/quote.js';
import { targets } from '../../commands/targets.js';
import { ingestPaths } from '../../src/cli/ingestPaths.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { renderReplyText } from '../../src/format/replyToText.js';
import { makeContext, run } from './context.js';

/**
 * A mid-cap no registry lists, named by an exchange tag in a syndicated broker note (the way MarketBeat's copies
 * write them): the bot must learn it from the article and answer for it by ticker and by name.
 */
const ARTICLE = [
  'Scotiabank Lifts Topaz Energy (TSE:TPZ) Price Target to C$30.00',
  '2022-03-09 07:42 ET',
  'Topaz Energy (TSE:TPZ – Get Rating) saw its price target lifted from C$27.00 to C$30.00 by Scotiabank, according to a research report the bank put out on Tuesday.',
  'CIBC nudged its Topaz Energy target price from C$22.00 to C$23.00 in a note dated Thursday, March 3rd.',
  'TSE TPZ shares opened on Tuesday at C$21.20. The stock\'s 1-year low is C$14.03 and its 1-year high is C$21.81.',
].join('\n');

let dir: string;
let store: FactStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stockfacts-learned-'));
  writeFileSync(join(dir, 'topaz.txt'), ARTICLE);
  const registry = await readRegistry();
  expect(registry.some((c) => c.name.includes('Topaz'))).toBe(false);
  store = await openFactStore({ url: `sqlite://${join(dir, 'store.sqlite')}`, registry });
  const report = await ingestPaths([dir], { store, registry });
  expect(report.failed).toEqual([]);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const LATER = new Date('2022-03-10T12:00:00Z');

describe('a company the registry lacks, learned from its exchange tag', () => {
  it('answers /quote by its ticker with its own price in its listing currency, never the bank\'s', async () => {
    const text = renderReplyText(await run(quote, { ticker: 'TPZ' }, makeContext(store, LATER)), LATER);
    expect(text).toContain('Topaz Energy');
    expect(text).toContain('CA$21.20');
    expect(text).toContain('CA$14.03');
    expect(text).not.toMatch(/Bank of Nova Scotia|Scotiabank · Quote/);
  });

  it('answers /quote by its name as well', async () => {
    const text = renderReplyText(await run(quote, { ticker: 'topaz energy' }, makeContext(store, LATER)), LATER);
    expect(text).toContain('CA$21.20');
  });

  it('lists the houses\' current targets on /targets, the earlier ones left out', async () => {
    const text = renderReplyText(await run(targets, { ticker: 'TPZ' }, makeContext(store, LATER)), LATER);
    expect(text).toMatch(/Scotiabank[^\n]*CA\$30\.00/);
    expect(text).toMatch(/CIBC[^\n]*CA\$23\.00/);
    expect(text).not.toContain('CA$27.00');
    expect(text).not.toContain('CA$22.00');
  });

  it('shows everything known on /facts, with the article as source', async () => {
    const text = renderReplyText(await run(facts, { ticker: 'TPZ' }, makeContext(store, LATER)), LATER);
    expect(text).toContain('CA$30.00');
    expect(text).toContain('CA$21.81');
    expect(text).toContain('Scotiabank Lifts Topaz Energy');
  });
});
