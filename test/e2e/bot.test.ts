import { once } from 'node:events';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { openFactStore } from '../../src/facts/store.js';
import { expectDiscordRulesKept, startBotSession, type BotSession } from './botSession.js';

let session: BotSession;
let nextUser = 200_000_000_000_000_100n;
/** A fresh user per question, so the per-user limit only bites where a test means it to. */
const user = (): string => String(nextUser++);

beforeAll(async () => {
  session = await startBotSession({ RATE_LIMIT_COMMANDS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' });
}, 120_000);
afterAll(async () => session?.close(), 30_000);

describe('the bot, started as `npm start` does, against the Discord double', () => {
  it('logs in with the Guilds intent and finds the commands registered by deploy-commands up to date', async () => {
    const { double, bot } = session;
    const identify = double.gatewayFrames.find((frame) => frame.direction === 'in' && frame.op === 2);
    expect(identify?.d).toMatchObject({ intents: GatewayIntentBits.Guilds });
    expect(double.registeredCommands(double.guildId).map((command) => command.name)).toEqual(commands.map((command) => command.data.name));
    await session.waitForLog(/"msg":"Connected to Discord"/);
    await session.waitForLog(/"msg":"Registered commands match the code"/);
    expect(bot.output.stderr).not.toContain('Registered commands differ');
  });

  it('answers /quote BABA with €148.20 as of 14 Jan 2026 and $155.74 as of 3 Jan 2026 for the New York listing', async () => {
    const answer = await session.ask({ name: 'quote', options: { ticker: 'BABA' }, userId: user() });
    expect(answer.ephemeral).toBe(false);
    expect(answer.message?.embeds[0]?.title).toMatch(/Alibaba/);
    expect(answer.text).toMatch(/€148\.20 · as of 14 Jan 2026/);
    expect(answer.text).toMatch(/New York · BABA \(USD\)\n\s+\$155\.74 · as of 3 Jan 2026/);
  });

  it('answers /rsi BABA with 29.4, oversold', async () => {
    const answer = await session.ask({ name: 'rsi', options: { ticker: 'BABA' }, userId: user() });
    expect(answer.text).toMatch(/29\.4 — oversold/);
  });

  it('answers /targets BABA: Jefferies $230, Nomura $215, average $194, Moderate Buy, upside against $155.74, never €148.20', async () => {
    const { text } = await session.ask({ name: 'targets', options: { ticker: 'BABA' }, userId: user() });
    expect(text).toMatch(/Jefferies: \$230\.00/);
    expect(text).toMatch(/Nomura: \$215\.00/);
    expect(text).toMatch(/Average target\n\s+\$194\.00/);
    expect(text).toMatch(/Consensus\n\s+Moderate Buy/);
    expect(text).toMatch(/USD targets: against \$155\.74/);
    expect(text).not.toMatch(/against €148\.20/);
    expect(text).toMatch(/Not compared: [^\n]*€148\.20/);
  });

  it('suggests companies as the user types, at most 25', async () => {
    const { callback } = await session.ask({ type: 4, name: 'quote', options: { ticker: 'alib' }, focused: 'ticker', userId: user() });
    const { choices } = (callback.body as { data: { choices: Array<{ name: string; value: string }> } }).data;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.name).toMatch(/Alibaba/);
  });

  it('tells the user privately when nothing matches a ticker', async () => {
    const answer = await session.ask({ name: 'quote', options: { ticker: 'ZZZZQ' }, userId: user() });
    expect(answer.ephemeral).toBe(true);
    expect(answer.text).toMatch(/No company matches “ZZZZQ”/);
  });

  it('asks a user over the limit to slow down, privately, saying when to retry', async () => {
    const who = user();
    for (let i = 0; i < 3; i++) expect((await session.ask({ name: 'help', userId: who })).ephemeral).toBe(false);
    const limited = await session.ask({ name: 'quote', options: { ticker: 'BABA' }, userId: who });
    expect(limited.ephemeral).toBe(true);
    expect(limited.message?.content).toMatch(/^Slow down a little: you can ask again <t:\d+:R>\.$/);
  });

  it('still answers when Discord first says 429 (retry-after) and when it first says 500', async () => {
    const { double } = session;
    double.injectFault({ route: /\/callback$/, status: 429, retryAfter: 0.3 });
    const limited = await session.ask({ name: 'rsi', options: { ticker: 'BABA' }, userId: user() });
    expect(double.captured.filter((request) => request.interactionId === limited.id).map(({ status }) => status)).toEqual([429, 204]);
    expect(limited.text).toMatch(/29\.4/);

    double.injectFault({ route: /\/callback$/, status: 500 });
    const failed = await session.ask({ name: 'rsi', options: { ticker: 'BABA' }, userId: user() });
    expect(double.captured.filter((request) => request.interactionId === failed.id).map(({ status }) => status)).toEqual([500, 204]);
    expect(failed.text).toMatch(/29\.4/);
  });

  it('resumes a lost gateway connection (op 7, and a dropped socket) and keeps answering', async () => {
    const { double } = session;
    expect(await double.reconnect('op7', 20_000)).toBe('resumed');
    expect(await double.reconnect('drop', 20_000)).toBe('resumed');
    expect(double.gatewayFrames.filter((frame) => frame.direction === 'in' && frame.op === 2)).toHaveLength(1);
    expect((await session.ask({ name: 'rsi', options: { ticker: 'BABA' }, userId: user() })).text).toMatch(/29\.4/);
    await session.waitForLog(/"msg":"Gateway session resumed"/);
  }, 60_000);

  it('turns the page when a /facts button is clicked, editing the message in place', async () => {
    const alibaba = (await readRegistry()).find((company) => company.name.startsWith('Alibaba'));
    const { callback, text } = await session.ask({ type: 3, customId: `facts:${alibaba?.id}:0`, userId: user() });
    expect(callback.body).toMatchObject({ type: 7, data: { allowed_mentions: { parse: [] } } });
    expect(text).toMatch(/Alibaba Group[^]*€148\.20/);
    const stale = await session.ask({ type: 3, customId: 'facts:no-such-company:3', userId: user() });
    expect(stale.ephemeral).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['6,000 characters', 'A'.repeat(6_000)],
    ['emoji', '📈🚀💎🙌'],
    ['right-to-left text', 'علي بابا \u202Eabab'],
    ['markdown', '**BABA** `x` ||y|| [link](https://example.com)'],
    ['mentions', '@everyone @here <@&1> <@200000000000000001>'],
  ])('survives %s in an option, answering without pinging anyone', async (_what, ticker) => {
    const answer = await session.ask({ name: 'quote', options: { ticker }, userId: user() });
    expect(answer.message).toBeDefined();
    const typed = await session.ask({ type: 4, name: 'targets', options: { ticker }, focused: 'ticker', userId: user() });
    expect(typed.callback.status).toBe(204);
    expect(session.bot.exitCode).toBeNull();
  });

  it('answers /summary and /ask with the LLM off: deferred, from the articles, said to be automatic', async () => {
    const summary = await session.ask({ name: 'summary', options: { ticker: 'BABA', days: 365 }, userId: user() });
    expect((summary.callback.body as { type: number }).type).toBe(5);
    expect(summary.text).toContain('- Current Share Price: €148.20 [1]');
    expect(summary.text).toContain('Automatic summary');
    const asked = await session.ask({ name: 'ask', options: { question: 'what did Jefferies say about Alibaba?' }, userId: user() });
    expect((asked.callback.body as { type: number }).type).toBe(5);
    expect(asked.text).toMatch(/Jefferies[^\n]*\$230\.00/);
    expect(asked.text).toMatch(/\[1\] Alibaba’s AI Pivot/);
  });

  it('kept every payload within Discord\'s limits, pinging nobody, and acknowledged every interaction within 3 s', () => {
    const { double } = session;
    expectDiscordRulesKept(double, 20);
    const messages = double.captured.filter((request) => request.interactionId && request.method !== 'DELETE' && request.body && (request.body as { type?: number }).type !== 8 && (request.body as { type?: number }).type !== 5);
    for (const request of messages) {
      const body = request.body as { data?: { allowed_mentions?: unknown }; allowed_mentions?: unknown };
      expect(body.data?.allowed_mentions ?? body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('never prints the bot token or an interaction token', () => {
    const { double, bot } = session;
    const printed = bot.output.stdout + bot.output.stderr;
    expect(printed).not.toContain(double.token);
    for (const request of double.captured) {
      const token = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(request.route)?.[1];
      if (token) expect(printed).not.toContain(token);
    }
  });

  it('stops on SIGTERM: disconnects, closes a store that checks out sound, exits 0', async () => {
    const { bot, storeUrl } = session;
    const exited = once(bot, 'exit');
    bot.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(bot.output.stderr).toMatch(/"msg":"Shutting down"[^]*"msg":"Stopped"/);
    const store = await openFactStore({ url: storeUrl, registry: await readRegistry() });
    try {
      expect(await store.check()).toEqual([]);
      expect((await store.health()).articles).toBe(2);
    } finally {
      await store.close();
    }
  }, 30_000);
});
