import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { FactStore } from '../../src/facts/store.js';
import { dailyStatus } from '../../src/jobs/dailyStatus.js';
import { startDailyScheduler } from '../../src/jobs/dailyScheduler.js';
import type { DailySettings } from '../../src/jobs/dailyTypes.js';
import { digestNonce, type DailyJob } from '../../src/jobs/postDailyDigest.js';
import { postDigestNow } from '../../src/jobs/postDigestNow.js';
import { runDailyDigests } from '../../src/jobs/runDailyDigests.js';
import { tempSqlite } from '../facts/storeFixtures.js';
import { dailySettings, fixedDigest, ManualClock, openProcess, recordingPoster } from './dailyFixtures.js';

describe('posting by hand and the status, on a SQLite file', () => {
  let target: ReturnType<typeof tempSqlite>;
  let clock: ManualClock;
  let poster: ReturnType<typeof recordingPoster>;
  let store: FactStore;
  let job: DailyJob;
  const settings = (overrides: Partial<DailySettings> = {}) => dailySettings('g', { updatedAt: '2026-01-15T00:00:00.000Z', ...overrides });

  beforeEach(async () => {
    target = tempSqlite();
    clock = new ManualClock(Date.parse('2026-01-15T06:00:00Z'));
    poster = recordingPoster(clock);
    const bot = await openProcess(target.url, clock);
    store = bot.store;
    job = { ctx: bot.ctx, services: { poster: poster.poster, claimant: 'a' }, buildDigest: fixedDigest({ parts: 2 }).build, now: clock.now };
  });
  afterEach(async () => {
    await store.close();
    target.cleanup();
  });

  it('says when nothing is set up', async () => {
    expect(await postDigestNow(job, 'g')).toEqual({ outcome: 'not-set-up' });
    expect(await dailyStatus(job.ctx, 'g', clock.now())).toEqual({ settings: undefined, lastPost: undefined, nextPostAt: null });
  });

  it('counts a post by hand as the day\'s digest: the schedule posts nothing more that day, and a second is refused', async () => {
    await store.saveDailySettings(settings());
    expect(await dailyStatus(job.ctx, 'g')).toMatchObject({ nextPostAt: new Date('2026-01-15T07:30:00Z') });
    const result = await postDigestNow(job, 'g');
    expect(result).toMatchObject({ outcome: 'posted', messageIds: ['msg1', 'msg2'], record: { state: 'posted', day: '2026-01-15' } });
    expect(poster.attempts.map((a) => a.nonce)).toEqual([digestNonce('g', '2026-01-15', 0), digestNonce('g', '2026-01-15', 1)]);
    expect(await postDigestNow(job, 'g')).toMatchObject({ outcome: 'already-posted' });
    await clock.advanceTo('2026-01-15T08:00:00Z');
    await runDailyDigests(job);
    expect(poster.messages).toHaveLength(2);
    expect(await dailyStatus(job.ctx, 'g')).toMatchObject({ lastPost: { state: 'posted' }, nextPostAt: new Date('2026-01-16T07:30:00Z') });
  });

  it('is busy while another process holds today\'s claim, and posts a skipped quiet day when asked', async () => {
    await store.saveDailySettings(settings());
    await store.claimDailyPost({ guildId: 'g', day: '2026-01-15', claimant: 'b', now: clock.now() });
    expect(await postDigestNow(job, 'g')).toMatchObject({ outcome: 'busy', record: { claimant: 'b' } });
    await store.settleDailyPost({ guildId: 'g', day: '2026-01-15', claimant: 'b', now: clock.now(), state: 'skipped', reason: 'quiet' });
    const quiet = { ...job, buildDigest: fixedDigest({ quiet: true }).build };
    expect(await postDigestNow(quiet, 'g')).toMatchObject({ outcome: 'posted', record: { state: 'posted' } });
    expect(poster.messages.map((m) => m.content)).toEqual(['Nothing new today.']);
  });

  it('shows no next post once turned off, and today\'s run while it is due', async () => {
    await store.saveDailySettings(settings({ enabled: false }));
    expect((await dailyStatus(job.ctx, 'g')).nextPostAt).toBeNull();
    await store.saveDailySettings(settings());
    await clock.advanceTo('2026-01-15T09:00:00Z');
    expect((await dailyStatus(job.ctx, 'g')).nextPostAt).toEqual(new Date('2026-01-15T07:30:00Z'));
  });
});

describe('startDailyScheduler', () => {
  it('checks every DAILY_CHECK_SECONDS by default, survives a failing store, and stops', async () => {
    const clock = new ManualClock(Date.parse('2026-01-15T06:00:00Z'));
    const target = tempSqlite();
    const bot = await openProcess(target.url, clock);
    const ctx = { ...bot.ctx, config: loadConfig({ DAILY_CHECK_SECONDS: '45' }) };
    let reads = 0;
    ctx.store = { ...bot.store, allDailySettings: async () => {
      reads++;
      if (reads === 2) throw new Error('disk on fire');
      return bot.store.allDailySettings();
    } };
    const scheduler = startDailyScheduler({ ctx, services: { poster: recordingPoster(clock).poster, claimant: 'a' }, buildDigest: fixedDigest().build, clock });
    await clock.advanceTo('2026-01-15T06:01:30Z');
    expect(reads).toBe(3);
    expect(bot.logs.text()).toContain('disk on fire');
    await scheduler.stop();
    await clock.advanceTo('2026-01-15T07:00:00Z');
    expect(reads).toBe(3);
    await bot.store.close();
    target.cleanup();
  });
});
