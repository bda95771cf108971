import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { SUBCOMMAND, type Command } from '../../src/discord/command.js';
import { createRouter } from '../../src/discord/router.js';
import { command, fakeContext } from './fakeInteraction.js';

const NO_MENTIONS = { parse: [] };

/** A moderator's command: answers only its user, and only its `build` subcommand is slow. */
const moderate: Command = {
  data: { name: 'moderate', description: 'Moderators only' },
  ephemeral: true,
  slow: (options) => options[SUBCOMMAND] === 'build',
  async execute(options) {
    if (options[SUBCOMMAND] === 'wait') await sleep(60);
    return { content: `did ${String(options[SUBCOMMAND])}` };
  },
};

const route = async (subcommand: string) => {
  const router = createRouter({ commands: [moderate], ctx: fakeContext().ctx, rateLimit: false, deferAfterMs: 30 });
  const { calls, interaction } = command('moderate', { [SUBCOMMAND]: subcommand });
  await router.handle(interaction);
  return calls;
};

describe('the router: commands that answer only their user', () => {
  it('replies privately at once when the answer is quick, though the reply did not ask to be ephemeral', async () => {
    expect(await route('show')).toEqual([{ method: 'reply', payload: { content: 'did show', allowed_mentions: NO_MENTIONS, flags: 64 } }]);
  });

  it('defers privately for a slow subcommand and fills the private deferral in, never posting publicly', async () => {
    expect(await route('build')).toEqual([
      { method: 'defer', payload: true },
      { method: 'editReply', payload: { content: 'did build', embeds: [], components: [], allowed_mentions: NO_MENTIONS } },
    ]);
  });

  it('defers privately when a quick subcommand turns out slow', async () => {
    const calls = await route('wait');
    expect(calls.map((call) => call.method)).toEqual(['defer', 'editReply']);
    expect(calls[0]?.payload).toBe(true);
  });
});
