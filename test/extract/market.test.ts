import { describe, expect, it } from 'vitest';
import { type Row, extract, sorted } from './helpers.js';


describe('share price and daily moves', () => {
  it.each<[string, Row[]]>([
    ['- Current Share Price: €148.20', [['price', 148.2, 'EUR']]],
    ['This is evidenced by a share price surge exceeding 6% to $155.74.', [['price', 155.74, 'USD'], ['change_pct_1d', 6, null]]],
    ['Alibaba Group Holding Limited (NYSE:BABA) shares traded up 2.1% during mid-day trading on Friday.', [['change_pct_1d', 2.1, null]]],
    ['Shares of Alibaba opened at $181.23 on Friday.', [['price', 181.23, 'USD']]],
    ['Alibaba stock fell 3.4% to close at $140.10 on Tuesday.', [['change_pct_1d', -3.4, null], ['price', 140.1, 'USD']]],
    ['The stock closed 2.5% lower at HK$80.50 in Hong Kong.', [['change_pct_1d', -2.5, null], ['price', 80.5, 'HKD']]],
    ['Alibaba shares were down 1.2% at $150.3 in early trading.', [['change_pct_1d', -1.2, null], ['price', 150.3, 'USD']]],
    ['The shares last traded at $152.40, up 0.8% on the day.', [['price', 152.4, 'USD'], ['change_pct_1d', 0.8, null]]],
    ['Alibaba shares have surged 17.4% over the past week.', [['change_pct_7d', 17.4, null]]],
    ['The stock is up 42% year to date.', [['change_pct_ytd', 42, null]]],
    ['Alibaba shares have gained 86.7% over the past 12 months.', [['change_pct_12m', 86.7, null]]],
    ['The stock has lost 8.2% over the past month.', [['change_pct_1m', -8.2, null]]],
    ['Shares have climbed 30% over the past three months.', []],
    ['The Hang Seng Index rose 1.1% to 20,150 points.', []],
    ['Revenue rose 12% to $35 billion.', [['revenue', 35e9, 'USD'], ['revenue_growth_pct', 12, null]]],
    ['The 124% surge in trading volume signals interest.', []],
    ['The average price target of $194 implies an upside of approximately 25%.', [['price_target_avg', 194, 'USD']]],
    ['A breach of the $155 price level would matter.', []],
    ['Sustained trading above the $155.50 level is viewed as a catalyst.', []],
    ['CEO Eddie Wu plans to increase investment to over $50 billion.', []],
    ['Vanguard Group Inc. raised its stake in Alibaba by 4.1% in the third quarter.', []],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence))).toEqual(sorted(expected));
  });
});

describe('volume, technicals and ranges', () => {
  it.each<[string, Row[]]>([
    ['The rally was accompanied by unusually high trading volume of 15.7 million shares, more than double the typical level.', [['volume', 15.7e6, null]]],
    ['The stock had a trading volume of 12,345,678 shares, compared to its average volume of 20,111,000.', [['volume', 12345678, null], ['avg_volume', 20111000, null]]],
    ['About 3.2 million shares changed hands, versus an average daily volume of 5.1 million.', [['volume', 3.2e6, null], ['avg_volume', 5.1e6, null]]],
    ['It successfully cleared the 200-day moving average, a key technical barrier situated at $155.45.', [['sma_200', 155.45, 'USD']]],
    ['Furthermore, the stock is trading well above its 50-day average of $150.06.', [['sma_50', 150.06, 'USD']]],
    ["The firm's 50-day moving average price is $176.03 and its 200-day moving average price is $160.50.", [['sma_50', 176.03, 'USD'], ['sma_200', 160.5, 'USD']]],
    ['Alibaba has a 1-year low of $86.62 and a 1-year high of $212.19.', [['low_52w', 86.62, 'USD'], ['high_52w', 212.19, 'USD']]],
    ['- 52-Week High: €161.60 (October 2, 2025)', [['high_52w', 161.6, 'EUR']]],
    ['The stock hit a new 52-week high of $190.20 on Monday.', [['high_52w', 190.2, 'USD']]],
    ['- RSI (14-Day): 29.4', [['rsi_14', 29.4, null]]],
    ['Its 14-day relative strength index (RSI) stands at 72.3, signalling overbought conditions.', [['rsi_14', 72.3, null]]],
    ['The RSI(9) reading is 80.', []],
    ['Immediate support is seen at $148, while resistance lies at $160.', [['support_level', 148, 'USD'], ['resistance_level', 160, 'USD']]],
    ['Analysts see support at $150 and $145.', [['support_level', 150, 'USD'], ['support_level', 145, 'USD']]],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence))).toEqual(sorted(expected));
  });
});

describe('analysts', () => {
  it.each<[string, Row[]]>([
    ['Some institutions are even more bullish; Jefferies has set a target of $230, while Nomura sees a path to $215.', [['price_target', 230, 'USD', 'Jefferies'], ['price_target', 215, 'USD', 'Nomura']]],
    ['The current analyst consensus rating stands at "Moderate Buy," with an average price target of $194, implying an upside of approximately 25%.', [['consensus_rating', 'Moderate Buy', null], ['price_target_avg', 194, 'USD']]],
    ['Morgan Stanley raised their price target on Alibaba from $200.00 to $250.00 and gave the stock an "overweight" rating in a report on Thursday.', [['price_target', 250, 'USD', 'Morgan Stanley'], ['analyst_rating', 'overweight', null, 'Morgan Stanley']]],
    ['Citi lifted its target price to $210 from $190, reiterating a Buy rating.', [['price_target', 210, 'USD', 'Citi'], ['analyst_rating', 'Buy', null, 'Citi']]],
    ['Wall Street Zen upgraded shares of Alibaba from a "hold" rating to a "buy" rating in a report on Saturday.', [['analyst_rating', 'buy', null, 'Wall Street Zen']]],
    ['According to data from MarketBeat, the stock has an average rating of "Moderate Buy" and an average target price of $250.18.', [['consensus_rating', 'Moderate Buy', null], ['price_target_avg', 250.18, 'USD']]],
    ['JPMorgan set a $245.00 price objective on Alibaba.', [['price_target', 245, 'USD', 'JPMorgan']]],
    ['Analysts have a price target of $200 on the stock.', [['price_target', 200, 'USD']]],
    ['Price targets range from $150 to $260.', []],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence))).toEqual(sorted(expected));
  });
});

describe('valuation and results', () => {
  it.each<[string, Row[]]>([
    ['Despite this recent advance, analysts point to a price-to-earnings (P/E) ratio hovering around 22 as an indicator.', [['pe_ratio', 22, null]]],
    ['The company has a market capitalization of $4.41 trillion, a price-to-earnings ratio of 51.35, a PEG ratio of 1.23 and a beta of 2.12.', [['market_cap', 4.41e12, 'USD'], ['pe_ratio', 51.35, null]]],
    ['The company reported $1.30 earnings per share for the quarter, topping the consensus estimate of $1.26 by $0.04.', [['eps', 1.3, 'USD']]],
    ['The firm had revenue of $57.01 billion for the quarter, compared to analysts\' expectations of $54.92 billion.', [['revenue', 57.01e9, 'USD']]],
    ["The business's revenue for the quarter was up 62.5% compared to the same quarter last year.", [['revenue_growth_pct', 62.5, null]]],
    ['This represents a $0.04 annualized dividend and a dividend yield of 0.5%.', [['dividend_yield', 0.5, null]]],
    ['The Cloud Intelligence Group posted a 34% year-over-year revenue increase.', []],
    ['For the 2026 fiscal year, the segment is targeting revenue growth exceeding 35%.', []],
    ['Analysts expect revenue of $40 billion next quarter.', []],
    ['The stock trades at a forward P/E of 18.', []],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence))).toEqual(sorted(expected));
  });
});
