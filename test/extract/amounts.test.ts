import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/extract/amounts.js';
import { settleCurrency } from '../../src/extract/currency.js';

const compact = (text: string) => findAmounts(text).map((a) => [a.type, a.value, a.currency, a.conversion]);

describe('findAmounts reads currencies and scales in every notation', () => {
  it.each<[string, Array<[string, number, string | null, boolean]>]>([
    ['€148.20', [['money', 148.2, 'EUR', false]]],
    ['$155.74', [['money', 155.74, '$', false]]],
    ['US$12', [['money', 12, 'USD', false]]],
    ['C$45.10 and A$3 and HK$80.50 and NZ$2 and S$1.5', [['money', 45.1, 'CAD', false], ['money', 3, 'AUD', false], ['money', 80.5, 'HKD', false], ['money', 2, 'NZD', false], ['money', 1.5, 'SGD', false]]],
    ['£4.50 and 450p and GBX 451.5 and 12 pence', [['money', 4.5, 'GBP', false], ['money', 450, 'GBX', false], ['money', 451.5, 'GBX', false], ['money', 12, 'GBX', false]]],
    ['Rs 1,450.50 and Rs. 99 and ₹2,845 and INR 10', [['money', 1450.5, 'INR', false], ['money', 99, 'INR', false], ['money', 2845, 'INR', false], ['money', 10, 'INR', false]]],
    ['¥2,845 and 2,845 yen and 12 yuan and RMB 5', [['money', 2845, '¥', false], ['money', 2845, 'JPY', false], ['money', 12, 'CNY', false], ['money', 5, 'CNY', false]]],
    ['72,000 won and ₩500 and CHF 98.50 and 85.40 Swiss francs and RM10.50', [['money', 72000, 'KRW', false], ['money', 500, 'KRW', false], ['money', 98.5, 'CHF', false], ['money', 85.4, 'CHF', false], ['money', 10.5, 'MYR', false]]],
    ['148.20 euros', [['money', 148.2, 'EUR', false]]],
    ['$57.01 billion and $4.41 trillion and £2.3bn and $5M and $250k', [['money', 57.01e9, '$', false], ['money', 4.41e12, '$', false], ['money', 2.3e9, 'GBP', false], ['money', 5e6, '$', false], ['money', 250e3, '$', false]]],
    ['Rs 19.6 lakh crore and Rs 18,165 crore and Rs 5 lakh', [['money', 19.6e12, 'INR', false], ['money', 18165e7, 'INR', false], ['money', 5e5, 'INR', false]]],
    ['15.7 million shares and 12,345,678 shares and 3.2M', [['number', 15.7e6, null, false], ['number', 12345678, null, false], ['number', 3.2e6, null, false]]],
    ['1,234,567,890,123.45 and 0.1234567890123 million and .5 billion and 0.07 thousand', [['number', 1234567890123.45, null, false], ['number', 123456.789012, null, false], ['number', 5e8, null, false], ['number', 70, null, false]]],
    ['+1.65% and -3.4% and 6 percent and 2.5 per cent', [['percent', 1.65, null, false], ['percent', -3.4, null, false], ['percent', 6, null, false], ['percent', 2.5, null, false]]],
    ['€11.93 ($13.87)', [['money', 11.93, 'EUR', false], ['money', 13.87, '$', true]]],
    ['a range of $150 - $160', [['money', 150, '$', false], ['money', 160, '$', false]]],
    ['SR23.56 and QR8.10 and Y4,830 and $HK228.20 and $A1.50', [['money', 23.56, 'SAR', false], ['money', 8.1, 'QAR', false], ['money', 4830, 'JPY', false], ['money', 228.2, 'HKD', false], ['money', 1.5, 'AUD', false]]],
    ['R2 275.67 and R1 033,50 but R2 100 shares', [['money', 2275.67, 'ZAR', false], ['money', 1033.5, 'ZAR', false], ['money', 2, 'ZAR', false], ['number', 100, null, false]]],
    ['85,57 € and 85.570€ and Dh4.56 and 3 dirhams', [['money', 85.57, 'EUR', false], ['money', 85.57, 'EUR', false], ['money', 4.56, 'AED', false], ['money', 3, 'AED', false]]],
    ['231.40 lira and 842.60 zlotys', [['money', 231.4, 'TRY', false], ['money', 842.6, 'PLN', false]]],
    ['gave up 6,86% to 17,235 euros', [['percent', 6.86, null, false]]],
    ['rose 6.86% to 17,235 euros', [['percent', 6.86, null, false], ['money', 17235, 'EUR', false]]],
  ])('%s', (text, expected) => {
    expect(compact(text)).toEqual(expected);
  });

  it('ignores lower-case letter codes in running text', () => {
    expect(findAmounts('we usd 5 of it')).toEqual([expect.objectContaining({ type: 'number', value: 5 })]);
  });
});

describe('settleCurrency', () => {
  it.each<[string, string[], string]>([
    ['$', ['USD', 'HKD'], 'USD'],
    ['$', [], 'USD'],
    ['$', ['CAD'], 'CAD'],
    ['$', ['HKD'], 'HKD'],
    ['¥', ['JPY'], 'JPY'],
    ['¥', ['CNY'], 'CNY'],
    ['¥', ['USD'], 'JPY'],
    ['EUR', ['USD'], 'EUR'],
  ])('%s with listings %j is %s', (notation, listings, expected) => {
    expect(settleCurrency(notation, listings)).toBe(expected);
  });
});
