import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { UserError, type Reply } from '../../src/discord/command.js';
import { replyProblems } from '../../src/discord/limits.js';
import type { FactStore } from '../../src/facts/store.js';
import { makeContext, press, run, sampleStore } from './context.js';

const HOSTILE = [
  '', '   ', 'x'.repeat(6000), '📈📉💸', 'עליבאבא גרופ', 'علي بابا', '**BABA** __x__ ||s|| `c` > q', '# BABA', '@everyone', '@here BABA',
  '<@123456789012345678>', '<@&1> <#2> </quote:3>', '\u202eABAB', 'BABA\u0000\u0007', '[BABA](https://evil.test)', '\\', 'baba'.repeat(25),
];
/** A mention that could ping or render: anything not broken by an invisible space. */
const LIVE_MENTION = /@(everyone|here)|<[@#/]/i;

let store: FactStore;
beforeAll(async () => {
  store = await sampleStore();
});
afterAll(async () => store.close());

/** The reply a user would see: the command's, or the ephemeral one of its UserError; anything else fails the test. */
async function answer(produce: () => Promise<Reply>): Promise<Reply> {
  try {
    return await produce();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const reply = (error as UserError).reply ?? { content: (error as UserError).message, ephemeral: true };
    expect(reply.ephemeral).toBe(true);
    return reply;
  }
}

describe.each(commands.map((c) => [c.data.name, c] as const))('/%s with hostile input', (_name, command) => {
  it('answers every option value within Discord limits, with no live mention, throwing only UserError', async () => {
    const ctx = makeContext(store);
    for (const ticker of HOSTILE) {
      const reply = await answer(() => run(command, { ticker, page: 1 }, ctx));
      expect(replyProblems(reply), JSON.stringify(ticker)).toEqual([]);
      expect(JSON.stringify(reply)).not.toMatch(LIVE_MENTION);
    }
    for (const page of [Number.NaN, -5, 0, 1.5, 1e12, Number.POSITIVE_INFINITY]) {
      const reply = await answer(() => run(command, { ticker: 'BABA', page }, ctx));
      expect(replyProblems(reply), String(page)).toEqual([]);
    }
  });

  it('autocompletes anything typed with at most 25 valid choices', async () => {
    for (const value of HOSTILE) {
      const choices = await (command.autocomplete?.({ name: 'ticker', value }, makeContext(store)) ?? []);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect([...choice.name].length).toBeGreaterThanOrEqual(1);
        expect([...choice.name].length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
      }
    }
  });

});

describe.each(commands.filter((c) => c.button).map((c) => [c.data.name, c] as const))('/%s buttons', (_name, command) => {
  it('refuse forged ids with a UserError only', async () => {
    for (const id of HOSTILE.map((h) => `${command.data.name}:${h}`)) {
      const reply = await answer(() => press(command, id, makeContext(store)));
      expect(replyProblems(reply)).toEqual([]);
    }
  });
});
