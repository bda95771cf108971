import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { alibaba, makeItem, STORE_BACKENDS, tempSqlite, tesco } from './storeFixtures.js';

describe.each(STORE_BACKENDS)('FactStore on %s', (_name, makeUrl) => {
  let store: FactStore;
  let cleanup: () => void;

  beforeEach(async () => {
    const target = makeUrl();
    cleanup = target.cleanup;
    store = await openFactStore({ url: target.url, registry: [tesco], now: () => new Date('2026-02-01T00:00:00Z') });
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  it('answers the newest price with the older one as history', async () => {
    const older = makeItem('old', { published: '2026-01-02T08:00:00', facts: [{ value: 90, asOf: '2026-01-02' }] });
    await store.ingestArticle(older.article, older.extraction);
    const newer = makeItem('new', { published: '2026-01-05T08:00:00', facts: [{ value: 95, asOf: '2026-01-05' }] });
    expect(await store.ingestArticle(newer.article, newer.extraction)).toBe('new');
    const latest = await store.latest('alibaba-group', 'price');
    expect(latest.current.map((f) => f.value)).toEqual([95]);
    expect(latest.history.map((f) => f.value)).toEqual([90]);
    expect((await store.articles('alibaba-group')).map((a) => a.id)).toEqual(['new', 'old']);
  });

  it('gives each article\'s own facts in the order asked, none for an unknown id', async () => {
    const a = makeItem('a', { companies: [alibaba], facts: [{ value: 90 }] });
    const t = makeItem('t', { companies: [tesco], facts: [{ companyId: 'tesco', currency: 'GBX', value: 450 }] });
    await store.ingestBatch([a, t]);
    const [ofT, missing, ofA] = await store.articleFacts(['t', 'nope', 'a']);
    expect(ofT).toEqual(t.extraction.facts);
    expect(missing).toEqual([]);
    expect(ofA).toEqual(a.extraction.facts);
  });

  it('skips an unchanged article and replaces the facts of a changed file', async () => {
    const first = makeItem('v1', { file: 'a.txt', facts: [{ value: 90 }] });
    expect(await store.ingestBatch([first])).toEqual(['new']);
    expect(await store.ingestBatch([first])).toEqual(['unchanged']);
    const edited = makeItem('v2', { file: 'a.txt', facts: [{ value: 91, asOf: '2025-12-01' }] });
    expect(await store.ingestBatch([edited])).toEqual(['updated']);
    const facts = await store.facts('alibaba-group');
    expect(facts.price).toEqual({ current: [edited.extraction.facts[0]], history: [] });
    expect((await store.articles()).map((a) => a.id)).toEqual(['v2']);
  });

  it('prunes articles whose files are gone, with their facts and companies', async () => {
    await store.ingestBatch([makeItem('a', { companies: [alibaba] }), makeItem('t', { companies: [tesco], facts: [{ companyId: 'tesco', currency: 'GBX' }] })]);
    expect(await store.prune(['/articles/t.txt'], ['/articles'])).toEqual(['/articles/a.txt']);
    expect(await store.facts('alibaba-group')).toEqual({});
    expect(await store.articles('alibaba-group')).toEqual([]);
    expect((await store.latest('tesco', 'price')).current).toHaveLength(1);
    expect(store.resolve('BABA').match).toBe('none');
    expect(await store.prune([], ['/elsewhere'])).toEqual([]);
  });

  it('stores the same text under two file names once, until both files are gone', async () => {
    expect(await store.ingestBatch([makeItem('same', { file: 'one.txt' }), makeItem('same', { file: 'two.txt' })])).toEqual(['new', 'duplicate']);
    expect((await store.health()).articles).toBe(1);
    await store.prune(['/articles/two.txt']);
    expect((await store.latest('alibaba-group', 'price')).current).toHaveLength(1);
    await store.prune([]);
    expect((await store.latest('alibaba-group', 'price')).current).toHaveLength(0);
  });

  it('refuses an article with an invalid fact whole, storing nothing of it', async () => {
    const bad = makeItem('bad', { facts: [{ value: 1 }, { value: 2, currency: null }] });
    await expect(store.ingestBatch([makeItem('good'), bad])).rejects.toThrow(/fact 2 \(price\) is invalid.*currency/);
    expect((await store.health()).articles).toBe(0);
    const stranger = makeItem('x', { facts: [{ companyId: 'nobody' }] });
    await expect(store.ingestBatch([stranger])).rejects.toThrow(/unlisted company nobody/);
  });

  it('resolves registry companies before any article and adds companies articles introduce', async () => {
    expect(store.resolve('TSCO.L').companies).toEqual([tesco]);
    expect(store.resolve('alibaba').match).toBe('none');
    await store.ingestBatch([makeItem('a')]);
    expect(store.resolve('alibaba')).toEqual({ match: 'exact', companies: [alibaba] });
    expect(store.resolve('9988.HK').companies).toEqual([alibaba]);
    expect(store.suggest('al').map((c) => c.id)).toEqual(['alibaba-group']);
  });

  it('groups analyst views: targets per firm, average, consensus', async () => {
    await store.ingestBatch([
      makeItem('a', {
        facts: [
          { kind: 'price_target', firm: 'Citi', value: 200 },
          { kind: 'price_target', firm: 'UBS', value: 180, asOf: '2025-12-01' },
          { kind: 'price_target_avg', value: 190 },
          { kind: 'consensus_rating', value: 'Buy', currency: null },
        ],
      }),
    ]);
    const view = await store.targets('alibaba-group');
    expect(view.priceTargets.current.map((f) => [f.firm, f.value, f.asOf])).toEqual([
      ['Citi', 200, '2026-01-10'],
      ['UBS', 180, '2025-12-01'],
    ]);
    expect(view.averageTarget.current.map((f) => f.value)).toEqual([190]);
    expect(view.consensus.current.map((f) => f.value)).toEqual(['Buy']);
  });

  it('reports its contents and the last run in health', async () => {
    await store.ingestBatch([makeItem('a', { published: '2026-01-03T00:00:00' }), makeItem('b', { published: null })]);
    await store.recordRun([{ file: '/articles/bad.txt', error: 'empty file' }]);
    expect(await store.health()).toMatchObject({
      articles: 2,
      companies: 1,
      knownCompanies: 2,
      newestArticle: { id: 'a' },
      lastIngest: '2026-02-01T00:00:00.000Z',
      failed: [{ file: '/articles/bad.txt', error: 'empty file' }],
    });
  });
});

describe('FactStore URLs', () => {
  it('asks for the adapter package when a redis URL is used without it', async () => {
    await expect(openFactStore({ url: 'redis://user:secret@127.0.0.1:6379' })).rejects.toThrow(
      'The store URL redis://user:***@127.0.0.1:6379 needs the @keyv/redis package: npm install @keyv/redis',
    );
  });

  it('rejects a URL no keyv adapter serves', async () => {
    await expect(openFactStore({ url: 'ftp://example' })).rejects.toThrow(/Unsupported store URL ftp:\/\/example/);
  });
});

describe('FactStore as a cache of the articles', () => {
  const items = [
    makeItem('a', { published: '2026-01-01T10:00:00', facts: [{ value: 90, asOf: '2026-01-01' }, { kind: 'price_target', firm: 'Citi', value: 150 }] }),
    makeItem('b', { published: '2026-01-04T10:00:00', facts: [{ value: 93, asOf: '2026-01-04' }, { value: 700, currency: 'HKD', asOf: '2026-01-04' }] }),
    makeItem('c', { published: null, companies: [alibaba, tesco], facts: [{ value: 1, asOf: null }, { companyId: 'tesco', currency: 'GBX', value: 300 }] }),
    makeItem('d', { published: '2026-01-04T10:00:00', facts: [{ value: 94, asOf: '2026-01-04' }] }),
    makeItem('e', { file: 'e.txt', published: '2025-12-01T00:00:00', facts: [{ value: 80, asOf: '2025-12-01' }] }),
  ];
  const edited = makeItem('e2', { file: 'e.txt', published: '2025-12-02T00:00:00', facts: [{ value: 81, asOf: '2025-12-02' }] });

  async function answers(store: FactStore): Promise<unknown> {
    const companies = ['alibaba-group', 'tesco'];
    return {
      facts: await Promise.all(companies.map((id) => store.facts(id))),
      articles: await Promise.all([...companies.map((id) => store.articles(id, 50)), store.articles(undefined, 50)]),
      resolved: ['BABA', 'tesco', 'alibaba'].map((q) => store.resolve(q)),
      health: await store.health(),
    };
  }

  it('gives the same answers after deleting the store and ingesting again in another order', async () => {
    const now = () => new Date('2026-02-01T00:00:00Z');
    const first = tempSqlite();
    const store = await openFactStore({ url: first.url, now });
    for (const item of items) await store.ingestBatch([item]);
    await store.ingestBatch([edited]);
    await store.prune(['a', 'b', 'd', 'e'].map((id) => `/articles/${id}.txt`));
    expect(await store.check()).toEqual([]);
    const before = await answers(store);
    await store.close();
    first.cleanup();

    const second = tempSqlite();
    const rebuilt = await openFactStore({ url: second.url, now });
    await rebuilt.ingestBatch([items[3], edited, items[1], items[0]].flatMap((item) => (item ? [item] : [])));
    expect(await answers(rebuilt)).toEqual(before);
    await rebuilt.close();
    second.cleanup();
  });

  it("lets a second process see the first one's writes after refresh", async () => {
    const target = tempSqlite();
    const writer = await openFactStore({ url: target.url });
    const reader = await openFactStore({ url: target.url });
    expect(reader.resolve('BABA').match).toBe('none');
    await writer.ingestBatch([makeItem('a')]);
    expect(await reader.refresh()).toBe(true);
    expect(reader.resolve('BABA').match).toBe('exact');
    expect((await reader.latest('alibaba-group', 'price')).current).toHaveLength(1);
    expect(await reader.refresh()).toBe(false);
    await writer.ingestBatch([makeItem('t', { companies: [tesco], facts: [] })]);
    await reader.ingestBatch([makeItem('b', { facts: [{ value: 7, asOf: '2026-01-11' }] })]);
    expect(await reader.check()).toEqual([]);
    expect((await writer.health()).articles).toBe(3);
    await Promise.all([writer.close(), reader.close()]);
    target.cleanup();
  });
});

describe('FactStore.restampFiles', () => {
  it('updates the stamp of a file that still holds the same article, and no other', async () => {
    const target = tempSqlite();
    const store = await openFactStore({ url: target.url });
    const item = makeItem('a');
    await store.ingestBatch([{ ...item, stamp: { size: 10, mtimeMs: 1 } }]);
    const stamp = { size: 10, mtimeMs: 2 };
    expect(await store.restampFiles([{ file: item.article.file, articleId: 'a', stamp }, { file: item.article.file, articleId: 'zz', stamp: { size: 1, mtimeMs: 9 } }])).toBe(1);
    expect(await store.fileRecords([item.article.file, '/articles/none.txt'])).toEqual([{ articleId: 'a', ...stamp }, undefined]);
    await store.close();
    target.cleanup();
  });
});
