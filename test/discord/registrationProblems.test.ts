import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { registrationProblems } from '../../src/discord/registrationProblems.js';

type CommandJSON = RESTPostAPIChatInputApplicationCommandsJSONBody;
const ticker: APIApplicationCommandOption = { name: 'ticker', description: 'Ticker or company', type: 3, required: true, autocomplete: true };
const command = (overrides: Partial<CommandJSON> = {}): CommandJSON => ({ name: 'quote', description: 'Latest sourced price', options: [ticker], ...overrides });
const option = (name: string, required = false): APIApplicationCommandOption => ({ name, description: 'x', type: 3, required });
/** A string option with fixed choices (and any other fields), typed loosely so a test can break the rules. */
const withChoices = (name: string, choices: Array<{ name: string; value: string }>, extra: Record<string, unknown> = {}): APIApplicationCommandOption =>
  ({ ...option(name), ...extra, choices }) as unknown as APIApplicationCommandOption;
const numbered = (count: number, prefix = 'c') => Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i}`, value: `${prefix}${i}` }));

describe('registrationProblems', () => {
  it('accepts the commands the bot ships', () => {
    expect(registrationProblems(commands.map((c) => c.data))).toEqual([]);
  });

  it.each<[string, CommandJSON[], RegExp]>([
    ['an upper-case name', [command({ name: 'Quote' })], /name "Quote"/],
    ['a name with a space', [command({ name: 'my quote' })], /name "my quote"/],
    ['a 33-character name', [command({ name: 'q'.repeat(33) })], /name/],
    ['an empty description', [command({ description: '' })], /description is 0 characters/],
    ['a 101-character description', [command({ description: 'd'.repeat(101) })], /description is 101 characters/],
    ['26 options', [command({ options: Array.from({ length: 26 }, (_, i) => option(`o${i}`)) })], /26 options/],
    ['a duplicate option', [command({ options: [option('a'), option('a')] })], /option "a" appears twice/],
    ['required after optional', [command({ options: [option('a'), option('b', true)] })], /required option after an optional one/],
    ['26 choices', [command({ options: [withChoices('a', numbered(26))] })], /26 choices/],
    ['choices with autocomplete', [command({ options: [withChoices('a', numbered(1), { autocomplete: true })] })], /autocomplete together/],
    ['a 101-character choice name', [command({ options: [withChoices('a', [{ name: 'n'.repeat(101), value: 'v' }])] })], /choice name/],
    ['the same command twice', [command(), command()], /\/quote: registered twice/],
    ['101 commands', Array.from({ length: 101 }, (_, i) => command({ name: `c${i}` })), /101 commands/],
    ['over 4,000 characters', [command({ options: Array.from({ length: 25 }, (_, i) => withChoices(`o${i}`, numbered(25), { description: 'd'.repeat(100) })) })], /characters of names, descriptions and choices/],
  ])('refuses %s', (_what, list, expected) => {
    expect(registrationProblems(list).join('\n')).toMatch(expected);
  });

  it('counts a command\'s longest localization toward the 4,000 characters', () => {
    const options = (localized: boolean) => Array.from({ length: 25 }, (_, i) =>
      withChoices(`o${i}`, numbered(5, 'choice-'), localized ? { description_localizations: { de: 'd'.repeat(100) } } : {}));
    expect(registrationProblems([command({ options: options(false) })])).toEqual([]);
    expect(registrationProblems([command({ options: options(true) })]).join('\n')).toMatch(/\/quote: 4\d{3} characters/);
  });
});
