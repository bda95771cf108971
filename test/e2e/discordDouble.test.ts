import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags, REST, Routes, type Interaction, type TextChannel } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscordDouble } from './discordDouble/startDiscordDouble.js';
import type { DiscordDouble } from './discordDouble/types.js';

const NO_PINGS = { parse: [], repliedUser: false } as const;

async function loginClient(double: DiscordDouble): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiBase }, allowedMentions: NO_PINGS });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(double.token);
  await ready;
  return client;
}

/** Runs `handle` on the next interaction the client receives; settles with what it returns or throws. */
function onNextInteraction<T>(client: Client, handle: (interaction: Interaction) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => client.once(Events.InteractionCreate, (interaction) => void handle(interaction).then(resolve, reject)));
}

const apiCode = (error: unknown): unknown => (error instanceof DiscordAPIError ? error.code : error);

describe('the Discord double with a real discord.js client', () => {
  let double: DiscordDouble;
  let client: Client;

  beforeAll(async () => {
    double = await startDiscordDouble({ ackWindowMs: 1_500 });
    client = await loginClient(double);
  });
  afterAll(async () => {
    await client?.destroy();
    await double?.close();
  });

  it('logs the client in: IDENTIFY gets READY then GUILD_CREATE with the @everyone role and a text channel', () => {
    const guild = client.guilds.cache.get(double.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.roles.everyone.id).toBe(double.guildId);
    expect(client.channels.cache.get(double.channelId)?.isTextBased()).toBe(true);
    expect(client.user?.id).toBe(double.applicationId);
    const identify = double.gatewayFrames.find((frame) => frame.direction === 'in' && frame.op === 2);
    expect(identify?.d).toMatchObject({ token: double.token, intents: GatewayIntentBits.Guilds, shard: [0, 1] });
    const dispatches = double.gatewayFrames.filter((frame) => frame.direction === 'out' && frame.op === 0).slice(0, 2);
    expect(dispatches.map(({ t, s }) => [t, s])).toEqual([['READY', 1], ['GUILD_CREATE', 2]]);
  });

  it('delivers a slash command and records the reply, its acknowledgement time and allowed_mentions', async () => {
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error(`unexpected ${interaction.type}`);
      await interaction.reply({ content: `Quote for ${interaction.options.getString('ticker')}`, flags: MessageFlags.Ephemeral });
      return { member: interaction.memberPermissions?.has('SendMessages'), locale: interaction.locale, guild: interaction.guildId };
    });
    const { id } = double.dispatchInteraction({ name: 'quote', options: { ticker: 'AAPL' } });
    expect(await handled).toEqual({ member: true, locale: 'en-US', guild: double.guildId });
    const callback = await double.waitForCallback(id);
    expect(callback).toMatchObject({ status: 204, body: { type: 4, data: { content: 'Quote for AAPL', allowed_mentions: { parse: [] }, flags: 64 } } });
    expect(callback.msSinceDispatch).toBeGreaterThan(0);
    expect(callback.msSinceDispatch).toBeLessThan(1_500);
    expect(double.interactionMessages(id).original).toMatchObject({ content: 'Quote for AAPL', flags: 64 });
    expect(double.violations.filter((violation) => violation.interactionId === id)).toEqual([]);
  });

  it('delivers a command from a DM with the user, no member or guild, and context 1; with_response returns the reply', async () => {
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      const response = await interaction.reply({ content: 'In your DMs', withResponse: true });
      return {
        inGuild: interaction.inGuild(), user: interaction.user.id, member: interaction.member, context: interaction.context,
        channel: interaction.channelId, reply: response.resource?.message?.content,
      };
    });
    const { id } = double.dispatchInteraction({ name: 'quote', dm: true, userId: '300000000000000003' });
    expect(await handled).toEqual({ inGuild: false, user: '300000000000000003', member: null, context: 1, channel: expect.stringMatching(/^\d{17,20}$/), reply: 'In your DMs' });
    expect(double.interactionMessages(id).original?.channel_id).not.toBe(double.channelId);
    expect((await double.waitForCallback(id)).status).toBe(200);
  });

  it('answers editReply and followUp with full messages that discord.js turns into Message objects', async () => {
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      await interaction.deferReply();
      const edited = await interaction.editReply({ content: 'Price: $1.00', embeds: [{ title: 'AAPL', fields: [{ name: 'Price', value: '$1.00' }] }] });
      const followUp = await interaction.followUp({ content: 'Source: article 7' });
      return { edited: [edited.id, edited.content, edited.embeds[0]?.title], followUp: [followUp.content, followUp.author.id] };
    });
    const { id } = double.dispatchInteraction({ name: 'quote', options: { ticker: 'AAPL' } });
    const result = await handled;
    const { original, followUps } = double.interactionMessages(id);
    expect(result).toEqual({ edited: [original?.id, 'Price: $1.00', 'AAPL'], followUp: ['Source: article 7', double.applicationId] });
    expect((await double.waitForCallback(id)).body).toMatchObject({ type: 5 });
    expect(followUps.map((message) => message.content)).toEqual(['Source: article 7']);
    const edit = double.captured.find((request) => request.interactionId === id && request.method === 'PATCH');
    expect(edit?.route).toMatch(/\/messages\/@original$/);
    expect(edit?.msSinceDispatch).toBeGreaterThan(0);
  });

  it('sends autocomplete with the focused option and accepts up to 25 choices, refusing 26 with 50035', async () => {
    const typed = onNextInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
      await interaction.respond([{ name: 'Apple Inc. (AAPL)', value: 'AAPL' }]);
      return interaction.options.getFocused(true);
    });
    const first = double.dispatchInteraction({ type: 4, name: 'quote', options: { ticker: 'AA' }, focused: 'ticker' });
    expect(await typed).toMatchObject({ name: 'ticker', value: 'AA' });
    expect((await double.waitForCallback(first.id)).body).toEqual({ type: 8, data: { choices: [{ name: 'Apple Inc. (AAPL)', value: 'AAPL' }] } });

    const tooMany = onNextInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
      return interaction.respond(Array.from({ length: 26 }, (_, index) => ({ name: `Choice ${index}`, value: `C${index}` })));
    });
    const second = double.dispatchInteraction({ type: 4, name: 'quote', options: { ticker: 'C' }, focused: 'ticker' });
    expect(apiCode(await tooMany.catch((error: unknown) => error))).toBe(50035);
    expect(double.violations).toContainEqual(expect.objectContaining({ interactionId: second.id, rule: 'autocomplete.choices.count', rejected: true }));
  });

  it('delivers a click on a button of an earlier reply, with its custom id, and lets update() edit that reply', async () => {
    const next = { type: 1, components: [{ type: 2, style: 1, label: 'Next', custom_id: 'quote:AAPL:page:2' }] };
    const replied = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      await interaction.reply({ content: 'Page 1', components: [next] });
    });
    const command = double.dispatchInteraction({ name: 'quote', options: { ticker: 'AAPL' } });
    await replied;
    const reply = double.interactionMessages(command.id).original;
    const clicked = onNextInteraction(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error('expected a button');
      await interaction.update({ content: 'Page 2' });
      return [interaction.customId, interaction.message.id, interaction.message.content];
    });
    const { id } = double.dispatchInteraction({ type: 3, customId: 'quote:AAPL:page:2', messageId: reply?.id });
    expect(await clicked).toEqual(['quote:AAPL:page:2', reply?.id, 'Page 1']);
    expect((await double.waitForCallback(id)).body).toMatchObject({ type: 7, data: { content: 'Page 2' } });
    expect(double.interactionMessages(id).original).toMatchObject({ id: reply?.id, content: 'Page 2', components: [next] });
    expect(double.interactionMessages(command.id).original?.content).toBe('Page 2');
  });

  it('lets @discordjs/rest retry a 429 with retry-after and a 500, then succeed', async () => {
    double.injectFault({ route: /\/callback$/, status: 429, retryAfter: 0.2 });
    double.injectFault({ route: '/messages/@original', method: 'PATCH', status: 500 });
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      await interaction.deferReply();
      return (await interaction.editReply('done')).content;
    });
    const { id } = double.dispatchInteraction({ name: 'quote', options: { ticker: 'AAPL' } });
    expect(await handled).toBe('done');
    const attempts = double.captured.filter((request) => request.interactionId === id).map(({ method, status }) => `${method} ${status}`);
    expect(attempts).toEqual(['POST 429', 'POST 204', 'PATCH 500', 'PATCH 200']);
    const [limited, accepted] = double.captured.filter((request) => request.interactionId === id);
    expect(accepted!.receivedAt - limited!.receivedAt).toBeGreaterThanOrEqual(200);
  });

  const lastResume = () => double.gatewayFrames.filter((frame) => frame.direction === 'in' && frame.op === 6).at(-1);
  const replyOnce = (content: string) => onNextInteraction(client, async (interaction) => {
    if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
    await interaction.reply(content);
  });

  it('answers op 7 with a RESUME of the same session (no second IDENTIFY), then keeps receiving interactions', async () => {
    expect(await double.reconnect('op7')).toBe('resumed');
    const ready = double.gatewayFrames.find((frame) => frame.t === 'READY')?.d as { session_id: string };
    expect(lastResume()?.d).toMatchObject({ session_id: ready.session_id, token: double.token, seq: expect.any(Number) });
    expect(double.gatewayFrames.filter((frame) => frame.direction === 'in' && frame.op === 2)).toHaveLength(1);
    const handled = replyOnce('after op 7');
    const { id } = double.dispatchInteraction({ name: 'quote' });
    await handled;
    expect((await double.waitForCallback(id)).status).toBe(204);
  });

  it('replays an interaction dispatched while the connection was down once the client resumes', async () => {
    const resumed = double.reconnect('drop');
    const handled = replyOnce('after the drop');
    const { id } = double.dispatchInteraction({ name: 'quote' });
    expect(await resumed).toBe('resumed');
    await handled;
    const sent = double.gatewayFrames.filter((frame) => frame.t === 'INTERACTION_CREATE' && (frame.d as { id: string }).id === id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.at).toBeGreaterThan(lastResume()!.at);
    expect((await double.waitForCallback(id)).status).toBe(204);
  });

  it('records a reply without allowed_mentions, or one that allows pings, as a violation but delivers it', async () => {
    const handled = onNextInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: { type: 4, data: { content: 'hi' } }, auth: false });
      await interaction.webhook.send({ content: '<@123>', allowedMentions: { parse: ['users'] } });
    });
    const { id } = double.dispatchInteraction({ name: 'quote' });
    await handled;
    expect(double.violations.filter((violation) => violation.interactionId === id).map(({ rule, rejected }) => [rule, rejected])).toEqual([
      ['allowed_mentions.missing', false],
      ['allowed_mentions.parse', false],
    ]);
    expect(double.interactionMessages(id).original?.content).toBe('hi');
  });

  it('refuses a second acknowledgement with 40060', async () => {
    const handled = onNextInteraction(client, async (interaction) => {
      const callback = Routes.interactionCallback(interaction.id, interaction.token);
      const body = { type: 4, data: { content: 'once', allowed_mentions: { parse: [] } } };
      await client.rest.post(callback, { body, auth: false });
      return client.rest.post(callback, { body, auth: false }).catch(apiCode);
    });
    double.dispatchInteraction({ name: 'quote' });
    expect(await handled).toBe(40060);
  });

  it('posts channel messages and refuses content over 2,000 characters and an empty embed field value with 50035', async () => {
    const channel = (await client.channels.fetch(double.channelId)) as TextChannel;
    const posted = await channel.send({ content: 'Daily summary' });
    expect(double.messages.map((message) => [message.id, message.content])).toEqual([[posted.id, 'Daily summary']]);
    expect(apiCode(await channel.send({ content: 'x'.repeat(2_001) }).catch((error: unknown) => error))).toBe(50035);
    expect(apiCode(await channel.send({ embeds: [{ title: 'AAPL', fields: [{ name: 'Price', value: '' }] }] }).catch((error: unknown) => error))).toBe(50035);
    expect(double.violations.map(({ rule }) => rule)).toEqual(expect.arrayContaining(['message.content.length', 'embed.field.value']));
  });
});

describe('the Discord double on its own', () => {
  let double: DiscordDouble;

  beforeAll(async () => {
    double = await startDiscordDouble({ ackWindowMs: 300, tokenLifetimeMs: 700 });
  });
  afterAll(async () => double?.close());

  it('acknowledges every heartbeat, which carries the last sequence number', async () => {
    const beating = await startDiscordDouble({ heartbeatIntervalMs: 40 });
    const client = await loginClient(beating);
    try {
      const heartbeats = () => beating.gatewayFrames.filter((frame) => frame.direction === 'in' && frame.op === 1);
      await vi.waitFor(() => expect(heartbeats().length).toBeGreaterThanOrEqual(2), { timeout: 2_000 });
      const beats = heartbeats();
      expect(beats.at(-1)?.d).toBe(2);
      expect(beating.gatewayFrames.filter((frame) => frame.op === 11).length).toBeGreaterThanOrEqual(beats.length - 1);
      expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    } finally {
      await client.destroy();
      await beating.close();
    }
  });

  it('refuses a wrong token at /gateway/bot, so login() rejects with TokenInvalid', async () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiBase } });
    const failure = await client.login('not-the-token').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'TokenInvalid' });
    expect(double.captured.at(-1)).toMatchObject({ route: '/gateway/bot', status: 401 });
  });

  it('registers global and guild commands, echoing ids, and refuses a command that breaks the limits with 50035', async () => {
    const rest = new REST({ api: double.apiBase }).setToken(double.token);
    const quote = { name: 'quote', description: 'Latest sourced price', options: [{ name: 'ticker', description: 'Ticker', type: 3, required: true }] };
    const [global] = (await rest.put(Routes.applicationCommands(double.applicationId), { body: [quote] })) as { id: string }[];
    expect(global).toMatchObject({ ...quote, application_id: double.applicationId, type: 1 });
    const [again] = (await rest.put(Routes.applicationCommands(double.applicationId), { body: [quote] })) as { id: string }[];
    expect(again?.id).toBe(global?.id);
    await rest.put(Routes.applicationGuildCommands(double.applicationId, double.guildId), { body: [quote] });
    expect(double.registeredCommands(double.guildId)).toMatchObject([{ name: 'quote', guild_id: double.guildId }]);

    const bad = { name: 'Quote', description: '', options: [{ name: 'a', description: 'x', type: 3 }, { name: 'a', description: 'x', type: 3, required: true }] };
    const refused = await rest.put(Routes.applicationCommands(double.applicationId), { body: [bad] }).catch((error: unknown) => error);
    expect(apiCode(refused)).toBe(50035);
    expect(double.violations.map(({ rule }) => rule)).toEqual(expect.arrayContaining([
      'command.name', 'command.description', 'command.options.duplicate', 'command.options.required_order',
    ]));
    expect(double.registeredCommands()).toMatchObject([{ name: 'quote', id: global?.id }]);
  });

  it('rejects a first response after the acknowledgement window with 10062, and an edit after the token expired with 50027', async () => {
    const client = await loginClient(double);
    try {
      const late = onNextInteraction(client, async (interaction) => {
        if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
        await sleep(350);
        return interaction.reply('too late').catch(apiCode);
      });
      const { id } = double.dispatchInteraction({ name: 'quote' });
      expect(await late).toBe(10062);
      expect(double.violations).toContainEqual(expect.objectContaining({ interactionId: id, rule: 'interaction.ack_window', rejected: true }));

      const expired = onNextInteraction(client, async (interaction) => {
        if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
        await interaction.deferReply();
        await sleep(750);
        return interaction.editReply('much later').catch(apiCode);
      });
      double.dispatchInteraction({ name: 'quote' });
      expect(await expired).toBe(50027);
    } finally {
      await client.destroy();
    }
  });
});

describe('the bare baseline bot', () => {
  it('logs in with the same environment as ours, answers "pong" to any slash command and stops cleanly on SIGTERM', async () => {
    const double = await startDiscordDouble();
    const bot = spawn(process.execPath, ['--import', 'tsx', 'test/e2e/bareBot.ts'], {
      env: { ...process.env, DISCORD_TOKEN: double.token, DISCORD_APPLICATION_ID: double.applicationId, DISCORD_API_BASE: double.apiBase },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    bot.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(bot, 'exit');
    try {
      await double.waitForReady(10_000);
      const { id } = double.dispatchInteraction({ name: 'anything' });
      const callback = await double.waitForCallback(id);
      expect(callback.body).toMatchObject({ type: 4, data: { content: 'pong', allowed_mentions: { parse: [] } } });
      expect(double.violations).toEqual([]);
      bot.kill('SIGTERM');
      expect({ exit: await exited, stderr }).toEqual({ exit: [0, null], stderr: '' });
    } finally {
      bot.kill('SIGKILL');
      await double.close();
    }
  }, 20_000);
});
