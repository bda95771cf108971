import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import type { DailySettings } from '../../src/jobs/dailyTypes.js';
import { makeItem, STORE_BACKENDS, tempSqlite } from './storeFixtures.js';

const settings = (guildId: string, overrides: Partial<DailySettings> = {}): DailySettings => ({
  guildId,
  channelId: `c${guildId}`,
  time: '08:30',
  timeZone: 'Europe/Berlin',
  companyIds: [],
  postWhenQuiet: false,
  enabled: true,
  updatedBy: 'mod',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});
const t0 = new Date('2026-01-15T07:30:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const claimOf = (claimant: string, now = t0, day = '2026-01-15') => ({ guildId: 'g1', day, claimant, now });

describe.each(STORE_BACKENDS)('the daily book on %s', (_name, makeUrl) => {
  let store: FactStore;
  let cleanup: () => void;

  beforeEach(async () => {
    const target = makeUrl();
    cleanup = target.cleanup;
    store = await openFactStore({ url: target.url });
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  it('keeps settings per guild and lists them all', async () => {
    await store.saveDailySettings(settings('g1'));
    await store.saveDailySettings(settings('g2', { time: '17:00' }));
    await store.saveDailySettings(settings('g1', { enabled: false }));
    expect(await store.dailySettings('g1')).toEqual(settings('g1', { enabled: false }));
    expect(await store.dailySettings('g3')).toBeUndefined();
    const all = await store.allDailySettings();
    expect(all.settings.map((s) => [s.guildId, s.time, s.enabled])).toEqual([['g1', '08:30', false], ['g2', '17:00', true]]);
    expect(all.problems).toEqual([]);
  });

  it('refuses to save settings with a bad time or zone', async () => {
    await expect(store.saveDailySettings(settings('g1', { time: '8:30' }))).rejects.toThrow();
    await expect(store.saveDailySettings(settings('g1', { timeZone: 'Mars/Olympus' }))).rejects.toThrow();
    expect(await store.dailySettings('g1')).toBeUndefined();
  });

  it('claims a day once, refuses a second claimant while the claim lives, and lets it take over after the lease', async () => {
    const first = await store.claimDailyPost(claimOf('a'));
    expect(first).toMatchObject({ claimed: true, record: { state: 'claimed', claimant: 'a', day: '2026-01-15' } });
    expect(await store.claimDailyPost(claimOf('b', later(60_000)))).toMatchObject({ claimed: false, record: { claimant: 'a' } });
    expect(await store.claimDailyPost(claimOf('a', later(60_000)))).toMatchObject({ claimed: false });
    const takeover = await store.claimDailyPost({ ...claimOf('b', later(5 * 60_000)), leaseMs: 4 * 60_000 });
    expect(takeover).toMatchObject({ claimed: true, record: { claimant: 'b' }, previous: { claimant: 'a' } });
  });

  it('keeps the messages already posted and where the last digest ended through a takeover', async () => {
    await store.claimDailyPost(claimOf('a', later(-86_400_000), '2026-01-14'));
    await store.settleDailyPost({ ...claimOf('a', later(-86_400_000), '2026-01-14'), state: 'posted', messageIds: ['m0'], coveredUntil: '2026-01-14T07:00:00.000Z' });
    await store.claimDailyPost(claimOf('a'));
    expect(await store.progressDailyPost({ ...claimOf('a'), messageIds: ['m1'] })).toBe(true);
    const takeover = await store.claimDailyPost(claimOf('b', later(10 * 60_000)));
    expect(takeover.record).toMatchObject({ claimant: 'b', messageIds: ['m1'], coveredUntil: '2026-01-14T07:00:00.000Z' });
    expect(await store.progressDailyPost({ ...claimOf('a', later(10 * 60_000)), messageIds: ['m1', 'm2'] })).toBe(false);
  });

  it('lets nobody claim a posted or skipped day, but a moderator may post a skipped one', async () => {
    await store.claimDailyPost(claimOf('a'));
    expect(await store.settleDailyPost({ ...claimOf('a'), state: 'skipped', reason: 'quiet', coveredUntil: t0.toISOString() })).toBe(true);
    expect(await store.claimDailyPost(claimOf('b', later(86_000_000)))).toMatchObject({ claimed: false, record: { state: 'skipped' } });
    expect(await store.claimDailyPost({ ...claimOf('b'), overSkipped: true })).toMatchObject({ claimed: true });
    await store.settleDailyPost({ ...claimOf('b'), state: 'posted', messageIds: ['m'], coveredUntil: t0.toISOString() });
    expect(await store.claimDailyPost({ ...claimOf('c', later(86_000_000)), overSkipped: true })).toMatchObject({ claimed: false });
    expect(await store.settleDailyPost({ ...claimOf('c'), state: 'posted', messageIds: ['x'], coveredUntil: t0.toISOString() })).toBe(false);
    expect(await store.lastDailyPost('g1')).toMatchObject({ state: 'posted', messageIds: ['m'], claimant: 'b' });
  });

  it('skips a day nobody finished, carrying where the last digest ended, but not one a live claim holds', async () => {
    await store.claimDailyPost(claimOf('a'));
    expect(await store.skipDailyPost({ ...claimOf('b', later(60_000)), reason: 'missed' })).toBe(false);
    expect(await store.skipDailyPost({ ...claimOf('b', later(10 * 60_000)), reason: 'unfinished' })).toBe(true);
    expect(await store.lastDailyPost('g1')).toMatchObject({ state: 'skipped', reason: 'unfinished', day: '2026-01-15' });
    expect(await store.claimDailyPost(claimOf('c', later(86_400_000), '2026-01-16'))).toMatchObject({ claimed: true });
  });

  it('never bumps the fact revision, and survives ingest and prune with the check still sound', async () => {
    const item = makeItem('one', { facts: [{ value: 90, asOf: '2026-01-02' }] });
    await store.ingestArticle(item.article, item.extraction);
    await store.refresh();
    await store.saveDailySettings(settings('g1'));
    await store.claimDailyPost(claimOf('a'));
    expect(await store.refresh()).toBe(false);
    await store.prune([]);
    await store.ingestArticle(makeItem('two').article, makeItem('two').extraction);
    expect(await store.dailySettings('g1')).toEqual(settings('g1'));
    expect(await store.lastDailyPost('g1')).toMatchObject({ state: 'claimed' });
    expect(await store.check()).toEqual([]);
  });
});

describe('daily rows on a SQLite file', () => {
  it('survive reopening the store', async () => {
    const target = tempSqlite();
    try {
      const first = await openFactStore({ url: target.url });
      await first.saveDailySettings(settings('g1'));
      await first.claimDailyPost(claimOf('a'));
      await first.close();
      const second = await openFactStore({ url: target.url });
      expect(await second.dailySettings('g1')).toEqual(settings('g1'));
      expect(await second.lastDailyPost('g1')).toMatchObject({ state: 'claimed', claimant: 'a' });
      await second.close();
    } finally {
      target.cleanup();
    }
  });

  it('give one claim among two stores racing on the same file', async () => {
    const target = tempSqlite();
    const stores = await Promise.all([openFactStore({ url: target.url }), openFactStore({ url: target.url })]);
    try {
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => stores[i % 2]!.claimDailyPost(claimOf(`p${i}`))),
      );
      expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      target.cleanup();
    }
  });

  it('are reported by the check when they do not read back valid, and skipped by the listing', async () => {
    const target = tempSqlite();
    const store = await openFactStore({ url: target.url });
    try {
      await store.saveDailySettings(settings('g1'));
      await store.saveDailySettings(settings('g2'));
      await store.cacheSet('x', 1, 1000);
      const KeyvSqlite = (await import('@keyv/sqlite')).default;
      const raw = new KeyvSqlite({ uri: target.url });
      await raw.query(`UPDATE keyv SET value = ? WHERE key = 'stockfacts:daily:g2'`, JSON.stringify({ value: { ...settings('g2'), time: 'noon' } }));
      await raw.disconnect();
      const all = await store.allDailySettings();
      expect(all.settings.map((s) => s.guildId)).toEqual(['g1']);
      expect(all.problems).toEqual([expect.stringMatching(/guild g2.*time/)]);
      expect(await store.check()).toEqual([expect.stringMatching(/guild g2.*time/)]);
      await expect(store.dailySettings('g2')).rejects.toThrow(/g2/);
    } finally {
      await store.close();
      target.cleanup();
    }
  });
});
