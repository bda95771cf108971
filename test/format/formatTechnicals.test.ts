import { describe, expect, it } from 'vitest';
import { formatTechnicals } from '../../src/format/formatTechnicals.js';
import { alibaba, answerAt, byKind } from './answerFixtures.js';

const NOW = '2026-01-05T00:00:00Z';
const field = (embed: ReturnType<typeof formatTechnicals>, name: string) => embed.fields?.find((f) => f.name === name)?.value;

describe('formatTechnicals', () => {
  it('sets each moving average against the newest price in its own currency', () => {
    const facts = byKind(
      { kind: 'price', value: 155.74, currency: 'USD', asOf: '2026-01-03' },
      { kind: 'price', value: 140, currency: 'EUR', asOf: '2026-01-04' },
      { kind: 'sma_50', value: 150.06, currency: 'USD', asOf: '2026-01-03' },
      { kind: 'sma_200', value: 155.45, currency: 'USD', asOf: '2026-01-03' },
      { kind: 'sma_200', value: 160, currency: 'HKD', asOf: '2026-01-03' },
    );
    const embed = formatTechnicals(alibaba, facts, answerAt(NOW));
    expect(field(embed, '50-day average')).toBe('**$150.06** · as of 3 Jan 2026 [1]\nPrice **$155.74** (as of 3 Jan 2026 [1]) is 3.8% above it.');
    expect(field(embed, '200-day average')).toBe('**HK$160.00** · as of 3 Jan 2026 [1]\n**$155.45** · as of 3 Jan 2026 [1]\nPrice **$155.74** (as of 3 Jan 2026 [1]) is 0.2% above it.');
  });

  it('says below and at as well as above', () => {
    const facts = byKind(
      { kind: 'price', value: 90, currency: 'USD' },
      { kind: 'sma_50', value: 100, currency: 'USD' },
      { kind: 'sma_200', value: 90, currency: 'USD' },
    );
    const embed = formatTechnicals(alibaba, facts, answerAt(NOW));
    expect(field(embed, '50-day average')).toMatch(/is 10\.0% below it\.$/);
    expect(field(embed, '200-day average')).toMatch(/is at it\.$/);
  });

  it('lists range, support, resistance and RSI with its reading', () => {
    const facts = byKind(
      { kind: 'high_52w', value: 161.6, currency: 'EUR' },
      { kind: 'support_level', value: 150, currency: 'USD' },
      { kind: 'resistance_level', value: 160, currency: 'USD' },
      { kind: 'rsi_14', value: 75, currency: null },
    );
    const embed = formatTechnicals(alibaba, facts, answerAt(NOW));
    expect(field(embed, '52-week range')).toBe('High: **€161.60** · as of 10 Jan 2026 [1]');
    expect(field(embed, 'Support')).toBe('**$150.00** · as of 10 Jan 2026 [1]');
    expect(field(embed, 'Resistance')).toBe('**$160.00** · as of 10 Jan 2026 [1]');
    expect(field(embed, 'RSI (14)')).toBe('**75** — overbought · as of 10 Jan 2026 [1]');
  });

  it('says so when nothing technical is known', () => {
    expect(formatTechnicals(alibaba, byKind({ kind: 'price' }), answerAt(NOW)).fields).toEqual([
      { name: 'Technicals', value: 'No moving averages, ranges, levels or RSI in the articles yet.' },
    ]);
  });
});
