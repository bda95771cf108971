import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { makeItem, STORE_BACKENDS } from './storeFixtures.js';

describe.each(STORE_BACKENDS)('the derived-value cache on %s', (_name, makeUrl) => {
  let store: FactStore;
  let cleanup: () => void;
  let now: Date;

  beforeEach(async () => {
    const target = makeUrl();
    cleanup = target.cleanup;
    now = new Date('2026-02-01T00:00:00Z');
    store = await openFactStore({ url: target.url, now: () => now });
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  it('returns what was stored under a key, and nothing for another key', async () => {
    await store.cacheSet('summary:a', { text: 'hello' }, 60_000);
    expect(await store.cacheGet('summary:a')).toEqual({ text: 'hello' });
    expect(await store.cacheGet('summary:b')).toBeUndefined();
  });

  it('forgets a value once it has expired', async () => {
    await store.cacheSet('summary:a', 'x', 60_000);
    now = new Date(now.getTime() + 60_001);
    expect(await store.cacheGet('summary:a')).toBeUndefined();
  });

  it('leaves the facts, the revision and the consistency check untouched', async () => {
    const item = makeItem('one', { published: '2026-01-02T08:00:00', facts: [{ value: 90, asOf: '2026-01-02' }] });
    await store.ingestArticle(item.article, item.extraction);
    await store.cacheSet('summary:a', 'x', 60_000);
    expect(await store.refresh()).toBe(false);
    expect(await store.check()).toEqual([]);
    expect((await store.latest('alibaba-group', 'price')).current.map((f) => f.value)).toEqual([90]);
  });
});
