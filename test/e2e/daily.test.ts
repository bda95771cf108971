import { PermissionFlagsBits, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDiscordRulesKept, type BotSession } from './botSession.js';
import { dailyOptions, startDailySession, utcClock } from './dailySession.js';
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS } from './discordDouble/permissions.js';
import type { CapturedRequest } from './discordDouble/types.js';
import { openFactStore } from '../../src/facts/store.js';

const SEND_MESSAGES = PermissionFlagsBits.SendMessages.toString();
const ADMINISTRATOR = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.Administrator).toString();
const MODERATOR = '200000000000000777';

let session: BotSession;
const daily = (subcommand: string, values: Record<string, string | boolean> = {}, permissions = MODERATOR_PERMISSIONS, userId = MODERATOR) =>
  session.ask({ name: 'daily', options: dailyOptions(subcommand, values), permissions, userId }, 30_000);
const channelPosts = (): CapturedRequest[] =>
  session.double.captured.filter((request) => request.method === 'POST' && request.route === `/channels/${session.double.channelId}/messages`);

beforeAll(async () => {
  session = await startDailySession();
}, 120_000);
afterAll(async () => session?.close(), 30_000);

describe('/daily in the running bot, against the Discord double', () => {
  it('is registered for servers only, for members who may manage the server', () => {
    const command = session.double.registeredCommands(session.double.guildId).find((c) => c.name === 'daily');
    expect(command?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(command?.contexts).toEqual([0]);
    expect(command?.options?.map((o) => o.name)).toEqual(['setup', 'preview', 'post', 'off', 'status']);
  });

  it('refuses a member without Manage Server, privately, and saves nothing', async () => {
    const refused = await daily('setup', { channel: session.double.channelId, time: '08:30', timezone: 'Europe/Berlin' }, MEMBER_PERMISSIONS, '200000000000000555');
    expect(refused.ephemeral).toBe(true);
    expect(refused.text).toMatch(/Only moderators with the Manage Server permission can use \/daily/);
    expect((await daily('status')).text).toMatch(/No daily digest is set up/);
  });

  it('suggests IANA time zones as the moderator types, at most 25', async () => {
    const { callback } = await session.ask({ type: 4, name: 'daily', options: dailyOptions('setup', { timezone: 'berl' }), focused: 'timezone', permissions: MODERATOR_PERMISSIONS });
    const { choices } = (callback.body as { data: { choices: Array<{ value: string }> } }).data;
    expect(choices[0]?.value).toBe('Europe/Berlin');
    const all = (await session.ask({ type: 4, name: 'daily', options: dailyOptions('setup', { timezone: '' }), focused: 'timezone' })).callback;
    expect((all.body as { data: { choices: unknown[] } }).data.choices).toHaveLength(25);
  });

  it('refuses setup when the bot may not post in the channel, saying what is missing', async () => {
    session.double.updateChannel({ permission_overwrites: [{ id: session.double.applicationId, type: 1, allow: '0', deny: SEND_MESSAGES }] });
    try {
      const refused = await daily('setup', { channel: session.double.channelId, time: '08:30', timezone: 'Europe/Berlin' });
      expect(refused.ephemeral).toBe(true);
      expect(refused.text).toMatch(/can't post the digest in .*lacks Send Messages.*Nothing was saved/s);
    } finally {
      session.double.updateChannel({ permission_overwrites: [] });
    }
    expect((await daily('status')).text).toMatch(/No daily digest is set up/);
  });

  it('refuses an unknown ticker, a time that is not HH:MM and a zone that does not exist', async () => {
    const base = { channel: session.double.channelId, time: '08:30', timezone: 'Europe/Berlin' };
    expect((await daily('setup', { ...base, tickers: 'BABA, ZZZZQ' })).text).toMatch(/No company matches “ZZZZQ”/);
    expect((await daily('setup', { ...base, time: '8pm' })).text).toMatch(/not a time of day: write it as HH:MM/);
    expect((await daily('setup', { ...base, timezone: 'Mars/Olympus' })).text).toMatch(/not a time zone I know/);
  });

  it('sets up digests for a moderator: privately confirmed, with the next post as a Discord timestamp', async () => {
    const answer = await daily('setup', { channel: session.double.channelId, time: '08:30', timezone: 'europe/berlin', tickers: 'BABA' }, ADMINISTRATOR);
    expect(answer.ephemeral).toBe(true);
    expect(answer.message?.embeds[0]?.title).toBe('Daily digest set up');
    const fields = Object.fromEntries((answer.message?.embeds[0]?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({ Channel: `<#${session.double.channelId}>`, Time: '08:30 Europe/Berlin', Companies: expect.stringMatching(/^Alibaba/) });
    expect(fields['Next post']).toMatch(/^<t:\d+:F> \(<t:\d+:R>\)$/);
  });

  it('previews the digest only to the moderator: deferred privately, nothing posted', async () => {
    const before = channelPosts().length;
    const preview = await daily('preview');
    expect(preview.callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(preview.ephemeral).toBe(true);
    expect(preview.text).toMatch(/Preview, only you can see it/);
    expect(preview.text).toMatch(/Alibaba/);
    expect(channelPosts()).toHaveLength(before);
  });

  it('posts the digest in the channel: no pings, a nonce Discord enforces, within Discord\'s limits', async () => {
    const answer = await daily('post');
    expect(answer.ephemeral).toBe(true);
    const posts = channelPosts();
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      expect(post.status).toBe(200);
      expect(post.authorized).toBe(true);
      expect(post.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true, nonce: expect.any(String) });
      expect(((post.body as { nonce: string }).nonce).length).toBeLessThanOrEqual(25);
    }
    const posted = session.double.messages as APIMessage[];
    expect(JSON.stringify(posted)).toMatch(/Alibaba/);
    expect(answer.text).toContain(`<#${session.double.channelId}>`);
    const again = await daily('post');
    expect(again.text).toMatch(/Today's digest is already in/);
    expect(channelPosts()).toHaveLength(posts.length);
  });

  it('shows the settings, the last post and the next one in /daily status', async () => {
    const status = await daily('status');
    expect(status.ephemeral).toBe(true);
    const fields = Object.fromEntries((status.message?.embeds[0]?.fields ?? []).map((f) => [f.name, f.value]));
    expect(status.message?.embeds[0]?.title).toBe('Daily digest: on');
    expect(fields['Last post']).toMatch(/^<t:\d+:F> \(<t:\d+:R>\): the digest for .*, \d+ messages?$/);
    expect(fields['Next post']).toMatch(/^<t:\d+:F>/);
  });

  it('turns digests off, keeping the settings', async () => {
    expect((await daily('off')).text).toMatch(/are off\. The settings are kept/);
    expect((await daily('status')).message?.embeds[0]?.title).toBe('Daily digest: off');
  });

  it('acknowledged every interaction within 3 s and broke no limit or mention rule', () => {
    expectDiscordRulesKept(session.double, 10);
  });
});

describe('a scheduled digest', () => {
  let scheduled: BotSession;
  afterAll(async () => scheduled?.close(), 30_000);

  it('is posted once by the scheduler when the bot is up after its local time, set up the day before', async () => {
    scheduled = await startDailySession({ DAILY_CHECK_SECONDS: '5' });
    const { double } = scheduled;
    const setup = await scheduled.ask({
      name: 'daily', permissions: MODERATOR_PERMISSIONS, userId: MODERATOR,
      options: dailyOptions('setup', { channel: double.channelId, time: utcClock(new Date()), timezone: 'UTC' }),
    });
    expect(setup.text).toMatch(/^Daily digest set up/);
    expect(double.messages).toHaveLength(0);
    // Set up before today's time (yesterday): the scheduler owes today's digest and posts it at its next check.
    const store = await openFactStore({ url: scheduled.storeUrl });
    try {
      const settings = await store.dailySettings(double.guildId);
      await store.saveDailySettings({ ...settings!, updatedAt: new Date(Date.now() - 86_400_000).toISOString() });
    } finally {
      await store.close();
    }
    const post = await double.waitForRequest((request) => request.method === 'POST' && request.route === `/channels/${double.channelId}/messages`, 20_000);
    expect(post.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
    await scheduled.waitForLog(/"state":"posted"|[Pp]osted the daily digest/, 10_000);
    const count = double.messages.length;
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(double.messages).toHaveLength(count);
    const status = await scheduled.ask({ name: 'daily', permissions: MODERATOR_PERMISSIONS, userId: MODERATOR, options: dailyOptions('status') });
    expect(status.text).toMatch(/Last post\n\s+.*the digest for/);
    expect(double.violations).toEqual([]);
  }, 120_000);
});
