import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('commands/index.ts', () => {
  it('lists one command per file in commands/, named after it', () => {
    const files = readdirSync('commands').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(commands.map((c) => c.data.name).sort()).toEqual(files.sort());
  });

  it('gives every command a valid name, a description of 1-100 characters and well-formed options', () => {
    for (const { data } of commands) {
      expect(data.name).toMatch(NAME);
      expect(data.description.length).toBeGreaterThanOrEqual(1);
      expect(data.description.length).toBeLessThanOrEqual(100);
      const options = data.options ?? [];
      expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
      const required = options.map((o) => ('required' in o && o.required) === true);
      expect(required.indexOf(false) === -1 || !required.slice(required.indexOf(false)).includes(true)).toBe(true);
      for (const option of options) {
        expect(option.name).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
      expect(JSON.stringify(data).length).toBeLessThan(4_000);
    }
  });

  it('offers autocomplete on every ticker option and a ticker option on every company command', () => {
    for (const command of commands) {
      const ticker = command.data.options?.find((o) => o.name === 'ticker');
      // /ask takes a question in words, not a ticker; /daily's setup takes a list of them.
      if (['status', 'help', 'ask', 'daily'].includes(command.data.name)) continue;
      expect(ticker && 'autocomplete' in ticker ? ticker.autocomplete : false).toBe(true);
      expect(command.autocomplete).toBeTypeOf('function');
    }
  });
});
