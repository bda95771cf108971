import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { UserError, type Command } from '../../src/discord/command.js';
import { replyProblems } from '../../src/discord/limits.js';
import { createRouter, type RouterOptions } from '../../src/discord/router.js';
import { autocomplete, button, command, fakeContext, TOKEN } from './fakeInteraction.js';

const NO_MENTIONS = { parse: [] };

const echo: Command = {
  data: { name: 'echo', description: 'Says it back', options: [{ name: 'ticker', description: 'Ticker', type: 3, required: true }] },
  async execute(options) {
    const ticker = String(options['ticker'] ?? '');
    if (ticker === 'NOPE') throw new UserError(`No company matches "${ticker}".`);
    if (ticker === 'BUG') throw new TypeError('cannot read properties of undefined');
    return { content: `You asked for ${ticker}` };
  },
  autocomplete(focused) {
    if (focused.value === 'BUG') throw new Error('index missing');
    return Array.from({ length: 40 }, (_, i) => ({ name: `${focused.value} company ${i}`, value: `${focused.value}${i}` }));
  },
  async button(customId) {
    const page = Number(customId.split(':')[2]);
    if (page > 3) throw new UserError('That page is gone.');
    return { content: `Page ${page}`, components: [] };
  },
};

const pause = (ms: number, reply: { content: string; ephemeral?: boolean }, slow = false): Command => ({
  data: { name: `pause${ms}${slow ? 's' : ''}`, description: 'Takes its time' },
  slow,
  async execute() {
    await sleep(ms);
    return reply;
  },
});

function setUp(overrides: Partial<RouterOptions> = {}) {
  const fake = fakeContext();
  const router = createRouter({
    commands: [echo, pause(80, { content: 'done' }), pause(5, { content: 'done' }, true), pause(60, { content: 'not found', ephemeral: true })],
    ctx: fake.ctx,
    rateLimit: false,
    deferAfterMs: 30,
    autocompleteTimeoutMs: 50,
    ...overrides,
  });
  return { ...fake, router };
}

describe('the router: commands', () => {
  it('replies at once with the answer, pinging nobody', async () => {
    const { router } = setUp();
    const { calls, interaction } = command('echo', { ticker: 'BABA' });
    await router.handle(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: { content: 'You asked for BABA', allowed_mentions: NO_MENTIONS } }]);
  });

  it('turns a UserError into an ephemeral message and logs no error', async () => {
    const { router, logs } = setUp();
    const { calls, interaction } = command('echo', { ticker: 'NOPE' });
    await router.handle(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: { content: 'No company matches "NOPE".', flags: 64, allowed_mentions: NO_MENTIONS } }]);
    expect(logs().filter((line) => line['level'] === 50)).toEqual([]);
  });

  it('turns a bug into a generic ephemeral message and an error log with command, user, guild and options, never the token', async () => {
    const { router, logs, raw } = setUp();
    const { calls, interaction } = command('echo', { ticker: 'BUG' });
    await router.handle(interaction);
    const payload = calls[0]?.payload as { content: string; flags: number };
    expect(payload.flags).toBe(64);
    expect(payload.content).not.toMatch(/cannot read/);
    const reference = /reference `([0-9a-f]{8})`/.exec(payload.content)?.[1];
    const error = logs().find((line) => line['level'] === 50);
    expect(error).toMatchObject({
      msg: 'Command failed', command: 'echo', userId: '200000000000000001', guildId: '300000000000000001', options: { ticker: 'BUG' },
      reference, err: { type: 'TypeError', message: 'cannot read properties of undefined' },
    });
    expect(raw()).not.toContain(TOKEN);
  });

  it('defers a slow command before running it, then fills the reply in', async () => {
    const { router } = setUp();
    const { calls, interaction } = command('pause5s');
    await router.handle(interaction);
    expect(calls).toEqual([
      { method: 'defer', payload: false },
      { method: 'editReply', payload: { content: 'done', embeds: [], components: [], allowed_mentions: NO_MENTIONS } },
    ]);
  });

  it('defers a command that does not answer in time, then edits the reply', async () => {
    const { router } = setUp();
    const { calls, interaction } = command('pause80');
    await router.handle(interaction);
    expect(calls.map((call) => call.method)).toEqual(['defer', 'editReply']);
  });

  it('re-sends an ephemeral answer to a deferred command privately, removing the public "thinking…"', async () => {
    const { router } = setUp();
    const { calls, interaction } = command('pause60');
    await router.handle(interaction);
    expect(calls).toEqual([
      { method: 'defer', payload: false },
      { method: 'deleteReply' },
      { method: 'followUp', payload: { content: 'not found', flags: 64, allowed_mentions: NO_MENTIONS } },
    ]);
  });

  it('answers an unknown command (stale registration) with an ephemeral message', async () => {
    const { router, logs } = setUp();
    const { calls, interaction } = command('gone');
    await router.handle(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: { content: expect.stringContaining('`gone`'), flags: 64, allowed_mentions: NO_MENTIONS } }]);
    expect(logs().at(-2)).toMatchObject({ level: 40, command: 'gone' });
  });
});

describe('the router: rate limit', () => {
  it('tells a user over the limit to slow down and when to retry, without running the command; others are unaffected', async () => {
    const { router, clock } = setUp({ rateLimit: { limit: 2, windowMs: 10_000 } });
    for (let i = 0; i < 2; i++) await router.handle(command('echo', { ticker: 'BABA' }).interaction);
    const limited = command('echo', { ticker: 'BABA' });
    await router.handle(limited.interaction);
    const retryAt = Math.round((clock.ms + 10_000) / 1_000);
    expect(limited.calls).toEqual([{ method: 'reply', payload: { content: `Slow down a little: you can ask again <t:${retryAt}:R>.`, flags: 64, allowed_mentions: NO_MENTIONS } }]);
    const other = command('echo', { ticker: 'BABA' }, '200000000000000002');
    await router.handle(other.interaction);
    expect(other.calls[0]?.payload).toMatchObject({ content: 'You asked for BABA' });
    clock.ms += 10_001;
    const later = command('echo', { ticker: 'BABA' });
    await router.handle(later.interaction);
    expect(later.calls[0]?.payload).toMatchObject({ content: 'You asked for BABA' });
  });

  it('does not limit autocomplete, which fires on every keystroke', async () => {
    const { router } = setUp({ rateLimit: { limit: 1, windowMs: 10_000 } });
    for (let i = 0; i < 5; i++) {
      const typed = autocomplete('echo', 'BA');
      await router.handle(typed.interaction);
      expect(typed.answered[0]).toHaveLength(25);
    }
  });
});

describe('the router: autocomplete', () => {
  it('answers at most 25 choices', async () => {
    const { router } = setUp();
    const { answered, interaction } = autocomplete('echo', 'ali');
    await router.handle(interaction);
    expect(answered).toHaveLength(1);
    expect(answered[0]).toHaveLength(25);
    expect(answered[0]?.[0]).toEqual({ name: 'ali company 0', value: 'ali0' });
  });

  it('answers an empty list when the command fails, has no autocomplete, or is unknown, and logs the failure', async () => {
    const { router, logs } = setUp();
    for (const [name, value] of [['echo', 'BUG'], ['pause80', 'x'], ['gone', 'x']] as const) {
      const { answered, interaction } = autocomplete(name, value);
      await router.handle(interaction);
      expect(answered).toEqual([[]]);
    }
    expect(logs().filter((line) => line['level'] === 50)).toMatchObject([{ msg: 'Autocomplete failed', command: 'echo', focused: 'ticker' }]);
  });

  it('answers an empty list rather than nothing when suggestions take too long', async () => {
    const slow: Command = { ...echo, data: { ...echo.data, name: 'slowac' }, autocomplete: async () => (await sleep(200), [{ name: 'late', value: 'late' }]) };
    const { router } = setUp({ commands: [slow] });
    const { answered, interaction } = autocomplete('slowac', 'a');
    await router.handle(interaction);
    expect(answered).toEqual([[]]);
  });
});

describe('the router: buttons', () => {
  it('sends a click to the command named before the first colon and updates the message in place', async () => {
    const { router } = setUp();
    const { calls, interaction } = button('echo:BABA:2');
    await router.handle(interaction);
    expect(calls).toEqual([{ method: 'update', payload: { content: 'Page 2', embeds: [], components: [], allowed_mentions: NO_MENTIONS } }]);
  });

  it('answers a UserError from a button privately and leaves the message alone', async () => {
    const { router } = setUp();
    const { calls, interaction } = button('echo:BABA:9');
    await router.handle(interaction);
    expect(calls).toEqual([{ method: 'reply', payload: { content: 'That page is gone.', flags: 64, allowed_mentions: NO_MENTIONS } }]);
  });

  it('says a button of an unknown command no longer works', async () => {
    const { router } = setUp();
    for (const customId of ['gone:1', '', ':::', 'pause80:1']) {
      const { calls, interaction } = button(customId);
      await router.handle(interaction);
      expect(calls).toEqual([{ method: 'reply', payload: expect.objectContaining({ content: expect.stringMatching(/no longer works/), flags: 64 }) }]);
    }
  });
});

describe('the router: replies outside Discord\'s limits', () => {
  it('cuts an over-long answer to fit and logs the formatter bug', async () => {
    const { router, logs } = setUp();
    const { calls, interaction } = command('echo', { ticker: 'x'.repeat(3_000) });
    await router.handle(interaction);
    expect((calls[0]?.payload as { content: string }).content).toHaveLength(2_000);
    expect(logs().find((line) => line['level'] === 40)).toMatchObject({ msg: 'Reply broke Discord limits; cut to fit', command: 'echo' });
  });

  it('answers an empty reply with the generic message', async () => {
    const empty: Command = { data: { name: 'empty', description: 'Nothing' }, execute: async () => ({}) };
    const { router, logs } = setUp({ commands: [empty] });
    const { calls, interaction } = command('empty');
    await router.handle(interaction);
    expect(calls[0]?.payload).toMatchObject({ content: expect.stringMatching(/^Something went wrong/), flags: 64 });
    expect(logs().find((line) => line['level'] === 50)).toMatchObject({ err: { message: 'Unusable reply: the reply is empty' } });
  });
});

describe('the router: delivery failures', () => {
  it('tells the user about a reply Discord refused (400) with the generic message, logging it without the URL', async () => {
    const { router, logs, raw } = setUp();
    let attempts = 0;
    const { calls, interaction } = command('echo', { ticker: 'BABA' });
    if (interaction.kind !== 'command') throw new Error('expected a command');
    const reply = interaction.respond.reply;
    interaction.respond.reply = async (payload) => {
      await reply(payload);
      if (attempts++ === 0) throw Object.assign(new Error('Invalid Form Body'), { status: 400, code: 50035, url: `https://x/${TOKEN}` });
    };
    await router.handle(interaction);
    expect(calls.map((call) => (call.payload as { content: string }).content)).toEqual(['You asked for BABA', expect.stringMatching(/^Something went wrong/)]);
    expect(logs().find((line) => line['level'] === 50)).toMatchObject({ msg: 'Could not deliver the answer to Discord', err: { code: 50035, status: 400 } });
    expect(raw()).not.toContain(TOKEN);
  });

  it('only logs when the interaction is gone (404), and never rejects', async () => {
    const { router, logs } = setUp();
    const { calls, interaction } = command('echo', { ticker: 'BABA' }, undefined, { reply: { status: 404, code: 10062 } });
    await expect(router.handle(interaction)).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(logs().find((line) => line['level'] === 50)).toMatchObject({ err: { code: 10062 } });
  });
});

describe('the router: hostile input', () => {
  const inputs = ['', ' ', 'x'.repeat(6_000), '📈🚀💎🙌'.repeat(500), 'علي بابا', '\u202Eabab\u202C', '**bold** `code` ~~x~~ ||spoiler||', '@everyone @here <@&1> <@123>', '\u0000\u0007', 'BUG', 'NOPE'];

  it.each(inputs.map((input) => [input.slice(0, 20), input]))('answers %j without throwing, always pinging nobody', async (_label, input) => {
    const { router } = setUp();
    const { calls, interaction } = command('echo', { ticker: input });
    await router.handle(interaction);
    const typed = autocomplete('echo', input);
    await router.handle(typed.interaction);
    const clicked = button(`echo:${input}`);
    await router.handle(clicked.interaction);
    for (const call of [...calls, ...clicked.calls]) {
      expect(call.payload).toMatchObject({ allowed_mentions: NO_MENTIONS });
      expect(replyProblems(call.payload as { content?: string })).toEqual([]);
    }
    expect(typed.answered[0]?.length).toBeLessThanOrEqual(25);
  });
});

describe('the router: shutting down', () => {
  it('waits for answers in flight, then tells newcomers the bot is restarting', async () => {
    const { router } = setUp();
    const running = command('pause80');
    const handled = router.handle(running.interaction);
    expect(await router.drain(2_000)).toBe(true);
    expect(running.calls.map((call) => call.method)).toEqual(['defer', 'editReply']);
    await handled;
    const late = command('echo', { ticker: 'BABA' });
    await router.handle(late.interaction);
    expect(late.calls[0]?.payload).toMatchObject({ content: expect.stringMatching(/restarting/), flags: 64 });
  });

  it('gives up waiting after the timeout', async () => {
    const { router } = setUp({ commands: [pause(300, { content: 'slow' })] });
    void router.handle(command('pause300').interaction);
    expect(await router.drain(20)).toBe(false);
  });
});
