import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../src/articles/unwrapLines.js';

const WRAPPED = [
  'Tesco shares climb after strong results and upbeat guidance for the year',
  '',
  'Tesco shares rose 2% to 450p on Wednesday after the grocer reported',
  'higher than expected sales.',
  '',
  'Analysts at Jefferies kept their Buy rating and a price target of',
  '520p, citing market share gains in the third quarter of the year and',
  'a stronger online business.',
  'Key figures:',
  '- Price: 450p',
  '- Change: +2%',
];

describe('unwrapLines', () => {
  it('joins the lines of hand-wrapped paragraphs, leaving the title, labels and bullets alone', () => {
    expect(unwrapLines(WRAPPED).filter(Boolean)).toEqual([
      'Tesco shares climb after strong results and upbeat guidance for the year',
      'Tesco shares rose 2% to 450p on Wednesday after the grocer reported higher than expected sales.',
      'Analysts at Jefferies kept their Buy rating and a price target of 520p, citing market share gains in the third quarter of the year and a stronger online business.',
      'Key figures:',
      '- Price: 450p',
      '- Change: +2%',
    ]);
  });

  it.each<[string, string[]]>([
    ['one paragraph per line (the samples)', ['Title', 'A'.repeat(300), 'Heading', 'B'.repeat(200)]],
    ['short lines', ['Title', 'Price: $5', 'Change: 2%', 'Volume: 1,000', 'RSI: 29']],
    ['a single wrapped pair', ['Title', '', 'Tesco shares rose 2% to 450p on Wednesday after the grocer reported', 'higher sales.']],
  ])('leaves text that is not wrapped unchanged: %s', (_name, lines) => {
    expect(unwrapLines(lines)).toEqual(lines);
  });
});
