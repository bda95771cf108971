import { describe, expect, it } from 'vitest';
import { cleanInline, escapeMarkdown, inlineText, neutralizeMentions, plainText } from '../../src/format/escapeText.js';
import { textLength } from '../../src/format/truncate.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const ZWSP = '\u200b';

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['[click](https://x.test)', '\\[click\\](https://x.test)'],
    ['||spoiler|| `code` ~~gone~~', '\\|\\|spoiler\\|\\| \\`code\\` \\~\\~gone\\~\\~'],
    ['# Heading', '\\# Heading'],
    ['> quoted', '\\> quoted'],
    ['- item', '\\- item'],
    ['-# subtext', '\\-# subtext'],
    ['1. first', '1\\. first'],
    ['a \\ backslash', 'a \\\\ backslash'],
    ['Price up 5% to $10 - a gain', 'Price up 5% to $10 - a gain'],
  ])('%s', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('neutralizeMentions', () => {
  it.each([
    ['@everyone look', `@${ZWSP}everyone look`],
    ['hi @here', `hi @${ZWSP}here`],
    ['<@123456789012345678>', `<${ZWSP}@123456789012345678>`],
    ['<@!123>', `<${ZWSP}@!123>`],
    ['<@&987>', `<${ZWSP}@&987>`],
    ['<#555>', `<${ZWSP}#555>`],
    ['</quote:1>', `<${ZWSP}/quote:1>`],
    ['<t:1700000000:R>', `<${ZWSP}t:1700000000:R>`],
    ['<:pepe:123> <a:dance:4>', `<${ZWSP}:pepe:123> <${ZWSP}a:dance:4>`],
    ['mail me@example.com, 3 < 4', 'mail me@example.com, 3 < 4'],
  ])('%s', (text, expected) => {
    expect(neutralizeMentions(text)).toBe(expected);
  });
});

describe('inlineText and plainText', () => {
  it('put untrusted text on one line without controls or bidirectional overrides', () => {
    expect(cleanInline(' a\n\tb \u202Eevil\u0000 ')).toBe('a b evil');
  });

  it('isolate right-to-left text so it cannot reorder the figures beside it', () => {
    expect(inlineText('עליבאבא', 50)).toBe('\u2068עליבאבא\u2069');
    expect(plainText('Alibaba', 50)).toBe('Alibaba');
  });

  it('escape and break mentions in one pass and stay within the limit however much escaping grows the text', () => {
    const hostile = '*_`|'.repeat(1500);
    const out = inlineText(hostile, 256);
    expect(textLength(out)).toBeLessThanOrEqual(256);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/(?<!\\)[*_`|]/);
    expect(inlineText('@everyone **now**', 100)).toBe(`@${ZWSP}everyone \\*\\*now\\*\\*`);
    expect(plainText('@everyone **now**', 100)).toBe(`@${ZWSP}everyone **now**`);
  });

  it('fit 6,000 characters of mentions and emoji into a footer-sized limit', () => {
    const text = '@here 📉 '.repeat(750);
    for (const render of [inlineText, plainText]) {
      const out = render(text, 100);
      expect(textLength(out)).toBeLessThanOrEqual(100);
      expect(out).not.toMatch(/@here/);
      expect(out).not.toMatch(LONE_SURROGATE);
    }
  });
});
