import { describe, expect, it } from 'vitest';
import { clauseBefore } from '../../src/extract/rules/types.js';

describe('clauseBefore', () => {
  it.each([
    ['no break: the whole text before the position', 'Shares of Acme rose ', 'Shares of Acme rose '],
    ['a conjunction opens the clause', 'Revenue fell while shares rose ', 'while shares rose '],
    ['the nearest of several conjunctions', 'Sales rose and costs fell but shares rose ', 'but shares rose '],
    ['a conjunction in capitals', 'Sales rose WHILE shares rose ', 'WHILE shares rose '],
    ['a two-word conjunction', 'Sales slowed even as shares rose ', 'even as shares rose '],
    ['", while": the conjunction after the comma', 'Sales fell, while shares rose ', 'while shares rose '],
    ['a semicolon after the conjunction', 'Sales and costs fell; shares rose ', ' shares rose '],
    ['a conjunction before the last comma is no break', 'Sales and costs fell, shares rose ', 'Sales and costs fell, shares rose '],
    ['a comma falls back to the last semicolon before it', 'Costs fell; sales rose, shares rose ', ' sales rose, shares rose '],
    ['a word merely containing a conjunction is no break', 'Brandy sales rose ', 'Brandy sales rose '],
    ['a conjunction must be followed by a space inside the text', 'Sales fell and', 'Sales fell and'],
  ])('%s', (_label, text, clause) => {
    expect(clauseBefore(text, text.length)).toBe(clause);
  });

  it('looks back at most `max` characters', () => {
    const text = `${'x'.repeat(200)} and shares rose `;
    expect(clauseBefore(text, text.length, 10)).toBe(text.slice(-10));
    expect(clauseBefore(text, text.length)).toBe('and shares rose ');
  });
});
