import { describe, expect, it } from 'vitest';
import { describeAge, discordStamp, formatDay, isoDay, readStamp } from '../../src/format/dates.js';

describe('dates', () => {
  it('writes an as-of day out the same for every reader', () => {
    expect(formatDay('2026-01-14')).toBe('14 Jan 2026');
    expect(formatDay('2026-01-03T13:41:04')).toBe('3 Jan 2026');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('takes the day of a date-time and refuses what is no day', () => {
    expect(isoDay('2026-01-14T12:54:04')).toBe('2026-01-14');
    expect(isoDay('2026-13-45')).toBeNull();
    expect(isoDay(null)).toBeNull();
  });

  it('stamps a day at its noon UTC and an instant at its second', () => {
    expect(discordStamp('2026-01-14', 'R')).toBe(`<t:${Date.parse('2026-01-14T12:00:00Z') / 1000}:R>`);
    expect(discordStamp('2026-01-14T12:54:04', 'R')).toBe(`<t:${Date.parse('2026-01-14T12:00:00Z') / 1000}:R>`);
    expect(discordStamp('2026-01-14T10:00:00.000Z', 'f')).toBe(`<t:${Date.parse('2026-01-14T10:00:00Z') / 1000}:f>`);
    expect(discordStamp('someday', 'D')).toBe('someday');
  });

  it('reads stamps back for the console', () => {
    const now = new Date('2026-01-20T09:00:00Z');
    const unix = Date.parse('2026-01-14T12:00:00Z') / 1000;
    expect(readStamp(unix, 'R', now)).toBe('6 days ago');
    expect(readStamp(unix, 'D', now)).toBe('14 Jan 2026');
    expect(readStamp(unix, 'f', now)).toBe('14 Jan 2026, 12:00 UTC');
  });

  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [-1, 'tomorrow'],
    [218, '218 days ago'],
    [-3, 'in 3 days'],
  ])('describes an age of %d days', (days, text) => {
    expect(describeAge(days)).toBe(text);
  });
});
