import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { UserError, type Command } from '../../src/discord/command.js';
import { startDiscordBot } from '../../src/discord/client.js';
import { createRouter } from '../../src/discord/router.js';
import type { FactStore } from '../../src/facts/store.js';
import { createLogger } from '../../src/logger.js';
import { waitForAnswer } from './botSession.js';
import { startDiscordDouble } from './discordDouble/startDiscordDouble.js';
import type { DiscordDouble } from './discordDouble/types.js';

/** Commands that take every path the router can take through discord.js: deferrals, private answers, page buttons. */
const page: Command = {
  data: { name: 'page', description: 'A paged answer', options: [{ name: 'wait', description: 'Milliseconds to take', type: 4 }] },
  async execute(options) {
    await sleep(Number(options['wait'] ?? 0));
    if (options['wait'] === 150) throw new UserError('Nothing on that page.');
    return { embeds: [{ title: 'Page 1', description: 'First' }], components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Next', custom_id: 'page:2' }] }] };
  },
  async button(customId) {
    const number = Number(customId.split(':')[1]);
    if (number === 3) await sleep(150);
    if (number > 3) throw new UserError('No such page.');
    return { embeds: [{ title: `Page ${number}` }], components: [] };
  },
};
const report: Command = { data: { name: 'report', description: 'Slow by nature' }, slow: true, execute: async () => ({ content: 'Report ready' }) };

describe('the discord.js client and the router, in process, against the double', () => {
  let double: DiscordDouble;
  let client: Client;

  beforeAll(async () => {
    double = await startDiscordDouble();
    const config = loadConfig({ DISCORD_TOKEN: double.token, DISCORD_APPLICATION_ID: double.applicationId, DISCORD_API_BASE: double.apiBase, STORE_URL: 'memory://' });
    const logger = createLogger('silent');
    const ctx = { store: {} as FactStore, logger, now: () => new Date(), config };
    const router = createRouter({ commands: [page, report], ctx, rateLimit: false, deferAfterMs: 80 });
    client = await startDiscordBot({ config: { ...config, DISCORD_TOKEN: double.token, DISCORD_APPLICATION_ID: double.applicationId }, router, commands: [page, report], logger });
  }, 30_000);
  afterAll(async () => {
    await client?.destroy();
    await double?.close();
  });

  const routes = (id: string) => double.captured.filter((request) => request.interactionId === id).map(({ method, body }) => `${method} ${(body as { type?: number } | undefined)?.type ?? ''}`.trim());

  it('answers a quick command with one reply carrying embeds and buttons', async () => {
    const { id } = double.dispatchInteraction({ name: 'page' });
    await waitForAnswer(double, id);
    expect(routes(id)).toEqual(['POST 4']);
    expect(double.interactionMessages(id).original).toMatchObject({ embeds: [{ title: 'Page 1' }], components: [{ components: [{ custom_id: 'page:2' }] }] });
  });

  it('defers a slow command at once and edits the answer in', async () => {
    const { id } = double.dispatchInteraction({ name: 'report' });
    await waitForAnswer(double, id);
    expect(routes(id)).toEqual(['POST 5', 'PATCH']);
    expect(double.interactionMessages(id).original?.content).toBe('Report ready');
  });

  it('defers a command that runs long, and re-sends a private answer as an ephemeral follow-up', async () => {
    const { id } = double.dispatchInteraction({ name: 'page', options: { wait: 150 } });
    await waitForAnswer(double, id);
    await double.waitForRequest((request) => request.interactionId === id && request.method === 'POST' && request.route.startsWith('/webhooks/'));
    expect(routes(id)).toEqual(['POST 5', 'DELETE', 'POST']);
    const { original, followUps } = double.interactionMessages(id);
    expect(original).toBeUndefined();
    expect(followUps).toMatchObject([{ content: 'Nothing on that page.', flags: 64 }]);
  });

  it('updates the message a button sits on, quickly or after deferring the update', async () => {
    const command = double.dispatchInteraction({ name: 'page' });
    await waitForAnswer(double, command.id);
    const messageId = double.interactionMessages(command.id).original?.id;
    const quick = double.dispatchInteraction({ type: 3, customId: 'page:2', messageId });
    await waitForAnswer(double, quick.id);
    expect(routes(quick.id)).toEqual(['POST 7']);
    expect(double.interactionMessages(command.id).original).toMatchObject({ embeds: [{ title: 'Page 2' }], components: [] });

    const slow = double.dispatchInteraction({ type: 3, customId: 'page:3', messageId });
    await waitForAnswer(double, slow.id);
    await double.waitForRequest((request) => request.interactionId === slow.id && request.method === 'PATCH');
    expect(routes(slow.id)).toEqual(['POST 6', 'PATCH']);
    expect(double.interactionMessages(command.id).original?.embeds[0]?.title).toBe('Page 3');
  });

  it('answers a failing click privately and leaves the message alone', async () => {
    const { id } = double.dispatchInteraction({ type: 3, customId: 'page:9' });
    const { callback } = await waitForAnswer(double, id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'No such page.', flags: 64, allowed_mentions: { parse: [] } } });
  });

  it('broke no Discord rule on the way', () => {
    expect(double.violations).toEqual([]);
  });
});
