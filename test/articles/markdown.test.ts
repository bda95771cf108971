import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/articles/markup.js';

describe('markdownToText: text', () => {
  it.each<[string, string, string]>([
    ['bold and italic marks dropped', 'Shares in **Tesco** rose *sharply* and __fast__ or _slowly_.', 'Shares in Tesco rose sharply and fast or slowly.'],
    ['nested emphasis', '**Price target *raised* to $230**', 'Price target raised to $230'],
    ['links keep their text', 'Read [the results](https://x.com/a) and [more][ref].', 'Read the results and more.'],
    ['autolinks keep the address', 'See <https://example.com/a>.', 'See https://example.com/a.'],
    ['images dropped', 'Chart: ![price chart](chart.png) up 3%.', 'Chart: up 3%.'],
    ['inline code kept as text', 'Ticker `BABA` rose.', 'Ticker BABA rose.'],
    ['strikethrough dropped', 'Target ~~$200~~ $230.', 'Target $200 $230.'],
    ['escaped stars stay stars', 'Rated \\*\\*\\* by \\_Morningstar\\_', 'Rated *** by _Morningstar_'],
    ['arithmetic stars and snake_case stay', '2 * 3 * 4 and net_income_ttm', '2 * 3 * 4 and net_income_ttm'],
    ['stars, pluses and bullets become dashes', '* One\n+ Two\n- Three\n• Four', '- One\n- Two\n- Three\n- Four'],
    ['numbered items kept', '1. First\n2. Second', '1. First\n2. Second'],
    ['headings lose their marks', '## Outlook ##\nShares rose.', 'Outlook\nShares rose.'],
    ['quotes lose their marks', '> Shares rose.', 'Shares rose.'],
    ['a wrapped paragraph is one line', 'Shares rose 3%\nto $155.74 on\nFriday.', 'Shares rose 3% to $155.74 on Friday.'],
    ['a wrapped list item is one line', '- Price: $5\n  as of Friday\n- RSI: 29', '- Price: $5 as of Friday\n- RSI: 29'],
    ['a hard break splits a paragraph', 'Line one  \nLine two', 'Line one\nLine two'],
    ['blank lines separate paragraphs', 'One.\n\nTwo.', 'One.\nTwo.'],
    ['rules and reference definitions dropped', 'One.\n\n---\n\n[ref]: https://x.com\nTwo.', 'One.\nTwo.'],
    ['table rows keep their cells', '| Metric | Value |\n|---|---:|\n| P/E | 22 |', 'Metric | Value\nP/E | 22'],
    ['code fences stay as plain text', '```\n**kept** as *is*\n# not a heading\n```\nAfter.', '**kept** as *is*\n# not a heading\nAfter.'],
    ['entities decoded only when complete', 'AT&amp;T, S&P 500, &pound;5, &copy', 'AT&T, S&P 500, £5, &copy'],
    ['simple HTML tags stripped', 'Shares<br> rose <b>3%</b>.', 'Shares rose 3%.'],
  ])('%s', (_name, md, text) => {
    expect(markdownToText(`# Title\n${md}`).text).toBe(text);
  });
});

describe('markdownToText: title, date and link', () => {
  it.each<[string, string, { title: string | null; dateText: string | null; url: string | null; text: string }]>([
    ['a leading heading', '# Tesco climbs\n\nShares rose.', { title: 'Tesco climbs', dateText: null, url: null, text: 'Shares rose.' }],
    ['no heading: the first line is left for the caller', 'Tesco climbs\nShares rose.', { title: null, dateText: null, url: null, text: 'Tesco climbs Shares rose.' }],
    ['a second-level heading is not the title', '## Markets\nShares rose.', { title: null, dateText: null, url: null, text: 'Markets\nShares rose.' }],
    ['front matter', '---\ntitle: "Tesco climbs"\ndate: 2025-06-01\nurl: https://example.com/t\n---\nShares rose.', { title: 'Tesco climbs', dateText: '2025-06-01', url: 'https://example.com/t', text: 'Shares rose.' }],
    ['front matter over the heading, which leaves the text', '---\ntitle: Tesco climbs\n---\n# Tesco shares climb\nShares rose.', { title: 'Tesco climbs', dateText: null, url: null, text: 'Shares rose.' }],
    ['TOML front matter', "+++\ntitle = 'Tesco climbs'\npublished = '2025-06-01T08:00:00Z'\n+++\nShares rose.", { title: 'Tesco climbs', dateText: '2025-06-01T08:00:00Z', url: null, text: 'Shares rose.' }],
    ['a relative permalink is no link', '---\ntitle: T\nlink: /2025/06/tesco\n---\nShares rose.', { title: 'T', dateText: null, url: null, text: 'Shares rose.' }],
  ])('%s', (_name, md, parts) => {
    expect(markdownToText(md)).toEqual(parts);
  });
});
