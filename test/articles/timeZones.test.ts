import { describe, expect, it } from 'vitest';
import { usDaylightTime, zoneOffset } from '../../src/articles/timeZones.js';

describe('usDaylightTime follows the US rules of the year', () => {
  it.each<[string, [number, number, number, number], boolean]>([
    ['January', [2026, 1, 14, 12], false],
    ['July', [2026, 7, 1, 12], true],
    ['the second Sunday of March 2026 before 2 a.m.', [2026, 3, 8, 1], false],
    ['the second Sunday of March 2026 from 2 a.m.', [2026, 3, 8, 2], true],
    ['the Saturday before', [2026, 3, 7, 12], false],
    ['the first Sunday of November 2026 before 2 a.m.', [2026, 11, 1, 1], true],
    ['the first Sunday of November 2026 from 2 a.m.', [2026, 11, 1, 2], false],
    ['the last Saturday of October 2026', [2026, 10, 31, 12], true],
    ['the first Sunday of April 2006 (the rule before 2007)', [2006, 4, 2, 9], true],
    ['mid-March 2006', [2006, 3, 20, 9], false],
    ['the last Sunday of October 2006 from 2 a.m.', [2006, 10, 29, 3], false],
    ['early November 2006', [2006, 11, 2, 9], false],
  ])('%s: %s', (_name, [y, m, d, h], expected) => {
    expect(usDaylightTime(y, m, d, h)).toBe(expected);
  });
});

describe('zoneOffset', () => {
  it.each<[string, string | null]>([
    ['Z', '+00:00'],
    ['GMT', '+00:00'],
    ['utc', '+00:00'],
    ['EST', '-05:00'],
    ['EDT', '-04:00'],
    ['ET', '-04:00'],
    ['PT', '-07:00'],
    ['CEST', '+02:00'],
    ['IST', '+05:30'],
    ['HKT', '+08:00'],
    ['+0200', '+02:00'],
    ['-05:30', '-05:30'],
    ['+02', '+02:00'],
    ['GMT+8', '+08:00'],
    ['UTC-05:00', '-05:00'],
    ['+1500', null],
    ['XYZ', null],
  ])('%s on 15 April 2020 -> %s', (zone, expected) => {
    expect(zoneOffset(zone, 2020, 4, 15, 9)).toBe(expected);
  });
});
