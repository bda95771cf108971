import { describe, expect, it } from 'vitest';
import { fitChoices } from '../../src/discord/autocompleteChoices.js';

describe('fitChoices', () => {
  it('keeps at most 25 choices', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `Company ${i}`, value: `C${i}` }));
    expect(fitChoices(many)).toEqual(many.slice(0, 25));
  });

  it('cuts long names, and drops empty names, empty or over-long values and repeated values', () => {
    const fitted = fitChoices([
      { name: 'x'.repeat(150), value: 'LONG' },
      { name: '  ', value: 'BLANK' },
      { name: 'No value', value: '' },
      { name: 'Huge value', value: 'v'.repeat(101) },
      { name: 'Alibaba (BABA)', value: 'BABA' },
      { name: 'Alibaba again', value: 'BABA' },
      { name: '📈'.repeat(100), value: 'EMOJI' },
    ]);
    expect(fitted.map((choice) => choice.value)).toEqual(['LONG', 'BABA', 'EMOJI']);
    expect(fitted[0]?.name).toBe(`${'x'.repeat(99)}…`);
    expect(fitted[2]?.name).toBe('📈'.repeat(100));
  });
});
