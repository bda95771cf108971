import { describe, expect, it } from 'vitest';
import { newsLines } from '../../src/articles/boilerplate.js';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { findDate } from '../../src/articles/parseDate.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * Inputs that make a backtracking pattern quadratic or worse. At these sizes a quadratic reader takes minutes; a
 * linear one takes milliseconds, so the generous limit holds on a loaded two-core machine.
 */
const LIMIT_MS = 3_000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('reading stays linear on hostile input', () => {
  it.each<[string, string, string]>([
    ['unclosed link brackets in Markdown', 'a.md', `# T\n${'['.repeat(1_000_000)}`],
    ['unclosed link targets in Markdown', 'a.md', `# T\n${'[a]('.repeat(250_000)}`],
    ['stray emphasis stars in Markdown', 'a.md', `# T\n${'*a '.repeat(300_000)}`],
    ['a heading of spaces in Markdown', 'a.md', `# a${' '.repeat(1_000_000)}b`],
    ['unclosed tags in HTML', 'a.html', `<p>${'<a'.repeat(500_000)}`],
    ['unclosed scripts in HTML', 'a.html', `<p>x</p>${'<script>'.repeat(100_000)}`],
    ['unclosed asides in HTML', 'a.html', `<p>x</p>${'<aside>'.repeat(100_000)}`],
    ['unclosed headings in HTML', 'a.html', `${'<h1>'.repeat(200_000)}<p>x</p>`],
    ['unclosed comments in HTML', 'a.html', `<p>x</p>${'<!--'.repeat(200_000)}`],
    ['unclosed quotes in one huge tag', 'a.html', `<meta ${'a="'.repeat(300_000)}><p>x</p>`],
    ['entities without ends', 'a.html', `<p>${'&#x'.repeat(300_000)}</p>`],
    ['emphasis marks of every kind', 'a.md', `# T\n${'**a __b ~~c `d _e '.repeat(60_000)}`],
    ['a date label on every line', 'a.txt', `Title\n${'Published: April 15, 2020 at 9:30 am ET\n'.repeat(50_000)}`],
    ['many short wrapped lines', 'a.txt', `Title\n${'Shares rose three percent to a record close of five dollars\n'.repeat(80_000)}`],
    ['one enormous line of text', 'a.txt', `Title\n${'Shares rose 3% to $5 on April 15, 2020. '.repeat(100_000)}`],
    ['a line of date-like numbers', 'a.txt', `Title\n${'1.1.1111 12:12 '.repeat(200_000)}`],
  ])('%s', (_name, file, text) => {
    const data = bytes(text);
    expect(timed(() => newsLines(parseArticle(file, data).body))).toBeLessThan(LIMIT_MS);
  });

  it.each<[string, string]>([
    ['share words separated by spaces', `Facebook${' '.repeat(200_000)}x`],
    ['a long line without sentence ends', 'About Acme '.repeat(100_000)],
    ['many lines that look like a list', `Related\n${'- item\n'.repeat(200_000)}`],
  ])('newsLines on %s', (_name, body) => {
    expect(timed(() => newsLines(body))).toBeLessThan(LIMIT_MS);
  });

  it('finds dates in a long run of spaces and digits', () => {
    expect(timed(() => findDate(`April 15, 2020${' '.repeat(200_000)}12`))).toBeLessThan(LIMIT_MS);
  });
});
