import { describe, expect, it } from 'vitest';
import { checkGrounding, groundingSource } from '../../src/llm/grounding.js';

const SOURCE = groundingSource([
  'Price: €148.20 as of 2026-01-14 [1]',
  'The rally was accompanied by unusually high trading volume of 15.7 million shares, more than double the typical level.',
  'Day change: +1.65% as of 2026-01-14 [1]',
  '- 52-Week High: €161.60 (October 2, 2025)',
  'The current analyst consensus rating stands at "Moderate Buy," with an average price target of $194, implying an upside of approximately 25%.',
  'CEO Eddie Wu revealed plans to increase investment in artificial intelligence to over $50 billion within the next three years.',
  'Market cap: $360B as of 2026-01-03',
  'P/E ratio hovering around 22',
]);

describe('checkGrounding', () => {
  it.each([
    ['the exact price with its currency', 'Alibaba traded at €148.20 [1].'],
    ['a price without trailing zero or symbol', 'The price was 148.2 euros.'],
    ['volume in words', 'Volume reached 15.7 million shares [2].'],
    ['volume in digits', 'Volume reached 15,700,000 shares.'],
    ['volume with a glued scale letter', 'Volume was 15.7M.'],
    ['volume rounded to two significant digits', 'Volume was about 16 million.'],
    ['a percentage with its sign', 'Shares rose +1.65% on the day.'],
    ['a percentage written out', 'Shares rose 1.65 percent.'],
    ['a rounded percentage', 'Upside of about 25% [2].'],
    ['billions as a word and as a letter', 'AI spending above $50 billion, or $50bn.'],
    ['a market cap in trillions', 'Market value of $0.36 trillion.'],
    ['a date written out', 'The high was set on 2 October 2025.'],
    ['an as-of date in words', 'As of January 14, 2026, the price was €148.20.'],
    ['a month and year', 'In January 2026 the stock rose.'],
    ['a bare year from a date', 'So far in 2026 the shares gained.'],
    ['citation markers of several kinds', 'Buy rating [1][2] and [1, 2] and [1-2].'],
    ['list numbering', '1. Price €148.20\n2) P/E 22'],
    ['indicator names', 'Above its 50-day and 200-day averages, near the 52-week high; RSI (14) matters.'],
    ['a ticker with digits passed as a name', 'Listed as 9988.HK in Hong Kong.'],
    ['a rounded price', 'Around €148 per share.'],
    ['text without figures', 'Analysts are upbeat about the cloud business.'],
  ])('accepts %s', (_name, text) => {
    expect(checkGrounding(text, SOURCE, ['9988.HK'])).toEqual({ ok: true, unsupported: [] });
  });

  it.each([
    ['an invented price', 'Alibaba traded at €152.10 [1].', ['152.10']],
    ['an invented percentage', 'Shares jumped 12% this week.', ['12%']],
    ['a percentage that is only a plain figure in the data', 'A 22% margin.', ['22%']],
    ['a rounding to one significant digit', 'Shares rose 2% on the day.', ['2%']],
    ['a wrong scale', 'Volume was 15.7 billion shares.', ['15.7 billion']],
    ['an invented date', 'On 3 March 2026 the stock fell.', ['3 March 2026']],
    ['a citation marker used to hide a figure outside brackets', 'The target is 230 [1].', ['230']],
    ['a ticker not passed as a name', 'Listed as 9988.HK.', ['9988']],
  ])('rejects %s', (_name, text, unsupported) => {
    const result = checkGrounding(text, SOURCE);
    expect(result.ok).toBe(false);
    expect(result.unsupported).toEqual(unsupported);
  });

  it('lists each unsupported figure once', () => {
    expect(checkGrounding('Up 9% and then 9% again.', SOURCE).unsupported).toEqual(['9%']);
  });
});
