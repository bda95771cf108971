import { describe, expect, it } from 'vitest';
import { comparablePrice, formatPercent, percentFrom } from '../../src/format/comparePrices.js';
import { makeFact } from '../facts/makeFact.js';

describe('percentFrom', () => {
  it.each<[number, string, number, string, number | null]>([
    [155.74, 'USD', 194, 'USD', 24.5666],
    [148.2, 'EUR', 194, 'USD', null],
    [400, 'GBX', 5, 'GBP', 25],
    [5, 'GBP', 450, 'GBX', -10],
    [0, 'USD', 10, 'USD', null],
  ])('from %d %s to %d %s', (from, fromCurrency, to, toCurrency, expected) => {
    const percent = percentFrom({ value: from, currency: fromCurrency }, { value: to, currency: toCurrency });
    if (expected === null) expect(percent).toBeNull();
    else expect(percent).toBeCloseTo(expected, 3);
  });
});

describe('comparablePrice', () => {
  it('takes the newest price of the same currency family', () => {
    const prices = [
      makeFact({ value: 148.2, currency: 'EUR', asOf: '2026-01-14' }),
      makeFact({ value: 155.74, currency: 'USD', asOf: '2026-01-03' }),
      makeFact({ value: 150, currency: 'USD', asOf: '2025-12-01' }),
    ];
    expect(comparablePrice(prices, 'USD')).toEqual({ price: prices[1] });
    expect(comparablePrice(prices, 'HKD')).toEqual({ missing: 'none' });
  });

  it('refuses prices of the newest date that disagree, but not the same price in pence and pounds', () => {
    const split = [makeFact({ value: 150, articleId: 'a1' }), makeFact({ value: 151, articleId: 'a2' })];
    expect(comparablePrice(split, 'USD')).toEqual({ missing: 'conflict', prices: split });
    const same = [makeFact({ value: 450, currency: 'GBX' }), makeFact({ value: 4.5, currency: 'GBP' })];
    expect(comparablePrice(same, 'GBP')).toHaveProperty('price');
  });
});

describe('formatPercent', () => {
  it.each([
    [24.566, '+24.6%'],
    [-3.14, '-3.1%'],
    [-0.01, '0.0%'],
    [0, '0.0%'],
  ])('%d', (percent, text) => {
    expect(formatPercent(percent)).toBe(text);
  });
});
