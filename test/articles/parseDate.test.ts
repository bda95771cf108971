import { describe, expect, it } from 'vitest';
import { findDate, parseDateText } from '../../src/articles/parseDate.js';

describe('parseDateText reads the formats publishers use', () => {
  it.each<[string, string | null]>([
    ['14.01.2026 - 12:54:04', '2026-01-14T12:54:04'],
    ['03.01.2026 - 13:41:04Alibaba is', '2026-01-03T13:41:04'],
    ['April 15, 2020', '2020-04-15T00:00:00'],
    ['15 April 2020', '2020-04-15T00:00:00'],
    ['Apr 15, 2020 9:30 AM ET', '2020-04-15T09:30:00-04:00'],
    ['Jan 15, 2020 9:30 PM ET', '2020-01-15T21:30:00-05:00'],
    ['Sept. 15, 2020', '2020-09-15T00:00:00'],
    ['Wednesday, April 15, 2020', '2020-04-15T00:00:00'],
    ['15 Apr 2020, 09:30', '2020-04-15T09:30:00'],
    ['2020-04-15', '2020-04-15T00:00:00'],
    ['2020-04-15T09:30:00Z', '2020-04-15T09:30:00+00:00'],
    ['2020-04-15T09:30:00+0200', '2020-04-15T09:30:00+02:00'],
    ['Wed, 15 Apr 2020 09:30:00 GMT', '2020-04-15T09:30:00+00:00'],
    ['Published: March 3, 2025 at 4:05 pm IST', '2025-03-03T16:05:00+05:30'],
    ['By Jane Doe | April 15, 2020', '2020-04-15T00:00:00'],
    ['2020/04/15', '2020-04-15T00:00:00'],
    ['04/15/2020', '2020-04-15T00:00:00'],
    ['31/01/2020', '2020-01-31T00:00:00'],
    ['31.02.2020', null],
    ['13/13/2020', null],
    ['no date here', null],
  ])('%s', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it('says where the date stands so a glued date can be cut off', () => {
    expect(findDate('14.01.2026 - 12:54:04Alibaba Group is')).toEqual({ value: '2026-01-14T12:54:04', start: 0, end: 21 });
  });
});
