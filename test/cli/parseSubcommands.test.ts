import { describe, expect, it } from 'vitest';
import { SUBCOMMAND, type Command } from '../../src/discord/command.js';
import { commandUsage, parseCommandLine } from '../../src/cli/parseCommandLine.js';

const daily: Command = {
  data: {
    name: 'daily', description: 'd',
    options: [
      { name: 'preview', description: 'p', type: 1 },
      { name: 'setup', description: 's', type: 1, options: [{ name: 'time', description: 't', type: 3, required: true }, { name: 'quiet', description: 'q', type: 5 }] },
    ],
  },
  execute: async () => ({ content: 'ok' }),
};

describe('parseCommandLine with subcommands', () => {
  it('reads the subcommand from the first word and its options from the rest', () => {
    expect(parseCommandLine('/daily preview', [daily])).toMatchObject({ kind: 'command', options: { [SUBCOMMAND]: 'preview' } });
    expect(parseCommandLine('/daily SETUP 08:30 quiet:yes', [daily])).toMatchObject({ kind: 'command', options: { [SUBCOMMAND]: 'setup', time: '08:30', quiet: true } });
  });

  it('says which subcommands there are when none or an unknown one is given', () => {
    expect(parseCommandLine('/daily', [daily])).toEqual({ kind: 'error', message: 'Missing a subcommand. Usage: /daily <preview|setup>' });
    expect(parseCommandLine('/daily later', [daily])).toEqual({ kind: 'error', message: 'Unknown subcommand "later". Usage: /daily <preview|setup>' });
    expect(parseCommandLine('/daily setup', [daily])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^time: required/) });
  });

  it('shows the subcommands in the usage line', () => {
    expect(commandUsage(daily)).toBe('/daily <preview|setup>');
  });
});
