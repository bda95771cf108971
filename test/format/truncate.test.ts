import { describe, expect, it } from 'vitest';
import { joinWithin, textLength, truncate } from '../../src/format/truncate.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncate', () => {
  it('keeps text that fits and cuts longer text to the limit with an ellipsis', () => {
    expect(truncate('Alibaba', 7)).toBe('Alibaba');
    expect(truncate('Alibaba Group', 8)).toBe('Alibaba…');
    expect(textLength(truncate('x'.repeat(6000), 256))).toBe(256);
  });

  it('counts and cuts emoji as single characters, never splitting a surrogate pair', () => {
    const emoji = '📈'.repeat(10);
    expect(textLength(emoji)).toBe(10);
    const cut = truncate(emoji, 4);
    expect(cut).toBe('📈📈📈…');
    expect(cut).not.toMatch(LONE_SURROGATE);
  });

  it('never leaves a trailing backslash that would escape the ellipsis', () => {
    expect(truncate('ab\\*cdef', 4)).toBe('ab…');
    expect(truncate('ab\\*cdef', 5)).toBe('ab\\*…');
  });
});

describe('joinWithin', () => {
  const more = (n: number) => `…and ${n} more`;

  it('joins every line when they fit', () => {
    expect(joinWithin(['a', 'b'], 10, more)).toBe('a\nb');
  });

  it('keeps whole lines and counts the ones left out', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    const joined = joinWithin(lines, 60, more);
    expect(textLength(joined)).toBeLessThanOrEqual(60);
    expect(joined.startsWith('line 0\nline 1\n')).toBe(true);
    const shown = joined.split('\n').length - 1;
    expect(joined.endsWith(`…and ${100 - shown} more`)).toBe(true);
  });

  it('counts lines the caller left out even when every given line fits', () => {
    expect(joinWithin(['a', 'b'], 100, more, '\n', 38)).toBe('a\nb\n…and 38 more');
    expect(joinWithin([], 100, more, '\n', 5)).toBe('…and 5 more');
  });

  it('truncates a single line longer than the limit', () => {
    const joined = joinWithin(['x'.repeat(5000), 'y'], 100, more);
    expect(textLength(joined)).toBeLessThanOrEqual(100);
    expect(joined.endsWith('…and 1 more')).toBe(true);
  });
});
