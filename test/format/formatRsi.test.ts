import { describe, expect, it } from 'vitest';
import { formatRsi, rsiReading } from '../../src/format/formatRsi.js';
import { alibaba, answerAt, byKind } from './answerFixtures.js';

describe('rsiReading', () => {
  it.each([
    [70, 'overbought'],
    [85.2, 'overbought'],
    [69.9, 'neutral'],
    [30.1, 'neutral'],
    [30, 'oversold'],
    [29.4, 'oversold'],
  ])('%d reads %s', (value, reading) => {
    expect(rsiReading(value)).toBe(reading);
  });
});

describe('formatRsi', () => {
  it('gives the newest reading with its date and earlier readings newest first', () => {
    const facts = byKind(
      { kind: 'rsi_14', value: 29.4, currency: null, asOf: '2026-01-14' },
      { kind: 'rsi_14', value: 72, currency: null, asOf: '2025-12-01', articleId: 'a2' },
      { kind: 'rsi_14', value: 50, currency: null, asOf: '2025-12-20', articleId: 'a3' },
    );
    const embed = formatRsi(alibaba, facts, answerAt('2026-01-15T00:00:00Z'));
    expect(embed.title).toBe('Alibaba Group (BABA · 9988 · AHLA) · RSI (14)');
    expect(embed.fields).toEqual([
      { name: 'RSI (14)', value: '**29.4** — oversold · as of 14 Jan 2026 [1]', inline: false },
      { name: 'Earlier readings', value: '**50** — neutral · as of 20 Dec 2025 [2] · stale\n**72** — overbought · as of 1 Dec 2025 [3] · stale', inline: false },
    ]);
    expect(embed.description).toContain('An RSI of 70 or more reads as overbought, 30 or less as oversold');
  });

  it('says so when no article gave an RSI', () => {
    expect(formatRsi(alibaba, byKind({ kind: 'price' }), answerAt('2026-01-15T00:00:00Z')).fields).toEqual([
      { name: 'RSI (14)', value: 'No RSI in the articles yet.' },
    ]);
  });
});
