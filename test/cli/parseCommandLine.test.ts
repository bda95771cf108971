import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.js';
import { commandUsage, parseCommandLine, type ParsedLine } from '../../src/cli/parseCommandLine.js';

const answer = async () => ({ content: 'ok' });
const quote: Command = { data: { name: 'quote', description: 'q', options: [{ name: 'ticker', description: 't', type: 3, required: true, max_length: 100 }] }, execute: answer };
const facts: Command = {
  data: { name: 'facts', description: 'f', options: [{ name: 'ticker', description: 't', type: 3, required: true }, { name: 'page', description: 'p', type: 4, min_value: 1, max_value: 10 }] },
  execute: answer,
};
const chart: Command = {
  data: {
    name: 'chart', description: 'c',
    options: [
      { name: 'period', description: 'p', type: 3, choices: [{ name: 'One week', value: '1w' }, { name: 'One year', value: '1y' }] },
      { name: 'log', description: 'l', type: 5 }, { name: 'scale', description: 's', type: 10 },
    ],
  },
  execute: answer,
};
const status: Command = { data: { name: 'status', description: 's' }, execute: answer };
const commands = [quote, facts, chart, status];

const options = (parsed: ParsedLine) => (parsed.kind === 'command' ? [parsed.command.data.name, parsed.options] : parsed);

describe('parseCommandLine', () => {
  it.each<[string, unknown]>([
    ['/quote BABA', ['quote', { ticker: 'BABA' }]],
    ['  /QUOTE   baba  ', ['quote', { ticker: 'baba' }]],
    ['/quote alibaba group', ['quote', { ticker: 'alibaba group' }]],
    ['/quote ticker:9988.HK', ['quote', { ticker: '9988.HK' }]],
    ['/quote ticker:"alibaba group"', ['quote', { ticker: 'alibaba group' }]],
    ['/quote LON:GOG', ['quote', { ticker: 'LON:GOG' }]],
    ['/facts BABA 2', ['facts', { ticker: 'BABA', page: 2 }]],
    ['/facts page:3 ticker:BABA', ['facts', { ticker: 'BABA', page: 3 }]],
    ['/facts page:3 alibaba group', ['facts', { ticker: 'alibaba group', page: 3 }]],
    ['/facts "alibaba group" 2', ['facts', { ticker: 'alibaba group', page: 2 }]],
    ['/chart period:1y log:yes scale:1.5', ['chart', { period: '1y', log: true, scale: 1.5 }]],
    ['/chart "one week"', ['chart', { period: '1w' }]],
    ['/status', ['status', {}]],
    ['BABA', ['quote', { ticker: 'BABA' }]],
    ['/quote 📈 @everyone **x**', ['quote', { ticker: '📈 @everyone **x**' }]],
  ])('reads %j', (line, expected) => {
    expect(options(parseCommandLine(line, commands, 'quote'))).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ['/nope BABA', /^Unknown command \/nope\. Commands: \/quote, \/facts, \/chart, \/status$/],
    ['/', /^Unknown command \/\./],
    ['/quote', /^ticker: required\. Usage: \/quote ticker:<string>$/],
    ['/facts BABA two', /^page: "two" is not a whole number\. Usage: \/facts ticker:<string> \[page:<integer>\]$/],
    ['/facts BABA 2.5', /page: "2.5" is not a whole number/],
    ['/facts BABA 11', /page: at most 10/],
    ['/facts BABA 0', /page: at least 1/],
    ['/chart period:5y', /period: one of One week, One year/],
    ['/chart log:maybe', /log: true or false/],
    ['/status extra words', /^unexpected "extra words"\. Usage: \/status$/],
    [`/quote ${'x'.repeat(101)}`, /ticker: at most 100 characters/],
  ])('explains %j', (line, message) => {
    const parsed = parseCommandLine(line, commands, 'quote');
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });

  it('ignores blank lines', () => {
    expect(parseCommandLine('   ', commands)).toEqual({ kind: 'empty' });
  });

  it('writes the usage of a command from its options', () => {
    expect(commandUsage(chart)).toBe('/chart [period:<string>] [log:<boolean>] [scale:<number>]');
  });
});
