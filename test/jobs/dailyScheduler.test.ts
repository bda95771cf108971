import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDailyScheduler, type DailyScheduler } from '../../src/jobs/dailyScheduler.js';
import { digestNonce } from '../../src/jobs/postDailyDigest.js';
import { tempSqlite } from '../facts/storeFixtures.js';
import type { DailySettings } from '../../src/jobs/dailyTypes.js';
import { dailySettings, fixedDigest, ManualClock, openProcess, recordingPoster } from './dailyFixtures.js';

/** Checks every ten minutes (longer than the claim lease): days pass quickly and the local times fall on a check. */
const INTERVAL_MS = 10 * 60_000;

describe('the daily scheduler on a SQLite file, with a fake clock', () => {
  let target: ReturnType<typeof tempSqlite>;
  let clock: ManualClock;
  let poster: ReturnType<typeof recordingPoster>;
  const running: Array<{ scheduler: DailyScheduler; close: () => Promise<void> }> = [];

  beforeEach(() => {
    target = tempSqlite();
    clock = new ManualClock(Date.parse('2026-01-15T00:00:00Z'));
    poster = recordingPoster(clock);
  });
  afterEach(async () => {
    for (const { scheduler, close } of running.splice(0)) {
      await scheduler.stop();
      await close();
    }
    target.cleanup();
  });

  /** Starts one bot process: a store of its own on the shared file and a scheduler. */
  async function start(claimant: string, digest = fixedDigest()) {
    const bot = await openProcess(target.url, clock);
    const scheduler = startDailyScheduler({ ctx: bot.ctx, services: { poster: poster.poster, claimant }, buildDigest: digest.build, clock, intervalMs: INTERVAL_MS });
    const entry = { scheduler, close: () => bot.store.close() };
    running.push(entry);
    const stop = async () => {
      running.splice(running.indexOf(entry), 1);
      await scheduler.stop();
      await bot.store.close();
    };
    return { ...bot, scheduler, stop, digest };
  }
  /** Starts the clock at `iso` (before any process starts). */
  const startAt = (iso: string) => {
    clock = new ManualClock(Date.parse(iso));
    poster = recordingPoster(clock);
  };
  /** Saves a guild's settings as a moderator would now. */
  const setUp = (bot: { store: { saveDailySettings(s: DailySettings): Promise<void> } }, guildId: string, overrides: Partial<DailySettings> = {}) =>
    bot.store.saveDailySettings(dailySettings(guildId, { updatedAt: clock.now().toISOString(), ...overrides }));
  const postsIn = (channelId: string) => poster.messages.filter((m) => m.channelId === channelId).map((m) => m.at);

  it('posts at the local time in two time zones, once each day', async () => {
    const bot = await start('a');
    await setUp(bot, 'berlin');
    await setUp(bot, 'ny', { timeZone: 'America/New_York' });
    await clock.advanceTo('2026-01-17T00:00:00Z');
    expect(postsIn('channel-berlin')).toEqual(['2026-01-15T07:30:00.000Z', '2026-01-16T07:30:00.000Z']);
    expect(postsIn('channel-ny')).toEqual(['2026-01-15T13:30:00.000Z', '2026-01-16T13:30:00.000Z']);
    expect(await bot.store.lastDailyPost('ny')).toMatchObject({ day: '2026-01-16', state: 'posted', messageIds: ['msg4'] });
  });

  it('keeps the hour local across the spring change in Berlin, a time in its gap running when the clock jumps', async () => {
    startAt('2026-03-27T12:00:00Z');
    const bot = await start('a');
    await setUp(bot, 'berlin');
    await setUp(bot, 'gap', { time: '02:30' });
    await clock.advanceTo('2026-03-31T00:00:00Z');
    expect(postsIn('channel-berlin')).toEqual(['2026-03-28T07:30:00.000Z', '2026-03-29T06:30:00.000Z', '2026-03-30T06:30:00.000Z']);
    expect(postsIn('channel-gap')).toEqual(['2026-03-28T01:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z']);
  });

  it('keeps the hour local across the autumn change in New York, a repeated time posting once', async () => {
    startAt('2026-10-30T18:00:00Z');
    const bot = await start('a');
    await setUp(bot, 'ny', { timeZone: 'America/New_York' });
    await setUp(bot, 'repeat', { timeZone: 'America/New_York', time: '01:30' });
    await clock.advanceTo('2026-11-03T00:00:00Z');
    expect(postsIn('channel-ny')).toEqual(['2026-10-31T12:30:00.000Z', '2026-11-01T13:30:00.000Z', '2026-11-02T13:30:00.000Z']);
    expect(postsIn('channel-repeat')).toEqual(['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });

  it('posts nothing twice after a restart between runs, and posts the next day', async () => {
    const first = await start('a');
    await setUp(first, 'g');
    await clock.advanceTo('2026-01-15T09:00:00Z');
    await first.stop();
    const second = await start('b');
    await clock.advanceTo('2026-01-15T23:00:00Z');
    expect(postsIn('channel-g')).toEqual(['2026-01-15T07:30:00.000Z']);
    await clock.advanceTo('2026-01-16T08:00:00Z');
    expect(postsIn('channel-g')).toEqual(['2026-01-15T07:30:00.000Z', '2026-01-16T07:30:00.000Z']);
    expect(second.digest.requests.map((r) => r.since.toISOString())).toEqual(['2026-01-15T07:30:00.000Z']);
  });

  it('re-posts with the same nonces after a crash just after posting, so the channel shows each message once', async () => {
    const dying = await start('a', fixedDigest({ parts: 2 }));
    await setUp(dying, 'g');
    await clock.advanceTo('2026-01-15T07:00:00Z');
    poster.state.fail = 'after';
    await clock.advanceTo('2026-01-15T07:30:00Z');
    await dying.stop();
    poster.state.fail = null;
    expect(poster.messages).toHaveLength(1);
    const survivor = await start('b', fixedDigest({ parts: 2 }));
    await clock.advanceTo('2026-01-15T07:32:00Z');
    expect(poster.messages).toHaveLength(1);
    await clock.advanceTo('2026-01-15T09:00:00Z');
    const nonces = [digestNonce('g', '2026-01-15', 0), digestNonce('g', '2026-01-15', 1)];
    expect(poster.attempts.map((a) => a.nonce)).toEqual([nonces[0], nonces[0], nonces[1]]);
    expect(poster.messages.map((m) => m.nonce)).toEqual(nonces);
    expect(await survivor.store.lastDailyPost('g')).toMatchObject({ state: 'posted', claimant: 'b', messageIds: ['msg1', 'msg2'] });
    expect(survivor.logs.text()).toContain('Taking over an abandoned daily digest claim');
  });

  it('posts nothing again when the crash came after the post was recorded', async () => {
    const first = await start('a');
    await setUp(first, 'g');
    await clock.advanceTo('2026-01-15T07:30:00Z');
    await first.stop();
    await start('b');
    await clock.advanceTo('2026-01-15T23:00:00Z');
    expect(poster.attempts).toHaveLength(1);
  });

  it('posts once when two bot processes share the store file', async () => {
    const a = await start('a', fixedDigest({ parts: 3 }));
    await start('b', fixedDigest({ parts: 3 }));
    await setUp(a, 'g');
    await setUp(a, 'h', { timeZone: 'Asia/Tokyo' });
    await clock.advanceTo('2026-01-17T00:00:00Z');
    expect(poster.attempts).toHaveLength(12);
    expect(new Set(poster.attempts.map((x) => x.nonce)).size).toBe(12);
    expect(postsIn('channel-g')).toHaveLength(6);
  });

  it('posts a run missed while the bot was down when it comes back the same day', async () => {
    const first = await start('a');
    await setUp(first, 'g');
    await first.stop();
    await clock.advanceTo('2026-01-15T14:02:00Z');
    await start('b');
    await clock.advanceTo('2026-01-15T14:03:00Z');
    expect(postsIn('channel-g')).toEqual(['2026-01-15T14:02:00.000Z']);
  });

  it('skips a run missed on an earlier day with a log line, and covers it in the next digest', async () => {
    const first = await start('a');
    await setUp(first, 'g');
    await clock.advanceTo('2026-01-15T08:00:00Z');
    await first.stop();
    await clock.advanceTo('2026-01-17T05:00:00Z');
    const second = await start('b');
    await clock.advanceTo('2026-01-17T05:01:00Z');
    expect(await second.store.lastDailyPost('g')).toMatchObject({ day: '2026-01-16', state: 'skipped', coveredUntil: '2026-01-15T07:30:00.000Z' });
    expect(second.logs.lines()).toContainEqual(expect.objectContaining({ level: 40, guildId: 'g', day: '2026-01-16', msg: expect.stringMatching(/Skipped a daily digest: missed/) }));
    await clock.advanceTo('2026-01-17T08:00:00Z');
    expect(postsIn('channel-g')).toEqual(['2026-01-15T07:30:00.000Z', '2026-01-17T07:30:00.000Z']);
    expect(second.digest.requests[0]?.since.toISOString()).toBe('2026-01-15T07:30:00.000Z');
  });

  it('survives a Discord outage: logs it, keeps the data, and posts the day once Discord is back', async () => {
    const bot = await start('a', fixedDigest({ parts: 2 }));
    await setUp(bot, 'g');
    poster.state.fail = 'before';
    await clock.advanceTo('2026-01-15T08:00:00Z');
    expect(poster.messages).toHaveLength(0);
    expect(bot.logs.lines().filter((l) => l['msg'] === 'The daily digest failed; a later check retries it').length).toBeGreaterThan(1);
    poster.state.fail = null;
    await clock.advanceTo('2026-01-15T09:00:00Z');
    expect(poster.messages.map((m) => m.at)).toEqual(['2026-01-15T08:10:00.000Z', '2026-01-15T08:10:00.000Z']);
    expect(await bot.store.dailySettings('g')).toMatchObject({ guildId: 'g', enabled: true });
    expect(await bot.store.lastDailyPost('g')).toMatchObject({ state: 'posted', day: '2026-01-15' });
  });

  it('skips the day, saying why, when the bot may no longer post in the channel, and posts again once it may', async () => {
    const bot = await start('a');
    await setUp(bot, 'g');
    poster.state.denied = 'I am missing Send Messages there.';
    await clock.advanceTo('2026-01-15T12:00:00Z');
    expect(poster.attempts).toHaveLength(0);
    expect(await bot.store.lastDailyPost('g')).toMatchObject({ day: '2026-01-15', state: 'skipped', reason: 'cannot post in the channel: I am missing Send Messages there.' });
    expect(bot.logs.lines().filter((l) => l['msg'] === 'Skipped a daily digest: the bot may not post in its channel')).toHaveLength(1);
    poster.state.denied = null;
    await clock.advanceTo('2026-01-16T08:00:00Z');
    expect(postsIn('channel-g')).toEqual(['2026-01-16T07:30:00.000Z']);
  });

  it('skips a quiet day unless the settings ask for it, and stops when turned off', async () => {
    const bot = await start('a', fixedDigest({ quiet: true }));
    await setUp(bot, 'g');
    await setUp(bot, 'loud', { postWhenQuiet: true });
    await clock.advanceTo('2026-01-15T12:00:00Z');
    expect(await bot.store.lastDailyPost('g')).toMatchObject({ state: 'skipped', reason: expect.stringMatching(/quiet/) });
    expect(poster.messages.map((m) => [m.channelId, m.content])).toEqual([['channel-loud', 'Nothing new today.']]);
    await setUp(bot, 'loud', { postWhenQuiet: true, enabled: false });
    await clock.advanceTo('2026-01-17T12:00:00Z');
    expect(poster.messages).toHaveLength(1);
  });

  it('starts the day after when set up once today\'s time has passed', async () => {
    const bot = await start('a');
    await clock.advanceTo('2026-01-15T10:00:00Z');
    await setUp(bot, 'g', { updatedAt: clock.now().toISOString() });
    await clock.advanceTo('2026-01-16T08:00:00Z');
    expect(postsIn('channel-g')).toEqual(['2026-01-16T07:30:00.000Z']);
    expect(bot.logs.text()).not.toContain('Skipped');
  });
});
