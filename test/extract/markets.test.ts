import { describe, expect, it } from 'vitest';
import { type Row, extract, extractWithCompany, sorted } from './helpers.js';


describe('currencies and scales across markets', () => {
  it.each<[string, string, Row[]]>([
    ['Reliance stock', 'Shares of Reliance Industries ended 1.2% higher at Rs 1,450.50 on the BSE.', [['change_pct_1d', 1.2, null], ['price', 1450.5, 'INR']]],
    ['Reliance stock', 'The company\'s market cap stood at Rs 19.6 lakh crore.', [['market_cap', 19.6e12, 'INR']]],
    ['Reliance stock', 'Revenue from operations rose 10% to ₹2.58 lakh crore, while net profit rose 9%.', [['revenue', 2.58e12, 'INR'], ['revenue_growth_pct', 10, null]]],
    ['Reliance stock', 'The Nifty 50 index rose 0.5% to 24,300.', []],
    ['Reliance stock', 'Brokerage firm Motilal Oswal has a \'Buy\' rating on the stock with a target price of Rs 1,700.', [['analyst_rating', 'Buy', null, 'Motilal Oswal'], ['price_target', 1700, 'INR', 'Motilal Oswal']]],
    ['Tesco shares', 'Shares in Tesco rose 2% to 450p after the update.', [['change_pct_1d', 2, null], ['price', 450, 'GBX']]],
    ['Tesco shares', 'Tesco (LON:TSCO) has a market capitalisation of £30.2bn.', [['market_cap', 30.2e9, 'GBP']]],
    ['Tesco shares', 'Analysts at Barclays raised their target price to 500p from 450p.', [['price_target', 500, 'GBX', 'Barclays']]],
    ['Tesco shares', 'The FTSE 100 rose 0.4% to 8,250 points, while Tesco\'s pre-tax profit rose 11% to £2.3bn.', []],
    ['Toyota', 'Toyota shares rose 1.8% to ¥2,845 in Tokyo.', [['change_pct_1d', 1.8, null], ['price', 2845, 'JPY']]],
    ['Samsung', 'Samsung Electronics shares rose 3.2% to 72,000 won.', [['change_pct_1d', 3.2, null], ['price', 72000, 'KRW']]],
    ['Nestle', 'Nestlé shares fell 2% to 85.40 Swiss francs.', [['change_pct_1d', -2, null], ['price', 85.4, 'CHF']]],
    ['Maybank', 'Maybank shares rose 2 sen to RM10.50.', [['price', 10.5, 'MYR']]],
    ['Shopify', 'Shopify (TSX:SHOP) shares rose 3% to $150.20 in Toronto.', [['change_pct_1d', 3, null], ['price', 150.2, 'CAD']]],
    ['Alibaba', 'The German listing trades at €11.93 ($13.87) in Frankfurt.', [['price', 11.93, 'EUR']]],
    ['Alibaba', "Alibaba's Hong Kong-listed shares rose 3% to HK$120.50.", [['change_pct_1d', 3, null], ['price', 120.5, 'HKD']]],
    ['BHP', 'BHP shares gained 1.1% to A$45.10.', [['change_pct_1d', 1.1, null], ['price', 45.1, 'AUD']]],
  ])('%s: %s', (title, sentence, expected) => {
    expect(sorted(extract(sentence, title))).toEqual(sorted(expected));
  });
});

describe('company attribution with distractors', () => {
  it('gives a rival its own move and not the subject company', () => {
    const facts = extractWithCompany('Alibaba shares rose 3% to $150, while Baidu fell 2% to $95.', 'Alibaba rallies');
    expect(sorted(facts)).toEqual(sorted([
      ['change_pct_1d', 3, 'alibaba-group'], ['price', 150, 'alibaba-group'],
      ['change_pct_1d', -2, 'baidu'], ['price', 95, 'baidu'],
    ]));
  });

  it('gives a rival the registry lacks its own move, learned from the sentence', () => {
    const facts = extractWithCompany('Alibaba shares rose 3% while rival JD.com fell 2%.', 'Alibaba rallies');
    expect(facts).toEqual([['change_pct_1d', 3, 'alibaba-group'], ['change_pct_1d', -2, 'jd-com']]);
  });

  it('treats a research house as the author of a target, not its subject', () => {
    const facts = extractWithCompany('JPMorgan raised its price target on Alibaba to $200.', 'Alibaba rallies');
    expect(facts).toEqual([['price_target', 200, 'alibaba-group']]);
  });

  it('attributes figures in a sentence without a name to the paragraph\'s company', () => {
    const facts = extractWithCompany('Nvidia reported strong results. Its shares rose 4% to $181.', 'Alibaba and Nvidia');
    expect(sorted(facts)).toEqual(sorted([['change_pct_1d', 4, 'nvidia'], ['price', 181, 'nvidia']]));
  });

  it('introduces a company the registry lacks from its ticker', () => {
    const facts = extractWithCompany('Deutsche Euroshop AG (ETR:DEQ) shares rose 1.5% to €21.40.', 'Deutsche Euroshop');
    expect(sorted(facts)).toEqual(sorted([['change_pct_1d', 1.5, 'deutsche-euroshop-ag'], ['price', 21.4, 'deutsche-euroshop-ag']]));
  });
});

describe('more publisher phrasings', () => {
  it.each<[string, Row[]]>([
    ['HSBC analysts upgraded the stock to buy from hold.', [['analyst_rating', 'buy', null, 'HSBC']]],
    ['Bernstein rates Alibaba Outperform with a $200 target.', [['analyst_rating', 'Outperform', null, 'Bernstein'], ['price_target', 200, 'USD', 'Bernstein']]],
    ["Alibaba's Hong Kong-listed shares closed up 3.2%, while its U.S.-listed shares rose 2% in premarket trading.", [['change_pct_1d', 3.2, null]]],
    ['The stock has returned 25% over the past year.', [['change_pct_12m', 25, null]]],
    ['Shares are trading at 22 times forward earnings.', []],
    ["Analysts' consensus target price is $190.50.", [['price_target_avg', 190.5, 'USD']]],
    ['Short interest in the stock rose 5% last week.', []],
    ['As of 11:15 a.m. ET, the stock was up 8.9%.', [['change_pct_1d', 8.9, null]]],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence))).toEqual(sorted(expected));
  });
});

describe('descriptions of the company and unlisted research houses', () => {
  it.each<[string, Row[]]>([
    ['The games publisher, valued at £2.02 billion, has gained 22.8% so far this year.', [['change_pct_ytd', 22.8, null], ['market_cap', 2.02e9, 'GBP']]],
    ['The market, valued at $2 trillion, has gained 5% this year.', []],
    ['KeyCorp lowered their price target on shares of Alibaba Group Holding Ltd. from $17.00 to $14.00 and gave the company an "underweight" rating.', [['price_target', 14, 'USD', 'KeyCorp'], ['analyst_rating', 'underweight', null, 'KeyCorp']]],
    ['The shares have traded between 115p and 172p over the past 52 weeks.', [['low_52w', 115, 'GBX'], ['high_52w', 172, 'GBX']]],
    ['Alibaba Group (NYSE:BABA) traded up $0.02 during trading on Wednesday, reaching $15.88.', [['price', 15.88, 'USD']]],
    ['Five years ago the stock changed hands at roughly €15.62.', []],
    ['Alibaba raised its revenue forecast to $40 billion.', []],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence, 'Alibaba news'))).toEqual(sorted(expected));
  });
});

describe('figures that only look like the company\'s', () => {
  it.each<[string, Row[]]>([
    ['An insider bought 1,000 shares at $120.50 last week.', []],
    ['Alibaba is one of five Chinese firms with a market cap above $100 billion.', []],
    ['The RSI is approaching 70, the overbought threshold.', []],
    ['The stock\'s RSI fell from 72 to 55.4.', []],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence))).toEqual(sorted(expected));
  });
});

describe('wire-service and screener phrasings', () => {
  it.each<[string, Row[]]>([
    ["Alibaba's shares rose as much as 6.3% to HK$162.10 on Friday.", []],
    ['Alibaba reported quarterly revenue of 247.8 billion yuan ($34.3 billion), up 5% from a year earlier, beating the Chinese e-commerce giant\'s estimates.', [['revenue', 247.8e9, 'CNY'], ['revenue_growth_pct', 5, null]]],
    ['Revenue at its cloud intelligence unit grew 34% to 39.8 billion yuan.', []],
    ['Alibaba closed the most recent trading day at $177.82.', [['price', 177.82, 'USD']]],
    ['Shares of Alibaba have depreciated by 4.5% over the course of the past month.', [['change_pct_1m', -4.5, null]]],
    ['Our consensus estimate is calling for quarterly revenue of $54.6 billion, up 55.7% from the year-ago period.', []],
    ['Alibaba delivered 497,099 parcels in the third quarter, up 7% year-over-year.', []],
    ['Alibaba Group (HKG:9988) shares closed up 2.2% at HK$150.', [['change_pct_1d', 2.2, null], ['price', 150, 'HKD']]],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence, 'Alibaba news'))).toEqual(sorted(expected));
  });
});

describe('a research house that is also the subject', () => {
  it('names the analyst, not the bank the call is on', () => {
    const rows = extract('Kenanga Research maintained its "outperform" call on Maybank with a target price of RM11.20.', 'Maybank earnings');
    expect(sorted(rows)).toEqual(sorted([['analyst_rating', 'outperform', null, 'Kenanga Research'], ['price_target', 11.2, 'MYR', 'Kenanga Research']]));
  });
});

describe('day names and new levels', () => {
  it.each<[string, Row[]]>([
    ['The stock closed Friday at $207.18.', [['price', 207.18, 'USD']]],
    ["The chipmaker's market capitalization rose to 445 trillion won.", [['market_cap', 445e12, 'KRW']]],
    ['Its market value rose by $50 billion to $1.2 trillion.', []],
  ])('%s', (sentence, expected) => {
    expect(sorted(extract(sentence, 'SK Hynix and Alibaba'))).toEqual(sorted(expected));
  });
});

describe('a peer named with its role', () => {
  it('does not make "Peer" part of an unlisted company\'s name', () => {
    const facts = extractWithCompany('Peer Vexrical SE ended the session at €21.93, down 2.9%.', 'Alibaba rallies');
    expect(facts.map(([, , company]) => company)).toEqual(['vexrical-se', 'vexrical-se']);
  });
});
