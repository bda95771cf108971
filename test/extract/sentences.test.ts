import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Shares rose 2.1% to $181.23. The stock fell later.', ['Shares rose 2.1% to $181.23.', 'The stock fell later.']],
    ['NVIDIA Corp. reported results. Revenue rose.', ['NVIDIA Corp. reported results.', 'Revenue rose.']],
    ['It trades in the U.S. market and J. Smith agrees.', ['It trades in the U.S. market and J. Smith agrees.']],
    ['Profit hit £2.3bn. Shares rose to 412.5p. Analysts cheered!', ['Profit hit £2.3bn.', 'Shares rose to 412.5p.', 'Analysts cheered!']],
    ['He said "buy." Then he left.', ['He said "buy."', 'Then he left.']],
    ['- Current Share Price: €148.20', ['- Current Share Price: €148.20']],
  ])('%s', (line, expected) => {
    expect(splitSentences(line)).toEqual(expected);
  });
});

describe('splitSentences keeps dotted legal forms whole', () => {
  it.each<[string, number]>([
    ['Nestlé S.A. (OTCPK:NSRGY) trades at CHF 76.50. Shares fell.', 2],
    ['ASML Holding N.V. (NASDAQ:ASML) rose 2%.', 1],
  ])('%s', (line, count) => {
    expect(splitSentences(line)).toHaveLength(count);
  });
});

describe('splitSentences parts a list item a page ran into the sentence before', () => {
  it('splits "results.- Nuvama: Buy" before the dash', () => {
    expect(splitSentences('Brokerages stayed bullish after its Q2 results.- Nuvama: Buy | Target lifted to Rs 400')).toEqual([
      'Brokerages stayed bullish after its Q2 results.', '- Nuvama: Buy | Target lifted to Rs 400',
    ]);
  });
});
