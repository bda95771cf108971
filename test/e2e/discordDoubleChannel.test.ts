import { Client, DiscordAPIError, Events, GatewayIntentBits, PermissionFlagsBits, Routes, type APIMessage, type Interaction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODERATOR_PERMISSIONS } from './discordDouble/permissions.js';
import { startDiscordDouble } from './discordDouble/startDiscordDouble.js';
import type { DiscordDouble } from './discordDouble/types.js';

const SEND_MESSAGES = PermissionFlagsBits.SendMessages.toString();
const body = (content: string, nonce?: string) => ({ content, allowed_mentions: { parse: [] }, ...(nonce ? { nonce, enforce_nonce: true } : {}) });

describe('the Discord double\'s channel: messages the bot posts on its own, nonces and permission overwrites', () => {
  let double: DiscordDouble;
  let client: Client;
  const post = (payload: object) => client.rest.post(Routes.channelMessages(double.channelId), { body: payload }) as Promise<APIMessage>;

  beforeAll(async () => {
    double = await startDiscordDouble();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiBase, retries: 0 } });
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(double.token);
    await ready;
  });
  afterAll(async () => {
    await client?.destroy();
    await double?.close();
  });

  it('returns the earlier message for a repeated nonce with enforce_nonce, and makes a new one without it', async () => {
    const first = await post(body('digest part 1', 'daily-2026-01-14-0'));
    const again = await post(body('digest part 1', 'daily-2026-01-14-0'));
    expect(again.id).toBe(first.id);
    expect(first.nonce).toBe('daily-2026-01-14-0');
    const other = await post(body('digest part 2', 'daily-2026-01-14-1'));
    expect(other.id).not.toBe(first.id);
    expect(double.messages.filter((m) => m.content.startsWith('digest part'))).toHaveLength(2);
  });

  it('refuses a nonce longer than 25 characters as Discord does (400, 50035)', async () => {
    const error = await post(body('too long', 'n'.repeat(26))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
  });

  it('refuses a post with 403 Missing Permissions once an overwrite denies the bot Send Messages, and tells the client', async () => {
    const changed = new Promise<void>((resolve) => client.once(Events.ChannelUpdate, () => resolve()));
    double.updateChannel({ permission_overwrites: [{ id: double.applicationId, type: 1, allow: '0', deny: SEND_MESSAGES }] });
    await changed;
    const channel = client.guilds.cache.get(double.guildId)?.channels.cache.get(double.channelId);
    expect(channel?.permissionsFor(client.user!)?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    const error = await post(body('not allowed')).catch((caught: unknown) => caught);
    expect((error as DiscordAPIError).code).toBe(50013);
    expect(double.violations.at(-1)).toMatchObject({ rule: 'channel.permissions', rejected: true });
    double.updateChannel({ permission_overwrites: [] });
    await expect(post(body('allowed again'))).resolves.toMatchObject({ content: 'allowed again' });
  });

  it('sends the member\'s permissions with an interaction, and the bot\'s as its overwrites leave them', async () => {
    double.updateChannel({ permission_overwrites: [{ id: double.guildId, type: 0, allow: '0', deny: SEND_MESSAGES }] });
    const seen = new Promise<Interaction>((resolve) => client.once(Events.InteractionCreate, resolve));
    double.dispatchInteraction({ name: 'daily', permissions: MODERATOR_PERMISSIONS });
    const interaction = await seen;
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
    expect(interaction.appPermissions.has(PermissionFlagsBits.SendMessages)).toBe(false);
    double.updateChannel({ permission_overwrites: [] });
  });
});
