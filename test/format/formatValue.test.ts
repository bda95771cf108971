import { describe, expect, it } from 'vitest';
import { ageInDays, formatFactValue, formatMoney } from '../../src/format/formatValue.js';

describe('formatMoney keeps each currency its own', () => {
  it.each<[number, string, boolean, string]>([
    [148.2, 'EUR', false, '€148.20'],
    [155.74, 'USD', false, '$155.74'],
    [450, 'GBX', false, '450p'],
    [412.5, 'GBX', false, '412.5p'],
    [80.5, 'HKD', false, 'HK$80.50'],
    [1450.5, 'INR', false, '₹1,450.50'],
    [72000, 'KRW', false, '₩72,000'],
    [4.41e12, 'USD', true, '$4.41T'],
    [10.5, 'MYR', false, 'MYR 10.50'],
  ])('%d %s', (value, currency, compact, expected) => {
    expect(formatMoney(value, currency, compact).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});

describe('formatFactValue', () => {
  it.each<[Parameters<typeof formatFactValue>[0], string]>([
    [{ kind: 'change_pct_1d', value: 1.65, currency: null }, '+1.65%'],
    [{ kind: 'change_pct_7d', value: -3.2, currency: null }, '-3.2%'],
    [{ kind: 'rsi_14', value: 29.4, currency: null }, '29.4'],
    [{ kind: 'volume', value: 15_700_000, currency: null }, '15.7M'],
    [{ kind: 'consensus_rating', value: 'Moderate Buy', currency: null }, 'Moderate Buy'],
    [{ kind: 'dividend_yield', value: 0.5, currency: null }, '0.5%'],
    [{ kind: 'price_target', value: 230, currency: 'USD' }, '$230.00'],
  ])('%j', (fact, expected) => {
    expect(formatFactValue(fact)).toBe(expected);
  });
});

describe('ageInDays', () => {
  it('counts whole days and leaves undated facts undated', () => {
    const now = new Date('2026-01-20T10:00:00Z');
    expect(ageInDays('2026-01-14', now)).toBe(6);
    expect(ageInDays('2026-01-20', now)).toBe(0);
    expect(ageInDays(null, now)).toBeNull();
  });
});
