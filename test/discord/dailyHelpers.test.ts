import { Client, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelMessageBody, checkChannelInCache } from '../../src/discord/channelPoster.js';
import { UserError } from '../../src/discord/command.js';
import { findCompanies } from '../../src/discord/findCompanies.js';
import { canManageServer, requireModerator } from '../../src/discord/requireModerator.js';
import { suggestTimeZones } from '../../src/discord/timeZoneChoices.js';
import type { FactStore } from '../../src/facts/store.js';
import { makeContext, sampleStore } from '../commands/context.js';

const bits = (...flags: bigint[]): string => flags.reduce((all, flag) => all | flag, 0n).toString();

describe('canManageServer and requireModerator', () => {
  it.each([
    ['Manage Server', bits(PermissionFlagsBits.ManageGuild, PermissionFlagsBits.SendMessages), true],
    ['Administrator alone', bits(PermissionFlagsBits.Administrator), true],
    ['an ordinary member', bits(PermissionFlagsBits.SendMessages, PermissionFlagsBits.ViewChannel), false],
    ['nothing sent', undefined, false],
    ['null (a DM)', null, false],
    ['a malformed bitfield', '0x20', false],
  ])('%s → %s', (_what, permissions, allowed) => {
    expect(canManageServer(permissions)).toBe(allowed);
  });

  it('refuses with a private message naming the permission', () => {
    const invoker = { userId: 'u', guildId: 'g', channelId: 'c', permissions: bits(PermissionFlagsBits.SendMessages) };
    const refused = (() => {
      try {
        requireModerator(invoker, '/daily');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).reply).toEqual({ content: 'Only moderators with the Manage Server permission can use /daily.', ephemeral: true });
  });
});

describe('suggestTimeZones', () => {
  it.each([
    ['berl', 'Europe/Berlin'],
    ['new york', 'America/New_York'],
    ['EUROPE/LON', 'Europe/London'],
    ['utc', 'UTC'],
  ])('puts the zone starting like “%s” first: %s', (typed, zone) => {
    expect(suggestTimeZones(typed)[0]?.value).toBe(zone);
  });

  it('offers at most 25, and none for nonsense', () => {
    expect(suggestTimeZones('')).toHaveLength(25);
    expect(suggestTimeZones('a')).toHaveLength(25);
    expect(suggestTimeZones('zzzz')).toEqual([]);
  });
});

describe('findCompanies', () => {
  let store: FactStore;
  beforeAll(async () => (store = await sampleStore()));
  afterAll(async () => store?.close());

  it('reads comma-separated names and tickers, and words when there is no comma, without repeats', () => {
    const ctx = makeContext(store);
    expect(findCompanies(ctx, 'BABA, Alibaba').map((c) => c.name)).toEqual([expect.stringMatching(/^Alibaba/)]);
    expect(findCompanies(ctx, 'Alibaba Group').map((c) => c.id)).toEqual(findCompanies(ctx, 'BABA').map((c) => c.id));
    expect(findCompanies(ctx, '  ')).toEqual([]);
  });

  it('refuses an unknown entry, naming it', () => {
    expect(() => findCompanies(makeContext(store), 'BABA, ZZZZQ')).toThrow(/No company matches “ZZZZQ”/);
  });
});

describe('channelMessageBody', () => {
  it('pings nobody and asks Discord to enforce the nonce', () => {
    expect(channelMessageBody({ content: 'hi @everyone', ephemeral: true }, 'abc.0')).toEqual({
      content: 'hi @everyone', allowed_mentions: { parse: [] }, nonce: 'abc.0', enforce_nonce: true,
    });
  });

  it('refuses a nonce Discord would refuse', () => {
    expect(() => channelMessageBody({ content: 'x' }, 'n'.repeat(26))).toThrow(/1-25 characters/);
    expect(() => channelMessageBody({ content: 'x' }, '')).toThrow(/1-25 characters/);
  });
});

describe('checkChannelInCache', () => {
  it('says the bot is not in a server it has not heard of, and gives no answer for one in an outage', async () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds] });
    // The gateway's READY lists a server Discord cannot serve as { id, unavailable: true }; discord.js caches it so.
    (client.guilds as unknown as { _add(data: unknown): unknown })._add({ id: '123456789012345678', unavailable: true });
    expect(checkChannelInCache(client, '223456789012345678', '1')).toMatchObject({ ok: false, problem: expect.stringMatching(/not in this server/) });
    expect(() => checkChannelInCache(client, '123456789012345678', '1')).toThrow(/unavailable \(an outage\)/);
    await client.destroy();
  });
});
