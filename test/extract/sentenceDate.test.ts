import { describe, expect, it } from 'vitest';
import { sentenceDate } from '../../src/extract/sentenceDate.js';
import type { FactKind } from '../../src/facts/fact.js';

describe('sentenceDate dates a figure when its sentence does', () => {
  it.each<[string, FactKind, string | null, string | null]>([
    ['On January 9, shares closed at $150.', 'price', '2026-01-14T12:00:00', '2026-01-09'],
    ['As of Jan. 9, 2026, the stock traded at $150.', 'price', '2026-01-14T12:00:00', '2026-01-09'],
    ['On December 30, shares closed at $150.', 'price', '2026-01-03T12:00:00', '2025-12-30'],
    ['On Friday, December 5, 2025 the stock rose 2%.', 'change_pct_1d', '2026-01-03T12:00:00', '2025-12-05'],
    ['The 52-week high was hit on October 2, 2025.', 'high_52w', '2026-01-14T12:00:00', null],
    ['On March 3 the company will report; shares are at $150.', 'price', '2026-01-14T12:00:00', null],
    ['On March 3, 2026 the company reports.', 'price', '2026-01-14T12:00:00', null],
    ['Shares closed at $150.', 'price', '2026-01-14T12:00:00', null],
    ['On February 30, shares rose.', 'price', '2026-03-14T12:00:00', null],
  ])('%s', (sentence, kind, published, expected) => {
    expect(sentenceDate(sentence, kind, published)).toBe(expected);
  });
});
