import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../src/articles/parseArticle.js';
import { decodeText, looksBinary } from '../../src/articles/decodeText.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseArticle', () => {
  it('reads the sample article: title, glued date cut from the first paragraph', () => {
    const a = parseArticle('data/articles/seed_000.txt', readFileSync('data/articles/seed_000.txt'));
    expect(a.title).toBe('Alibaba’s AI Ambitions Fuel Market Optimism and Stock Surge');
    expect(a.published).toBe('2026-01-14T12:54:04');
    expect(a.body.split('\n')[0]).toMatch(/^Alibaba Group is making a powerful statement/);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, string, string | null]>([
    ['plain.txt', 'Title here\nBy Jane Doe | April 15, 2020\nShares rose.', '2020-04-15T00:00:00'],
    ['plain.txt', 'Title here\nPublished: Wed, 15 Apr 2020 09:30:00 GMT\nUpdated: April 16, 2020\nShares rose.', '2020-04-15T09:30:00+00:00'],
    ['plain.txt', 'Title here\nUpdated: April 16, 2020\nShares rose.', '2020-04-16T00:00:00'],
    ['plain.txt', 'Title here\nShares rose. On January 1, 2026, Baidu spun off a unit.', null],
  ])('%s: %j dates to %s', (file, text, published) => {
    const a = parseArticle(file, bytes(text));
    expect(a.published).toBe(published);
    expect(a.body).toMatch(/Shares rose\./);
    expect(a.body).not.toMatch(/Published|Updated|By Jane/);
  });

  it('strips HTML tags, decodes entities and takes title, date and canonical link from the markup', () => {
    const html = `<!doctype html><html><head><title>Site | X</title><link rel="canonical" href="https://example.com/a">
      <meta property="article:published_time" content="2025-03-03T10:00:00Z"><script>var x = "$5";</script></head>
      <body><nav>Home</nav><h1>Alibaba shares rise</h1><p>Alibaba rose 3% to &euro;148.20 &amp; more.</p>
      <ul><li>RSI: 29.4</li></ul><footer>&copy; 2025</footer></body></html>`;
    const a = parseArticle('page.html', bytes(html));
    expect(a.title).toBe('Alibaba shares rise');
    expect(a.published).toBe('2025-03-03T10:00:00+00:00');
    expect(a.url).toBe('https://example.com/a');
    expect(a.body).toBe('Alibaba rose 3% to €148.20 & more.\n- RSI: 29.4');
  });

  it('reads Markdown with front matter, headings and links', () => {
    const md = '---\ntitle: Tesco climbs\ndate: 2025-06-01\n---\n# Ignored heading\nShares in **Tesco** rose 2% to [450p](https://x).\n* Volume: 1,000,000';
    const a = parseArticle('a.md', bytes(md));
    expect(a.title).toBe('Tesco climbs');
    expect(a.published).toBe('2025-06-01T00:00:00');
    expect(a.body).toBe('Shares in Tesco rose 2% to 450p.\n- Volume: 1,000,000');
  });

  it('decodes Windows-1252 text and drops byte-order marks', () => {
    const cp1252 = Uint8Array.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x80, 0x31, 0x34, 0x38, 0x2e, 0x32, 0x30, 0x20, 0x93, 0x42, 0x75, 0x79, 0x94]);
    expect(decodeText(cp1252)).toEqual({ text: 'Title\n€148.20 “Buy”', encoding: 'windows-1252' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Title\r\nBody')]);
    expect(decodeText(bom)).toEqual({ text: 'Title\nBody', encoding: 'utf-8' });
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['empty', new Uint8Array(), /empty/],
    ['binary', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), /binary/],
    ['whitespace only', bytes('   \n\n  '), /no text/],
  ])('refuses a %s file with one clear line', (_name, data, message) => {
    expect(() => parseArticle('x.txt', data)).toThrow(ArticleError);
    expect(() => parseArticle('x.txt', data)).toThrow(message);
  });

  it('tells binary bytes from text', () => {
    expect(looksBinary(bytes('plain text'))).toBe(false);
    expect(looksBinary(Uint8Array.from([1, 2, 3, 0, 5]))).toBe(true);
  });
});
