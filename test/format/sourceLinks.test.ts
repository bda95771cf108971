import { describe, expect, it } from 'vitest';
import { articleLink, safeUrl } from '../../src/format/sourceLinks.js';

describe('safeUrl', () => {
  it.each<[string | null, string | null]>([
    ['https://news.test/a', 'https://news.test/a'],
    [' http://news.test/a b ', 'http://news.test/a%20b'],
    ['https://news.test/a_(b)*c', 'https://news.test/a%5F%28b%29%2Ac'],
    ['javascript:alert(1)', null],
    ['ftp://news.test/a', null],
    ['not a url', null],
    [null, null],
    [`https://news.test/${'x'.repeat(600)}`, null],
  ])('%s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('articleLink', () => {
  it('links an escaped title to a safe URL, and leaves a title without one as text', () => {
    expect(articleLink({ title: 'Alibaba **soars**', url: 'https://news.test/a' }, 100)).toBe('[Alibaba \\*\\*soars\\*\\*](https://news.test/a)');
    expect(articleLink({ title: 'Alibaba', url: 'javascript:x' }, 100)).toBe('Alibaba');
    expect(articleLink({ title: '', url: null }, 100)).toBe('Untitled article');
  });
});
