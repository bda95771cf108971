import { describe, expect, it } from 'vitest';
import { checkCallbackBody } from './limits/callbackLimits.js';
import { checkCommandList } from './limits/commandLimits.js';
import { checkComponents } from './limits/componentLimits.js';
import { checkAllowedMentions } from './limits/mentionPolicy.js';
import { checkMessageBody, isEmptyMessage } from './limits/messageLimits.js';
import { invalidFormBody, problem } from './limits/problems.js';

const rules = (found: readonly { rule: string }[]): string[] => found.map(({ rule }) => rule);
const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
const option = (name: string, extra: object = {}) => ({ name, description: 'An option', type: 3, ...extra });
const command = (extra: object = {}) => ({ name: 'quote', description: 'Latest sourced price', ...extra });

describe('command registration limits', () => {
  it.each([
    ['a plain command', [command({ options: [option('ticker', { required: true }), option('exchange')] })], []],
    ['a non-ASCII lower-case name', [command({ name: 'kurs-ändern' })], []],
    ['a context menu command named with capitals and spaces', [{ name: 'Quote This', type: 3 }], []],
    ['a capital letter in the name', [command({ name: 'Quote' })], ['command.name']],
    ['a space in the name', [command({ name: 'stock quote' })], ['command.name']],
    ['a 33-character name', [command({ name: 'q'.repeat(33) })], ['command.name']],
    ['an empty description', [command({ description: '' })], ['command.description']],
    ['a 101-character description', [command({ description: 'd'.repeat(101) })], ['command.description']],
    ['26 options', [command({ options: times(26, (index) => option(`o${index}`)) })], ['command.options.count']],
    ['26 choices', [command({ options: [option('ticker', { choices: times(26, (index) => ({ name: `c${index}`, value: `c${index}` })) })] })], ['command.option.choices.count']],
    ['choices on an autocomplete option', [command({ options: [option('ticker', { autocomplete: true, choices: [{ name: 'a', value: 'a' }] })] })], ['command.option.autocomplete']],
    ['a required option after an optional one', [command({ options: [option('exchange'), option('ticker', { required: true })] })], ['command.options.required_order']],
    ['two options with one name', [command({ options: [option('ticker'), option('ticker')] })], ['command.options.duplicate']],
    ['a bad option name inside a subcommand', [command({ options: [{ name: 'price', description: 'Price', type: 1, options: [option('Ticker')] }] })], ['command.option.name']],
    ['two commands with one name', [command(), command()], ['command.name.duplicate']],
    ['101 chat input commands', times(101, (index) => command({ name: `c${index}` })), ['command.count']],
    ['over 4,000 characters in one command', [command({ options: times(25, (index) => option(`o${index}`, { description: 'd'.repeat(100), choices: [{ name: 'n'.repeat(100), value: 'v' }] })) })], ['command.size']],
    ['a body that is not a list', { name: 'quote' }, ['command.list']],
  ])('%s', (_name, body, expected) => {
    expect(rules(checkCommandList(body))).toEqual(expected);
  });
});

describe('message limits', () => {
  const embed = (extra: object = {}) => ({ title: 'AAPL', description: 'Price', ...extra });
  it.each([
    ['2,000 characters of content', { content: 'x'.repeat(2_000) }, []],
    ['2,001 characters of content', { content: 'x'.repeat(2_001) }, ['message.content.length']],
    ['11 embeds', { embeds: times(11, () => embed()) }, ['message.embeds.count']],
    ['a 257-character title', { embeds: [embed({ title: 't'.repeat(257) })] }, ['embed.title.length']],
    ['a 4,097-character description', { embeds: [embed({ description: 'd'.repeat(4_097) })] }, ['embed.description.length']],
    ['26 fields', { embeds: [embed({ fields: times(26, () => ({ name: 'n', value: 'v' })) })] }, ['embed.fields.count']],
    ['an empty field name', { embeds: [embed({ fields: [{ name: '', value: 'v' }] })] }, ['embed.field.name']],
    ['an empty field value', { embeds: [embed({ fields: [{ name: 'n', value: '' }] })] }, ['embed.field.value']],
    ['a 1,025-character field value', { embeds: [embed({ fields: [{ name: 'n', value: 'v'.repeat(1_025) }] })] }, ['embed.field.value']],
    ['a 2,049-character footer', { embeds: [embed({ footer: { text: 'f'.repeat(2_049) } })] }, ['embed.footer.length']],
    ['a 257-character author name', { embeds: [embed({ author: { name: 'a'.repeat(257) } })] }, ['embed.author.length']],
    ['6,002 characters over two embeds', { embeds: [{ description: 'd'.repeat(3_001) }, { description: 'd'.repeat(3_001) }] }, ['embed.total.length']],
  ])('%s', (_name, body, expected) => {
    expect(rules(checkMessageBody(body))).toEqual(expected);
  });

  it.each([
    [{}, 0, true],
    [{ content: '' }, 0, true],
    [{ content: '', embeds: [] }, 0, true],
    [{ content: '' }, 1, false],
    [{ embeds: [{ title: 'AAPL' }] }, 0, false],
  ])('calls %j with %i files empty: %s', (body, files, expected) => {
    expect(isEmptyMessage(body, files)).toBe(expected);
  });
});

describe('component limits', () => {
  const button = (extra: object = {}) => ({ type: 2, style: 1, label: 'Next', custom_id: 'next', ...extra });
  const row = (count: number, extra: object = {}) => ({ type: 1, components: times(count, () => button(extra)) });
  it.each([
    ['one row of five buttons', { components: [row(5)] }, []],
    ['a link button without a custom id', { components: [row(1, { style: 5, custom_id: undefined, url: 'https://example.com' })] }, []],
    ['six rows', { components: times(6, () => row(1)) }, ['components.rows']],
    ['six buttons in a row', { components: [row(6)] }, ['components.row.size']],
    ['a 101-character custom id', { components: [row(1, { custom_id: 'c'.repeat(101) })] }, ['component.custom_id']],
    ['an 81-character label', { components: [row(1, { label: 'l'.repeat(81) })] }, ['component.label.length']],
  ])('%s', (_name, body, expected) => {
    expect(rules(checkComponents(body))).toEqual(expected);
  });
});

describe('the no-pings policy', () => {
  it.each([
    ['parse: []', { content: 'hi', allowed_mentions: { parse: [] } }, []],
    ['no allowed_mentions', { content: 'hi' }, ['allowed_mentions.missing']],
    ['allowed_mentions without parse', { allowed_mentions: {} }, ['allowed_mentions.parse']],
    ['parse: ["users"]', { allowed_mentions: { parse: ['users'] } }, ['allowed_mentions.parse']],
    ['a user allowed by id', { allowed_mentions: { parse: [], users: ['1'] } }, ['allowed_mentions.users']],
    ['a role allowed by id', { allowed_mentions: { parse: [], roles: ['1'] } }, ['allowed_mentions.roles']],
    ['replied_user: true', { allowed_mentions: { parse: [], replied_user: true } }, ['allowed_mentions.replied_user']],
  ])('%s', (_name, body, expected) => {
    const findings = checkAllowedMentions(body);
    expect(rules(findings)).toEqual(expected);
    expect(findings.every(({ rejected }) => !rejected)).toBe(true);
  });
});

describe('interaction callbacks', () => {
  const choices = (count: number, name = 'Apple') => times(count, (index) => ({ name, value: `V${index}` }));
  it.each([
    ['a reply to a command', 2, { type: 4, data: { content: 'hi' } }, []],
    ['a deferred update of a button', 3, { type: 6 }, []],
    ['25 autocomplete choices', 4, { type: 8, data: { choices: choices(25) } }, []],
    ['an update of a command (only components have a message)', 2, { type: 7, data: { content: 'hi' } }, ['interaction.callback.type']],
    ['a reply to autocomplete', 4, { type: 4, data: { content: 'hi' } }, ['interaction.callback.type']],
    ['choices for a command', 2, { type: 8, data: { choices: [] } }, ['interaction.callback.type']],
    ['26 autocomplete choices', 4, { type: 8, data: { choices: choices(26) } }, ['autocomplete.choices.count']],
    ['an empty choice name', 4, { type: 8, data: { choices: choices(1, '') } }, ['autocomplete.choice.name']],
    ['a 101-character choice name', 4, { type: 8, data: { choices: choices(1, 'n'.repeat(101)) } }, ['autocomplete.choice.name']],
    ['a reply over 2,000 characters', 2, { type: 4, data: { content: 'x'.repeat(2_001) } }, ['message.content.length']],
  ])('%s', (_name, interactionType, body, expected) => {
    expect(rules(checkCallbackBody(body, interactionType))).toEqual(expected);
  });
});

describe('the 50035 answer', () => {
  it('nests each problem under its path with Discord\'s code and message, and records it as a refused violation', () => {
    const answer = invalidFormBody([
      problem([0, 'name'], 'command.name', 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid'),
      problem([0, 'options', 1, 'description'], 'command.option.description', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.'),
    ]);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      message: 'Invalid Form Body',
      code: 50035,
      errors: {
        0: {
          name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }] },
          options: { 1: { description: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } } },
        },
      },
    });
    expect(answer.findings).toEqual([
      { rule: 'command.name', detail: '0.name: Command name is invalid', rejected: true },
      { rule: 'command.option.description', detail: '0.options.1.description: Must be between 1 and 100 in length.', rejected: true },
    ]);
  });
});
