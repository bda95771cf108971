import { describe, expect, it } from 'vitest';
import { sanitizeModelText } from '../../src/llm/sanitizeModelText.js';

const CITED = 'https://news.example.com/alibaba-ai';
const sanitize = (text: string, maxLength = 4_096): string => sanitizeModelText(text, { allowedUrls: [CITED], citations: 2, maxLength });
const PINGS = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/;

describe('sanitizeModelText', () => {
  it.each([
    ['@everyone'], ['@here'], ['<@123456789012345678>'], ['<@!123456789012345678>'], ['<@&123456789012345678>'], ['<#123456789012345678>'],
    ['@\u200beveryone made visible again by stripping the space: @\u200b\u200beveryone'],
  ])('leaves nothing that pings in %s', (text) => {
    expect(sanitize(`Alert ${text} now`)).not.toMatch(PINGS);
  });

  it('keeps a link to a cited article, bare and masked', () => {
    expect(sanitize(`Read ${CITED}.`)).toBe(`Read ${CITED}.`);
    expect(sanitize(`See [the article](${CITED}) [1]`)).toBe(`See [the article](${CITED}) [1]`);
  });

  it.each([
    ['a bare foreign link', 'Claim it at https://evil.example/free now', 'Claim it at (link removed) now'],
    ['a masked foreign link', 'See [the article](https://evil.example/x)', 'See the article'],
    ['a masked link with angle brackets', 'See [docs](<https://evil.example/x>)', 'See docs'],
    ['a foreign URL as the label of a cited link', `[https://evil.example](${CITED})`, `[(link removed)](${CITED})`],
    ['an invite without a scheme', 'Join discord.gg/abcdef today', 'Join (link removed) today'],
    ['a www address', 'Visit www.evil.example', 'Visit (link removed)'],
    ['another scheme', 'Run javascript://alert(1) or ftp://x.example/y', 'Run (link removed)(1) or (link removed)'],
  ])('removes %s', (_name, text, expected) => {
    expect(sanitize(text)).toBe(expected);
  });

  it('drops citation markers that name no listed source', () => {
    expect(sanitize('Up [1], down [3], flat [0] [2]')).toBe('Up [1], down , flat  [2]');
  });

  it('turns headings into plain lines and drops control and direction characters', () => {
    expect(sanitize('# Big\n-# small\nA\u202eB\u0007C')).toBe('Big\nsmall\nABC');
  });

  it('fits the length it is given', () => {
    const text = sanitize('word '.repeat(2_000), 1_000);
    expect([...text].length).toBeLessThanOrEqual(1_000);
    expect(text.endsWith('…')).toBe(true);
  });
});
