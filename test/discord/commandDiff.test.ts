import type { APIApplicationCommand, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { diffCommands, formatCommandDiff, isUpToDate } from '../../src/discord/commandDiff.js';

const quote: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'quote', description: 'Latest sourced price', type: 1,
  options: [{ name: 'ticker', description: 'Ticker', type: 3, required: true, autocomplete: true }, { name: 'listing', description: 'Exchange', type: 3, required: false }],
};

/** A command as Discord echoes it: ids and defaults added, `required: false` left out. */
function registered(command: RESTPostAPIChatInputApplicationCommandsJSONBody, overrides: Partial<APIApplicationCommand> = {}): APIApplicationCommand {
  const options = (command.options ?? []).map((option) => ('required' in option && option.required === false ? (({ required: _, ...rest }) => rest)(option) : option));
  return {
    ...command, options, id: '1', application_id: '2', version: '3', default_member_permissions: null, nsfw: false, integration_types: [0], contexts: null,
    name_localizations: null, description_localizations: null, ...overrides,
  } as APIApplicationCommand;
}

describe('diffCommands', () => {
  it('finds nothing to change when Discord echoes the same commands with its own fields and defaults', () => {
    const diff = diffCommands([quote], [registered(quote)]);
    expect(diff).toEqual({ added: [], changed: [], removed: [], unchanged: ['quote'] });
    expect(isUpToDate(diff)).toBe(true);
  });

  it('lists added, changed (with the fields) and removed commands', () => {
    const help = { name: 'help', description: 'What the bot does' };
    const diff = diffCommands([quote, help], [registered(quote, { description: 'Old text' }), registered({ name: 'old', description: 'Gone' })]);
    expect(diff).toEqual({ added: ['help'], changed: [{ name: 'quote', fields: ['description'] }], removed: ['old'], unchanged: [] });
    expect(formatCommandDiff(diff)).toEqual([
      '+ /help  (new)',
      '~ /quote  (changed: description)',
      '- /old  (registered, not in the code: would be removed)',
    ]);
  });

  it('sees a changed option', () => {
    const older = registered({ ...quote, options: [{ name: 'ticker', description: 'Ticker', type: 3, required: true }] });
    expect(diffCommands([quote], [older]).changed).toEqual([{ name: 'quote', fields: ['options'] }]);
  });
});
