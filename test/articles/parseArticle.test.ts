import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.js';
import { ArticleError, MAX_ARTICLE_CHARS, parseArticle } from '../../src/articles/parseArticle.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseArticle reads the sample articles', () => {
  it.each<[string, string, string, string]>([
    ['seed_000', 'Alibaba’s AI Ambitions Fuel Market Optimism and Stock Surge', '2026-01-14T12:54:04', 'Alibaba Group is making a powerful statement with its latest strategic pivot.'],
    ['seed_002', 'Alibaba’s AI Pivot Gains Investor Confidence', '2026-01-03T13:41:04', 'A significant strategic shift is underway at Alibaba,'],
  ])('%s: title, date cut from the first paragraph, every other line kept', (name, title, published, lead) => {
    const file = `data/articles/${name}.txt`;
    const raw = readFileSync(file);
    const a = parseArticle(file, raw);
    expect(a).toMatchObject({ file, title, published, url: null });
    expect(a.id).toBe(createHash('sha256').update(raw).digest('hex'));
    const lines = a.body.split('\n');
    expect(lines[0]?.startsWith(lead)).toBe(true);
    const source = raw.toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines.slice(1)).toEqual(source.slice(2));
    expect(a.body).not.toMatch(/\d{2}\.\d{2}\.2026/);
  });

  it('gives different files different ids and equal bytes equal ids', () => {
    const a = parseArticle('a.txt', bytes('Title\nShares rose.'));
    expect(parseArticle('b.txt', bytes('Title\nShares rose.')).id).toBe(a.id);
    expect(parseArticle('a.txt', bytes('Title\nShares fell.')).id).not.toBe(a.id);
  });
});

describe('parseArticle reads plain text', () => {
  it.each<[string, string, Partial<Article>]>([
    ['the first line as title', 'Tesco climbs\nShares rose.', { title: 'Tesco climbs', body: 'Shares rose.', published: null }],
    ['a date line before the title', 'April 15, 2020\nTesco climbs\nShares rose.', { title: 'Tesco climbs', body: 'Shares rose.', published: '2020-04-15T00:00:00' }],
    ['a labelled title', 'Title: Tesco climbs\nShares rose.', { title: 'Tesco climbs', body: 'Shares rose.' }],
    ['a byline date', 'Tesco climbs\nBy Jane Doe | April 15, 2020\nShares rose.', { body: 'Shares rose.', published: '2020-04-15T00:00:00' }],
    ['Published over Updated', 'T\nPublished: Wed, 15 Apr 2020 09:30:00 GMT\nUpdated: April 16, 2020\nShares rose.', { body: 'Shares rose.', published: '2020-04-15T09:30:00+00:00' }],
    ['a date only in a news sentence', 'T\nShares rose. On January 1, 2026, Baidu spun off a unit.', { body: 'Shares rose. On January 1, 2026, Baidu spun off a unit.', published: null }],
    ['a URL line', 'T\nURL: https://example.com/a\nShares rose.', { body: 'Shares rose.', url: 'https://example.com/a' }],
    ['a Source line at the end', 'T\nShares rose.\nSource: https://example.com/b', { body: 'Shares rose.', url: 'https://example.com/b' }],
    ['a bare link in the header', 'T\nhttps://example.com/c\nShares rose.', { body: 'Shares rose.', url: 'https://example.com/c' }],
    ['a bare link in the body kept', 'T\nOne.\nTwo.\nThree.\nhttps://example.com/d', { body: 'One.\nTwo.\nThree.\nhttps://example.com/d', url: null }],
    ['blank lines and inner whitespace', '  T  \n\n\n  Shares \t rose   3%.  \n\n- Price:   $5\n', { title: 'T', body: 'Shares rose 3%.\n- Price: $5' }],
    ['stray control characters', 'T\nShares\u0007 rose.', { body: 'Shares rose.' }],
    ['a title alone', 'Tesco climbs', { title: 'Tesco climbs', body: '' }],
  ])('%s', (_name, text, expected) => {
    expect(parseArticle('a.txt', bytes(text))).toMatchObject(expected);
  });

  it('joins hand-wrapped paragraphs into one line each', () => {
    const text = [
      'Tesco shares climb after results',
      '',
      'Tesco shares rose 2% to 450p on Wednesday after the grocer reported',
      'higher than expected sales for the quarter and raised its profit',
      'outlook for the full year.',
      '',
      'Analysts at Jefferies kept their Buy rating and a price target of',
      '520p, citing market share gains.',
    ].join('\n');
    expect(parseArticle('a.txt', bytes(text)).body.split('\n')).toEqual([
      'Tesco shares rose 2% to 450p on Wednesday after the grocer reported higher than expected sales for the quarter and raised its profit outlook for the full year.',
      'Analysts at Jefferies kept their Buy rating and a price target of 520p, citing market share gains.',
    ]);
  });

  it('reads a Windows-1252 file', () => {
    const raw = Uint8Array.from([...bytes('Kurs steigt\n'), 0x80, ...bytes('148,20 '), 0x93, ...bytes('Kaufen'), 0x94]);
    expect(parseArticle('a.txt', raw)).toMatchObject({ title: 'Kurs steigt', body: '€148,20 “Kaufen”' });
  });
});

describe('parseArticle reads markup', () => {
  it('reads HTML: title, date and canonical link from the markup, text without chrome', () => {
    const html = `<!doctype html><html><head><title>Site | X</title><link rel="canonical" href="https://example.com/a">
      <meta property="article:published_time" content="2025-03-03T10:00:00Z"><script>var x = "$5";</script></head>
      <body><nav>Home</nav><h1>Alibaba shares rise</h1><p>By Jane Doe | March 3, 2025</p><p>Alibaba rose 3% to &euro;148.20 &amp; more.</p>
      <ul><li>RSI: 29.4</li></ul><footer>&copy; 2025</footer></body></html>`;
    expect(parseArticle('page.html', bytes(html))).toMatchObject({
      title: 'Alibaba shares rise', published: '2025-03-03T10:00:00+00:00', url: 'https://example.com/a',
      body: 'Alibaba rose 3% to €148.20 & more.\n- RSI: 29.4',
    });
  });

  it.each<[string, string]>([
    ['a .txt that starts like a page', 'a.txt'],
    ['an .htm file', 'a.htm'],
  ])('reads %s as HTML', (_name, file) => {
    const a = parseArticle(file, bytes('<html><body><h1>T</h1><p>Shares <b>rose</b>.</p></body></html>'));
    expect(a).toMatchObject({ title: 'T', body: 'Shares rose.' });
  });

  it('takes the date from the page text when the markup has none', () => {
    const a = parseArticle('a.html', bytes('<h1>T</h1><p>Posted on April 15, 2020</p><p>Shares rose.</p>'));
    expect(a).toMatchObject({ published: '2020-04-15T00:00:00', body: 'Shares rose.' });
  });

  it('reads Markdown with front matter, headings and links', () => {
    const md = '---\ntitle: Tesco climbs\ndate: 2025-06-01\n---\n# Tesco shares climb\nShares in **Tesco** rose 2% to [450p](https://x).\n* Volume: 1,000,000';
    expect(parseArticle('a.md', bytes(md))).toMatchObject({
      title: 'Tesco climbs', published: '2025-06-01T00:00:00', body: 'Shares in Tesco rose 2% to 450p.\n- Volume: 1,000,000',
    });
  });

  it('reads Markdown without front matter: heading title, date line below it', () => {
    const a = parseArticle('a.markdown', bytes('# Tesco climbs\n\n*Published: June 1, 2025*\n\nShares rose.'));
    expect(a).toMatchObject({ title: 'Tesco climbs', published: '2025-06-01T00:00:00', body: 'Shares rose.' });
  });
});

describe('parseArticle refuses what is not an article, in one line', () => {
  it.each<[string, string, Uint8Array, RegExp]>([
    ['an empty file', 'a.txt', new Uint8Array(), /^empty file$/],
    ['a binary file', 'a.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), /^binary file/],
    ['a file of whitespace', 'a.txt', bytes('   \n\n \t \n'), /^no text in the file$/],
    ['a page of markup only', 'a.html', bytes('<html><head><title></title></head><body><script>x()</script></body></html>'), /^no text in the file once the markup is removed$/],
    ['too much text', 'a.txt', bytes(`T\n${'a'.repeat(MAX_ARTICLE_CHARS)}`), /^too large for an article \(5\.0 million characters; the limit is 5 million\)$/],
    ['too many bytes to read', 'a.txt', new Uint8Array(4 * MAX_ARTICLE_CHARS + 1).fill(0x61), /^too large for an article \(20\.0 MB; the limit is 5 MB of text\)$/],
  ])('%s', (_name, file, data, message) => {
    let error: unknown;
    try {
      parseArticle(file, data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).message).toMatch(message);
  });
});

describe('a page with no date line', () => {
  it('takes its date from the headline when the headline carries one', () => {
    expect(parseArticle('a.txt', bytes('JSE market update 24 August 2017\nNaspers rose 0.81% to end the day at R3001.63.')).published).toBe('2017-08-24T00:00:00');
    expect(parseArticle('b.txt', bytes('JSE market update 24 August 2017\nPublished: 25 August 2017\nNaspers rose 0.81%.')).published).toBe('2017-08-25T00:00:00');
    expect(parseArticle('c.txt', bytes('JSE market update\nNaspers rose 0.81%.')).published).toBeNull();
  });
});
