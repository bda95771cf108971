import { describe, expect, it } from 'vitest';
import { coveredUntil, earliestDay, isNewInWindow } from '../../src/jobs/digestWindow.js';

const window = { since: new Date('2026-03-10T07:00:00Z'), now: new Date('2026-03-11T07:00:00Z') };

describe('isNewInWindow', () => {
  it.each([
    ['stored and published inside the window', '2026-03-10T18:00:00.000Z', '2026-03-10T17:00:00', true],
    ['published with an offset', '2026-03-10T18:00:00.000Z', '2026-03-10T23:30:00+09:00', true],
    ['a late feed: published the day before the window opened', '2026-03-10T18:00:00.000Z', '2026-03-09', true],
    ['published two days before the window opened (a rebuilt store)', '2026-03-10T18:00:00.000Z', '2026-03-08T23:59:00', false],
    ['undated', '2026-03-10T18:00:00.000Z', null, false],
    ['stored exactly when the last digest ended', '2026-03-10T07:00:00.000Z', '2026-03-10', false],
    ['stored before the window (re-ingested unchanged keeps this)', '2026-03-10T06:59:59.000Z', '2026-03-10', false],
    ['stored exactly at now', '2026-03-11T07:00:00.000Z', '2026-03-11', true],
    ['stored after now (left for the next digest)', '2026-03-11T07:00:01.000Z', '2026-03-11', false],
    ['an unreadable storing time', 'yesterday', '2026-03-10', false],
  ])('%s', (_name, ingestedAt, published, expected) => {
    expect(isNewInWindow({ ingestedAt, published }, window)).toBe(expected);
  });
});

describe('earliestDay', () => {
  it.each([
    ['2026-03-10T07:00:00Z', '2026-03-09'],
    ['2026-03-01T00:00:00Z', '2026-02-28'],
    ['2026-01-01T23:59:59Z', '2025-12-31'],
  ])('a window opening at %s reports articles published from %s', (since, day) => {
    expect(earliestDay(new Date(since))).toBe(day);
  });
});

describe('coveredUntil', () => {
  it('is the newest storing time among the covered articles', () => {
    const articles = [{ ingestedAt: '2026-03-10T08:00:00.000Z' }, { ingestedAt: '2026-03-10T21:15:00.000Z' }, { ingestedAt: '2026-03-10T09:00:00.000Z' }];
    expect(coveredUntil(articles, window)).toBe('2026-03-10T21:15:00.000Z');
  });

  it('is the window\'s end when nothing was covered', () => {
    expect(coveredUntil([], window)).toBe('2026-03-11T07:00:00.000Z');
  });
});
