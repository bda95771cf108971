import { describe, expect, it } from 'vitest';
import { findDate, findPublished, isDateLine, parseDateText, takePublished } from '../../src/articles/parseDate.js';

describe('parseDateText reads the formats publishers use', () => {
  it.each<[string, string | null]>([
    ['14.01.2026 - 12:54:04', '2026-01-14T12:54:04'],
    ['03.01.2026 - 13:41:04A significant strategic shift', '2026-01-03T13:41:04'],
    ['14.01.2026', '2026-01-14T00:00:00'],
    ['April 15, 2020', '2020-04-15T00:00:00'],
    ['April 15 2020', '2020-04-15T00:00:00'],
    ['April 15th, 2020', '2020-04-15T00:00:00'],
    ['15 April 2020', '2020-04-15T00:00:00'],
    ['15th of April, 2020', '2020-04-15T00:00:00'],
    ['15-Apr-2020', '2020-04-15T00:00:00'],
    ['15. Januar 2026 um 12:30 Uhr', '2026-01-15T12:30:00'],
    ['3. März 2025', '2025-03-03T00:00:00'],
    ['Sept. 15, 2020', '2020-09-15T00:00:00'],
    ['Sep 15, 2020', '2020-09-15T00:00:00'],
    ['Wednesday, April 15, 2020', '2020-04-15T00:00:00'],
    ['Wed, April 15, 2020', '2020-04-15T00:00:00'],
    ['15 Apr 2020, 09:30', '2020-04-15T09:30:00'],
    ['Apr 15, 2020 9:30 AM', '2020-04-15T09:30:00'],
    ['Apr 15, 2020, 9:30 p.m.', '2020-04-15T21:30:00'],
    ['April 15, 2020 at 12:30 a.m.', '2020-04-15T00:30:00'],
    ['April 15, 2020 at 12:05 PM', '2020-04-15T12:05:00'],
    ['April 15, 2020 at 4 pm', '2020-04-15T16:00:00'],
    ['9:30 AM ET, April 15, 2020', '2020-04-15T09:30:00-04:00'],
    ['2020-04-15', '2020-04-15T00:00:00'],
    ['2020-04-15T09:30', '2020-04-15T09:30:00'],
    ['2020-04-15T09:30:00Z', '2020-04-15T09:30:00+00:00'],
    ['2020-04-15T09:30:00.123Z', '2020-04-15T09:30:00+00:00'],
    ['2020-04-15T09:30:00+02:00', '2020-04-15T09:30:00+02:00'],
    ['2020-04-15T09:30:00-0500', '2020-04-15T09:30:00-05:00'],
    ['2020-04-15 09:30 UTC', '2020-04-15T09:30:00+00:00'],
    ['Wed, 15 Apr 2020 09:30:00 GMT', '2020-04-15T09:30:00+00:00'],
    ['Wed, 15 Apr 2020 09:30:00 +0000', '2020-04-15T09:30:00+00:00'],
    ['15 April 2020 10:15 GMT+8', '2020-04-15T10:15:00+08:00'],
    ['Mar 3, 2025, 16:05 IST', '2025-03-03T16:05:00+05:30'],
    ['14.01.2026 - 12:54 CET', '2026-01-14T12:54:00+01:00'],
    ['2020/04/15', '2020-04-15T00:00:00'],
    ['2020.04.15', '2020-04-15T00:00:00'],
    ['2020年4月15日 09:30', '2020-04-15T09:30:00'],
    // Slashes are month first (US); day first only when the first number cannot be a month.
    ['04/15/2020', '2020-04-15T00:00:00'],
    ['03/04/2020', '2020-03-04T00:00:00'],
    ['31/01/2020', '2020-01-31T00:00:00'],
    // Dots and dashes are day first; month first only when the second number cannot be a month.
    ['03.04.2020', '2020-04-03T00:00:00'],
    ['15-04-2020', '2020-04-15T00:00:00'],
    ['04-15-2020', '2020-04-15T00:00:00'],
    ['29.02.2024', '2024-02-29T00:00:00'],
    ['29.02.2023', null],
    ['31.02.2020', null],
    ['April 31, 2020', null],
    ['13/13/2020', null],
    ['2020-13-01', null],
    ['Jan 0, 2020', null],
    ['April 2020', null],
    ['On January 1, Baidu revealed plans', null],
    ['no date here', null],
    ['', null],
  ])('%j -> %s', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['April 15, 2020 25:61', '2020-04-15T00:00:00'],
    ['April 15, 2020 13:30 PM', '2020-04-15T00:00:00'],
  ])('keeps the date of %j but not its impossible time', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Apr 15, 2020 9:30 AM ET', '2020-04-15T09:30:00-04:00'],
    ['Jan 15, 2020 9:30 PM ET', '2020-01-15T21:30:00-05:00'],
    ['Jan 15, 2020 9:30 AM EDT', '2020-01-15T09:30:00-04:00'],
    ['Jul 15, 2020 9:30 AM EST', '2020-07-15T09:30:00-05:00'],
    ['Jul 15, 2020 6:30 AM PT', '2020-07-15T06:30:00-07:00'],
    ['Dec 15, 2020 6:30 AM PT', '2020-12-15T06:30:00-08:00'],
    ['Jul 15, 2020 8:30 AM CT', '2020-07-15T08:30:00-05:00'],
    ['March 8, 2020 1:30 AM ET', '2020-03-08T01:30:00-05:00'],
    ['March 8, 2020 3:30 AM ET', '2020-03-08T03:30:00-04:00'],
    ['April 2, 2006 9:00 AM ET', '2006-04-02T09:00:00-04:00'],
    ['March 20, 2006 9:00 AM ET', '2006-03-20T09:00:00-05:00'],
  ])('gives US zone names their offset on that date: %j', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it('takes the leftmost of several dates', () => {
    expect(parseDateText('Published April 15, 2020; updated 2020-04-16')).toBe('2020-04-15T00:00:00');
  });

  it.each<[string, { value: string; start: number; end: number }]>([
    ['14.01.2026 - 12:54:04Alibaba Group is', { value: '2026-01-14T12:54:04', start: 0, end: 21 }],
    ['By Jane Doe | Wednesday, April 15, 2020 | 3 min read', { value: '2020-04-15T00:00:00', start: 14, end: 39 }],
    ['Zalando 14.01.2026 - 12:54:04Zalando', { value: '2026-01-14T12:54:04', start: 8, end: 29 }],
  ])('says where the date in %j stands', (text, expected) => {
    expect(findDate(text)).toEqual(expected);
  });
});

describe('findPublished looks for the publication date in the header only', () => {
  it.each<[string, string, string | null]>([
    ['a date glued to the first paragraph', 'Title\n14.01.2026 - 12:54:04Alibaba Group is making a statement.', '2026-01-14T12:54:04'],
    ['a byline with a date', 'Title\nBy Jane Doe | April 15, 2020\nShares rose.', '2020-04-15T00:00:00'],
    ['a byline with a comma', 'Title\nBy Jane Doe, Reuters, April 15, 2020\nShares rose.', '2020-04-15T00:00:00'],
    ['Posted on', 'Title\nPosted on April 15, 2020 at 9:30 am ET\nShares rose.', '2020-04-15T09:30:00-04:00'],
    ['Published over Updated', 'Title\nUpdated: April 16, 2020\nPublished: April 15, 2020\nShares rose.', '2020-04-15T00:00:00'],
    ['Published over Updated on one line', 'Title\nUpdated Apr 16, 2020, first published Apr 15, 2020\nShares rose.', '2020-04-15T00:00:00'],
    ['Updated alone', 'Title\nUpdated: April 16, 2020\nShares rose.', '2020-04-16T00:00:00'],
    ['a date line before the title', 'April 15, 2020\nAlibaba gains\nShares rose.', '2020-04-15T00:00:00'],
    ['an author line then a date line', 'Title\nJane Doe\nSenior Markets Reporter\nApril 15, 2020\nShares rose.', '2020-04-15T00:00:00'],
    ['a labelled line further down', 'Title\nShares rose.\nMore text.\nEven more.\nFourth line.\nPublished: 2020-04-15T09:30:00Z', '2020-04-15T09:30:00+00:00'],
    ['a wire dateline', 'Title\nNEW YORK, April 15, 2020 /PRNewswire/ -- Acme Corp. (NYSE: ACM) today announced results.', '2020-04-15T00:00:00'],
    ['a date in a news sentence of the lead', 'Title\nAlibaba shares rose on January 2, 2026, after Baidu spun off a unit and analysts raised targets.', null],
    ['a date in a later paragraph', 'Title\nShares rose.\nMore text.\nEven more.\nOn January 1, 2026, Baidu revealed plans.', null],
    ['an unlabelled date line further down', 'Title\nShares rose.\nMore text.\nEven more.\nApril 15, 2020', null],
    ['a Date: line further down', 'Title\nShares rose.\nMore text.\nEven more.\nDate: April 15, 2020', null],
    ['no date at all', 'Title\nShares rose.', null],
  ])('%s', (_name, text, expected) => {
    expect(findPublished(text)).toBe(expected);
  });
});

describe('takePublished takes date lines out of the body', () => {
  it.each<[string, string[], string[]]>([
    ['cuts a glued date from the first paragraph', ['14.01.2026 - 12:54:04Alibaba Group is making a statement.'], ['Alibaba Group is making a statement.']],
    ['cuts a glued date and its dash', ['April 15, 2020 — Shares of Acme rose 4% in early trading today.'], ['Shares of Acme rose 4% in early trading today.']],
    ['drops Published and Updated lines', ['Published: April 15, 2020', 'Updated: April 16, 2020', 'Shares rose.'], ['Shares rose.']],
    ['drops a byline with a date', ['By Jane Doe | April 15, 2020 | 3 min read', 'Shares rose.'], ['Shares rose.']],
    ['keeps a wire dateline paragraph whole', ['LONDON, April 15, 2020 (Reuters) - Tesco shares rose 2% on Wednesday after results.'], ['LONDON, April 15, 2020 (Reuters) - Tesco shares rose 2% on Wednesday after results.']],
    ['keeps a news sentence that holds a date', ['Shares rose on April 15, 2020, to a record close of $155.74.'], ['Shares rose on April 15, 2020, to a record close of $155.74.']],
    ['keeps a sentence starting "By" with a date', ['By March 31, 2026, Alibaba plans to double its capacity.'], ['By March 31, 2026, Alibaba plans to double its capacity.']],
  ])('%s', (_name, lines, body) => {
    expect(takePublished(lines).body).toEqual(body);
  });
});

describe('isDateLine', () => {
  it.each<[string, boolean]>([
    ['14.01.2026 - 12:54:04', true],
    ['Wednesday, April 15, 2020', true],
    ['Published: April 15, 2020 at 9:30 am', true],
    ['By Jane Doe | April 15, 2020', true],
    ['April 15, 2020 | Updated 9:30 am ET | 3 min read', true],
    ['Alibaba Q3: April 15, 2020', false],
    ['Alibaba Stock Jumps 5% on April 15, 2020', false],
    ['Alibaba’s AI Ambitions Fuel Market Optimism and Stock Surge', false],
  ])('%j: %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});

describe('a weekday date line with a two-digit year', () => {
  it('is read as this century\'s and leaves the body', () => {
    expect(takePublished(['Thu 22 Aug 24, 4:33pm (AEST)', 'The S&P/ASX 200 closed 16.5 points higher.'])).toEqual({ published: '2024-08-22T16:33:00+10:00', body: ['The S&P/ASX 200 closed 16.5 points higher.'] });
  });

  it.each([['Rates held at 4.35 for 24 months.'], ['Thu 22 Aug 24 analysts raised their targets for Wisetech by 12%.']])('does not date %j', (line) => {
    expect(takePublished([line]).published).toBeNull();
  });
});
