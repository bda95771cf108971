import { afterEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/cli/ingestPaths.js';
import { replyProblems } from '../../src/discord/limits.js';
import type { FactStore } from '../../src/facts/store.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { buildDigest } from '../../src/jobs/buildDigest.js';
import { MAX_DIGEST_MESSAGES } from '../../src/format/formatDigest.js';
import { makeContext } from '../commands/context.js';
import { expectSafeReply, replyText } from '../commands/llmFixtures.js';
import { alibaba, tesco, tempSqlite } from '../facts/storeFixtures.js';
import { alibabaDay, article, clockedStore, manyCompanies, STORED_AT, tescoDay, WINDOW } from './digestFixtures.js';

const opened: FactStore[] = [];
const cleanups: Array<() => void> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  cleanups.splice(0).forEach((c) => c());
});

async function storeWith(clock: { now: Date }, ...items: Parameters<FactStore['ingestBatch']>[0][number][]): Promise<FactStore> {
  const sqlite = tempSqlite();
  cleanups.push(sqlite.cleanup);
  const store = await clockedStore(clock, [alibaba, tesco], sqlite.url);
  opened.push(store);
  if (items.length > 0) await store.ingestBatch(items);
  return store;
}

const digestOf = (store: FactStore, request: Partial<Parameters<typeof buildDigest>[1]> = {}) =>
  buildDigest(makeContext(store, WINDOW.now), { companyIds: [], ...WINDOW, ...request });

describe('buildDigest over a SQLite store, LLM off', () => {
  it('lists each company\'s moves, new target and rating and RSI extremes, dated and cited, under an automatic summary', async () => {
    const store = await storeWith({ now: STORED_AT }, alibabaDay(), tescoDay());
    const digest = await digestOf(store);
    expect(digest).toMatchObject({ quiet: false, summary: 'automatic', coveredUntil: STORED_AT.toISOString() });
    expect(digest.messages).toHaveLength(1);
    const [header, ...companies] = digest.messages[0]?.embeds ?? [];
    expect(header?.description).toContain('2 new articles');
    expect(header?.description).toContain('Automatic summary');
    expect(header?.description).toMatch(/- Alibaba shares closed at \$155\.74 .* \[1\]/);
    expect(companies.map((e) => e.title)).toEqual(['Alibaba Group (BABA · 9988) · New in the articles', 'Tesco (TSCO) · New in the articles']);
    const baba = companies[0]?.fields ?? [];
    expect(baba.find((f) => f.name === 'Moves')?.value).toBe('New York · BABA (USD) **$155.74** · Day change **+6%** · as of 20 Jan 2026 [1]');
    expect(baba.find((f) => f.name === 'Targets and ratings')?.value).toBe('Jefferies: **$230.00** · rated **Buy** · as of 20 Jan 2026 [1]');
    expect(baba.find((f) => f.name === 'RSI extremes')?.value).toContain('**28.5** — oversold · as of 20 Jan 2026 [1]');
    const tsco = companies[1]?.fields ?? [];
    expect(tsco.find((f) => f.name === 'Moves')?.value).toBe('London · TSCO (GBX) **450p** · Day change **-1.2%** · as of 20 Jan 2026 [2]');
    expect(tsco.find((f) => f.name === 'RSI extremes')?.value).toContain('**75.3** — overbought');
    expect(companies[1]?.footer?.text).toMatch(/^Sources: \[2\] News tsco-0120 \(20 Jan 2026\)/);
    expect(companies[1]?.footer?.text).not.toContain('[1]');
    expectSafeReply(digest.messages[0] ?? {}, ['https://news.example.com/baba-0120', 'https://news.example.com/tsco-0120']);
  });

  it('is limited to the companies asked for', async () => {
    const store = await storeWith({ now: STORED_AT }, alibabaDay(), tescoDay());
    const text = replyText((await digestOf(store, { companyIds: [tesco.id] })).messages[0] ?? {});
    expect(text).toContain('Tesco');
    expect(text).not.toContain('Alibaba');
    expect(text).toContain('1 new article');
  });

  it('is quiet, one short message ending the window at now, when nothing was stored in it', async () => {
    const store = await storeWith({ now: STORED_AT }, alibabaDay());
    const digest = await digestOf(store, { since: new Date('2026-01-20T09:00:00Z') });
    expect(digest).toMatchObject({ quiet: true, summary: 'none', coveredUntil: WINDOW.now.toISOString() });
    expect(digest.messages).toHaveLength(1);
    expect(replyText(digest.messages[0] ?? {})).toMatch(/^Daily digest\nNothing new in the articles since <t:\d+:f>\.$/);
  });

  it('does not repeat yesterday\'s news when the same articles are ingested again unchanged', async () => {
    const clock = { now: STORED_AT };
    const store = await storeWith(clock, alibabaDay(), tescoDay());
    const first = await digestOf(store);
    clock.now = new Date('2026-01-21T08:00:00Z');
    expect(await store.ingestBatch([alibabaDay(), tescoDay()])).toEqual(['unchanged', 'unchanged']);
    const next = await digestOf(store, { since: new Date(first.coveredUntil), now: new Date('2026-01-21T12:00:00Z') });
    expect(next.quiet).toBe(true);
  });

  it('leaves out old articles stamped afresh by a rebuilt store, and undated ones, but keeps a late feed\'s of yesterday', async () => {
    const store = await storeWith({ now: STORED_AT },
      article('archive', '2025-12-01T10:00:00', [{ kind: 'change_pct_1d', value: 2, currency: null, asOf: '2025-12-01' }]),
      article('undated', null, [{ kind: 'change_pct_1d', value: 3, currency: null }]),
      article('late', '2026-01-19T18:00:00', [{ kind: 'change_pct_1d', value: 4, currency: null, quote: 'Alibaba rose 4%.' }]));
    const digest = await digestOf(store);
    const text = replyText(digest.messages[0] ?? {});
    expect(text).toContain('1 new article');
    expect(text).toContain('Day change **+4%** · as of 19 Jan 2026 [1]');
    expect(text).not.toMatch(/\+2%|\+3%/);
  });

  it('lets the next digest start after the newest article it covered', async () => {
    const clock = { now: STORED_AT };
    const store = await storeWith(clock, alibabaDay());
    clock.now = new Date('2026-01-20T09:30:00Z');
    await store.ingestBatch([tescoDay()]);
    const first = await digestOf(store, { now: new Date('2026-01-20T09:00:00Z') });
    expect(first.coveredUntil).toBe(STORED_AT.toISOString());
    const next = await digestOf(store, { since: new Date(first.coveredUntil) });
    expect(replyText(next.messages[0] ?? {})).toContain('Tesco');
    expect(replyText(next.messages[0] ?? {})).not.toContain('Alibaba Group (BABA');
  });

  it('reads real article text: the sample article\'s price, moves and oversold RSI, in euros as written', async () => {
    const registry = await readRegistry();
    const store = await clockedStore({ now: STORED_AT }, registry);
    opened.push(store);
    await ingestPaths(['data/articles'], { store, registry });
    const digest = await digestOf(store, { since: new Date('2026-01-14T00:00:00Z') });
    const text = replyText(digest.messages[0] ?? {});
    expect(text).toContain('1 new article');
    expect(text).toMatch(/Frankfurt · AHLA \(EUR\) \*\*€148\.20\*\* · Day change \*\*\+1\.65%\*\* · 7-day change \*\*\+17\.43%\*\* · 12-month change \*\*\+86\.65%\*\* · as of 14 Jan 2026 \[1\]/);
    expect(text).toContain('**29.4** — oversold');
    expect(text).not.toContain('155.74');
  });

  it('spreads a busy day over at most five messages within Discord\'s limits, naming every company it could not show', async () => {
    const { registry, items } = manyCompanies(120);
    const store = await clockedStore({ now: STORED_AT }, registry);
    opened.push(store);
    await store.ingestBatch(items);
    const digest = await digestOf(store);
    expect(digest.messages.length).toBe(MAX_DIGEST_MESSAGES);
    for (const message of digest.messages) {
      expect(replyProblems(message)).toEqual([]);
      expectSafeReply(message, items.map((i) => i.article.url ?? ''));
    }
    const embeds = digest.messages.flatMap((m) => m.embeds ?? []);
    const shown = embeds.filter((e) => e.title?.endsWith('· New in the articles')).length;
    const more = embeds.at(-1);
    expect(more?.title).toBe(`Daily digest: ${120 - shown} more companies`);
    expect(shown).toBeGreaterThan(20);
    expect(more?.description).toMatch(/…and \d+ more$/);
  });
});
