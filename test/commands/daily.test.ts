import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daily } from '../../commands/daily.js';
import { SUBCOMMAND, UserError, type BotContext, type CommandOptions, type Invoker, type Reply } from '../../src/discord/command.js';
import { replyProblems } from '../../src/discord/limits.js';
import type { FactStore } from '../../src/facts/store.js';
import type { ChannelCheck, ChannelPoster } from '../../src/jobs/dailyTypes.js';
import { makeContext, sampleStore } from './context.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const CHANNEL = '300000000000000003';
const MODERATOR = (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages).toString();
const MEMBER = PermissionFlagsBits.SendMessages.toString();
let store: FactStore;
let nextGuild = 1;

beforeAll(async () => (store = await sampleStore()));
afterAll(async () => store?.close());

/** A poster that records what it was given, for a context without Discord. */
function recordingPoster(check: ChannelCheck = { ok: true }) {
  const posts: Array<{ channelId: string; message: Reply; nonce: string }> = [];
  const poster: ChannelPoster = {
    checkChannel: async () => check,
    post: async (channelId, message, nonce) => String(posts.push({ channelId, message, nonce })),
  };
  return { posts, poster };
}

/** A moderator in a fresh server, with the bot connected (or not, `discord: false`: the console). */
function setUp(check?: ChannelCheck, discord = true) {
  const recorder = recordingPoster(check);
  const ctx: BotContext = { ...makeContext(store, NOW), ...(discord ? { daily: { poster: recorder.poster, claimant: 'test-process' } } : {}) };
  const invoker: Invoker = { userId: '100000000000000001', guildId: String(900_000_000_000_000_000n + BigInt(nextGuild++)), channelId: CHANNEL, permissions: MODERATOR };
  const ask = (subcommand: string, options: CommandOptions = {}, who: Partial<Invoker> = {}) =>
    daily.execute({ [SUBCOMMAND]: subcommand, ...options }, ctx, { ...invoker, ...who });
  return { ...recorder, ctx, invoker, ask };
}

const SETUP = { channel: CHANNEL, time: '8:30', timezone: 'europe/berlin' };
const fields = (reply: Reply) => Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
const refusal = async (answer: Promise<Reply>): Promise<string> => {
  const error = await answer.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
};

describe('/daily', () => {
  it('is registered for servers only, for members with Manage Server, and answers privately', () => {
    expect(daily.data.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(daily.data.contexts).toEqual([0]);
    expect(daily.ephemeral).toBe(true);
    const slow = daily.slow as (options: CommandOptions) => boolean;
    expect(['setup', 'preview', 'post', 'off', 'status'].filter((name) => slow({ [SUBCOMMAND]: name }))).toEqual(['preview', 'post']);
  });

  it('refuses a member without Manage Server, and a DM, whatever the subcommand', async () => {
    const { ask, invoker } = setUp();
    expect(await refusal(ask('status', {}, { permissions: MEMBER }))).toBe('Only moderators with the Manage Server permission can use /daily.');
    expect(await refusal(ask('setup', SETUP, { permissions: undefined }))).toMatch(/Only moderators/);
    expect(await refusal(ask('status', {}, { guildId: null, permissions: null }))).toMatch(/only in a server/);
    expect(await store.dailySettings(invoker.guildId!)).toBeUndefined();
  });

  it('saves the settings of a setup, normalized, and confirms the next post at 08:30 in Berlin', async () => {
    const { ask, invoker } = setUp();
    const reply = await ask('setup', { ...SETUP, tickers: 'BABA', quiet: true });
    expect(fields(reply)).toMatchObject({ Time: '08:30 Europe/Berlin', Companies: expect.stringMatching(/^Alibaba/), 'Quiet days': expect.stringMatching(/^Posted/) });
    // 11 March 2026, 08:30 CET is 07:30Z: today's time has passed by noon.
    expect(fields(reply)['Next post']).toBe(`<t:${Date.parse('2026-03-11T07:30:00Z') / 1000}:F> (<t:${Date.parse('2026-03-11T07:30:00Z') / 1000}:R>)`);
    expect(await store.dailySettings(invoker.guildId!)).toMatchObject({ time: '08:30', timeZone: 'Europe/Berlin', postWhenQuiet: true, enabled: true, updatedBy: invoker.userId });
    expect(replyProblems(reply)).toEqual([]);
  });

  it('refuses a setup the bot could not post, an unknown ticker, a bad time or zone, saving nothing', async () => {
    const blocked = setUp({ ok: false, problem: 'The bot lacks Send Messages in <#300000000000000003>.' });
    expect(await refusal(blocked.ask('setup', SETUP))).toMatch(/^I can't post the digest in <#300000000000000003>: The bot lacks Send Messages.* Nothing was saved\.$/);
    expect(await store.dailySettings(blocked.invoker.guildId!)).toBeUndefined();
    const { ask } = setUp();
    expect(await refusal(ask('setup', { ...SETUP, tickers: 'ZZZZQ' }))).toMatch(/No company matches “ZZZZQ”/);
    expect(await refusal(ask('setup', { ...SETUP, time: '24:00' }))).toMatch(/write it as HH:MM/);
    expect(await refusal(ask('setup', { ...SETUP, timezone: '+02:00' }))).toMatch(/not a time zone I know/);
  });

  it('shows the status, turns digests off keeping the settings, and says so when nothing is set up', async () => {
    const { ask, invoker } = setUp();
    expect((await ask('status')).content).toMatch(/No daily digest is set up/);
    expect((await ask('off')).content).toMatch(/nothing to turn off/);
    await ask('setup', SETUP);
    expect(fields(await ask('status'))).toMatchObject({ 'Last post': 'None yet', 'Next post': expect.stringMatching(/^<t:\d+:F>/) });
    expect((await ask('off')).content).toMatch(/are off/);
    expect(await store.dailySettings(invoker.guildId!)).toMatchObject({ enabled: false, channelId: CHANNEL });
    expect((await ask('status')).embeds?.[0]?.title).toBe('Daily digest: off');
  });

  it('posts once a day through the poster with nonces, and says so when asked again', async () => {
    const { ask, posts } = setUp();
    expect((await ask('post')).content).toMatch(/No daily digest is set up/);
    await ask('setup', SETUP);
    const first = await ask('post');
    expect(first.content).toMatch(/^Posted today's digest in <#300000000000000003> \(1 message\)/);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channelId: CHANNEL, nonce: expect.stringMatching(/^.{1,25}$/) });
    expect((await ask('post')).content).toMatch(/already in <#300000000000000003>/);
    expect(posts).toHaveLength(1);
    expect(fields(await ask('status'))['Last post']).toMatch(/the digest for 10 Mar 2026, 1 message$/);
  });

  it('previews privately without posting; on the console it previews every company and refuses the rest', async () => {
    const { ask, posts } = setUp();
    await ask('setup', SETUP);
    const preview = await ask('preview');
    expect(preview.ephemeral).toBe(true);
    expect(preview.content).toMatch(/^\*\*Preview, only you can see it\.\*\* Nothing is new/);
    expect(posts).toEqual([]);
    const console = setUp(undefined, false);
    const onConsole = { guildId: null, channelId: null, permissions: null };
    expect((await console.ask('preview', {}, onConsole)).content).toMatch(/once a channel is set up/);
    expect(await refusal(console.ask('setup', SETUP, onConsole))).toMatch(/needs the Discord bot/);
  });

  it('suggests time zones for the timezone option only', async () => {
    expect(daily.autocomplete({ name: 'timezone', value: 'berl' })[0]?.value).toBe('Europe/Berlin');
    expect(daily.autocomplete({ name: 'tickers', value: 'berl' })).toEqual([]);
  });
});
