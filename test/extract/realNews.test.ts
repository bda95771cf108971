import { describe, expect, it } from 'vitest';
import { extractFromLines } from '../../src/extract/extractFacts.js';
import type { Company } from '../../src/facts/company.js';
import { REGISTRY, sorted } from './helpers.js';

/** The test registry plus companies that are also research houses, and dual listings. */
const MORE: Company[] = [
  { id: 'bank-of-nova-scotia', name: 'The Bank of Nova Scotia', aliases: ['Scotiabank'], listings: [{ ticker: 'BNS', exchange: 'TSX', currency: 'CAD' }] },
  { id: 'royal-bank-of-canada', name: 'Royal Bank of Canada', aliases: ['RBC'], listings: [{ ticker: 'RY', exchange: 'TSX', currency: 'CAD' }] },
  { id: 'mufg', name: 'Mitsubishi UFJ Financial Group, Inc.', aliases: ['MUFG'], listings: [{ ticker: '8306', exchange: 'TSE', currency: 'JPY' }] },
  { id: 'shell', name: 'Shell plc', aliases: ['Shell'], listings: [{ ticker: 'SHEL', exchange: 'LSE', currency: 'GBX' }, { ticker: 'SHEL', exchange: 'NYSE', currency: 'USD' }] },
  { id: 'sony', name: 'Sony Group Corporation', aliases: ['Sony', 'Sony Corp'], listings: [{ ticker: '6758', exchange: 'TSE', currency: 'JPY' }] },
  { id: 'citigroup', name: 'Citigroup Inc.', aliases: ['Citigroup', 'Citi'], listings: [{ ticker: 'C', exchange: 'NYSE', currency: 'USD' }] },
  { id: 'goldman-sachs', name: 'The Goldman Sachs Group, Inc.', aliases: ['Goldman Sachs', 'Goldman'], listings: [{ ticker: 'GS', exchange: 'NYSE', currency: 'USD' }] },
];
const ALL = [...REGISTRY, ...MORE];

type Row = [company: string, kind: string, value: number | string, currency?: string | null, firm?: string | null];

/** Facts of an article made of a title and lines, as rows naming each fact's company. */
function facts(title: string, ...lines: string[]): Row[] {
  return factsWith(ALL, title, ...lines);
}

function factsWith(registry: readonly Company[], title: string, ...lines: string[]): Row[] {
  const out = extractFromLines({ id: 't', file: 't.txt', title, body: lines.join('\n'), published: '2026-01-14T09:00:00', url: null }, lines, registry);
  return sorted(out.facts.map((f) => {
    const row: Row = [f.company, f.kind, f.value, f.currency];
    if (f.firm) row.push(f.firm);
    return row;
  }));
}

describe('a bank or broker acting as analyst is the house, not the company', () => {
  it.each<[string, string[], Row[]]>([
    ['Scotiabank Lifts Topaz Energy (TSE:TPZ) Price Target to C$30.00',
      ['Topaz Energy (TSE:TPZ – Get Rating) saw its price target lifted from C$27.00 to C$30.00 by Scotiabank on Tuesday.'],
      [['Topaz Energy', 'price_target', 30, 'CAD', 'Scotiabank']]],
    ['Topaz Energy note',
      ['Topaz Energy (TSE:TPZ) shares opened at C$21.20.', 'Royal Bank of Canada raised its Topaz Energy price objective from C$22.50 to C$25.00 and gave the shares an outperform rating.'],
      [['Topaz Energy', 'analyst_rating', 'outperform', null, 'Royal Bank of Canada'], ['Topaz Energy', 'price', 21.2, 'CAD'], ['Topaz Energy', 'price_target', 25, 'CAD', 'Royal Bank of Canada']]],
    ['Topaz Energy note', ['Topaz Energy (TSE:TPZ) rose.', "Cormark's price objective on Topaz Energy went from C$24.00 to C$26.00."],
      [['Topaz Energy', 'price_target', 26, 'CAD', 'Cormark']]],
    ['Sony slides', ['Sony Group shares fell 1.95% to ¥3,712.', 'Morgan Stanley MUFG reiterated its Overweight rating with a ¥4,800 target.'],
      [['Sony Group Corporation', 'analyst_rating', 'Overweight', null, 'Morgan Stanley MUFG'], ['Sony Group Corporation', 'change_pct_1d', -1.95, null], ['Sony Group Corporation', 'price', 3712, 'JPY'], ['Sony Group Corporation', 'price_target', 4800, 'JPY', 'Morgan Stanley MUFG']]],
    ['Goldman downgraded', ['Citigroup cut its rating on Goldman Sachs from "buy" to "neutral".', 'Citi did, however, lift its price target for the investment bank from $370 to $400.'],
      [['The Goldman Sachs Group, Inc.', 'analyst_rating', 'neutral', null, 'Citigroup'], ['The Goldman Sachs Group, Inc.', 'price_target', 400, 'USD', 'Citi']]],
  ])('%s', (title, lines, expected) => {
    expect(facts(title, ...lines)).toEqual(sorted(expected));
  });

  it('keeps a listed bank the company when it only moves ("Goldman Sachs shares rose")', () => {
    expect(facts('Banks rally', 'Goldman Sachs shares rose 2.1% to $358.93 on Monday.')).toEqual(sorted<Row>([
      ['The Goldman Sachs Group, Inc.', 'change_pct_1d', 2.1, null], ['The Goldman Sachs Group, Inc.', 'price', 358.93, 'USD'],
    ]));
  });
});

describe('a house named in an earlier sentence', () => {
  it.each<[string, string[], Row[]]>([
    ['Afterpay racing higher', ['Afterpay Ltd (ASX: APT) shares are up 5.5% to $69.65. The payments company has been in demand since Morgan Stanley released a note.', 'In the note, the broker raised Afterpay to a buy rating and increased its price target from $36.00 to $101.00.'],
      [['Afterpay Ltd', 'analyst_rating', 'buy', null, 'Morgan Stanley'], ['Afterpay Ltd', 'change_pct_1d', 5.5, null], ['Afterpay Ltd', 'price', 69.65, 'AUD'], ['Afterpay Ltd', 'price_target', 101, 'AUD', 'Morgan Stanley']]],
    ['Alibaba under pressure', ['Alibaba shares came under pressure after Gunter Zechmann of investment house Bernstein wrote a critical note.', 'He lowered the price target sharply, by 6 euros to 39 euros.'],
      [['Alibaba Group', 'price_target', 39, 'EUR', 'Bernstein']]],
    ['Alibaba brokers', ['Alibaba shares fell 3% to $150.20.', 'Berenberg is more patient. The broker kept its Buy rating, although it trimmed its target, to $170 from $180.'],
      [['Alibaba Group', 'analyst_rating', 'Buy', null, 'Berenberg'], ['Alibaba Group', 'change_pct_1d', -3, null], ['Alibaba Group', 'price', 150.2, 'USD'], ['Alibaba Group', 'price_target', 170, 'USD', 'Berenberg']]],
  ])('%s', (title, lines, expected) => {
    expect(facts(title, ...lines)).toEqual(sorted(expected));
  });
});

describe('only the current target counts', () => {
  it.each<[string, Row[]]>([
    ['Jefferies lifted its target price on Alibaba from 135 to 190 euros.', [['Alibaba Group', 'price_target', 190, 'EUR', 'Jefferies']]],
    ['Morgan Stanley cut its Alibaba price objective to £126 ($161.56) from £132 ($169.25).', [['Alibaba Group', 'price_target', 126, 'GBP', 'Morgan Stanley']]],
    ['Bank of America reiterated its Underperform rating on Alibaba with a CHF 72 objective.', [['Alibaba Group', 'analyst_rating', 'Underperform', null, 'Bank of America'], ['Alibaba Group', 'price_target', 72, 'CHF', 'Bank of America']]],
    ['Deutsche Bank restated a buy rating and set a £130 ($166.69) price target on Alibaba.', [['Alibaba Group', 'analyst_rating', 'buy', null, 'Deutsche Bank'], ['Alibaba Group', 'price_target', 130, 'GBP', 'Deutsche Bank']]],
    ['Local brokerages put the Alibaba target price at around $170.', []],
  ])('%s', (sentence, expected) => {
    expect(facts('Alibaba in focus', sentence)).toEqual(sorted(expected));
  });
});

describe('figures of other things are not the company\'s', () => {
  it.each<[string, Row[]]>([
    ['The S&P 500 ETF (SPY), for comparison, currently shows an RSI reading of 34.9.', []],
    ['Exporters led the advance after the dollar reached a one-month high near 99 yen on Friday.', []],
    ['The Hang Seng Tech Index, of which Alibaba is a member, gained 4.2%.', []],
    ['The Cloud Intelligence Group posted a 34% year-over-year revenue increase.', []],
    ['Turnover totaled NT$300.04 billion.', []],
    ['Face value per share is Rs 5.', []],
  ])('%s', (sentence, expected) => {
    expect(facts('Alibaba in focus', 'Alibaba shares rose.', sentence).filter((r) => r[1] !== 'change_pct_1d')).toEqual(sorted(expected));
  });

  it('gives a rival its own figures, not the article\'s company', () => {
    expect(facts('Nvidia runs hot', 'Nvidia climbed 2.85% to $191.40.', 'Competitor AMD also rose, adding 1.2% to $214.30.')).toEqual(sorted<Row>([
      ['Advanced Micro Devices', 'change_pct_1d', 1.2, null], ['Advanced Micro Devices', 'price', 214.3, 'USD'],
      ['NVIDIA Corporation', 'change_pct_1d', 2.85, null], ['NVIDIA Corporation', 'price', 191.4, 'USD'],
    ]));
  });
});

describe('companies no registry lists, learned from the article', () => {
  it.each<[string, string[], Row[]]>([
    ['Krones Gains After Record Order Intake', ['Krones is starting 2026 on a confident note.', 'Shares of the Neutraubling-based maker rose 1.24% to €138.60 on Thursday.', 'Krones lifted revenue by 6.1% to €5.61 billion in 2025.'],
      [['Krones', 'change_pct_1d', 1.24, null], ['Krones', 'price', 138.6, 'EUR'], ['Krones', 'revenue', 5.61e9, 'EUR'], ['Krones', 'revenue_growth_pct', 6.1, null]]],
    ['Chemicals slip', ['Plastics maker Covestro shed 0.1 percent to 51.78 euros, while specialty chemicals group Lanxess gave up 0.4 percent to 26.44 euros. Evonik dropped 1.7 percent and Wacker Chemie 1.8 percent.'],
      [['Covestro', 'change_pct_1d', -0.1, null], ['Covestro', 'price', 51.78, 'EUR'], ['Evonik', 'change_pct_1d', -1.7, null], ['Lanxess', 'change_pct_1d', -0.4, null], ['Lanxess', 'price', 26.44, 'EUR'], ['Wacker Chemie', 'change_pct_1d', -1.8, null]]],
    ['FTSE 100 movers', ['FTSE 100 - Risers', 'Melrose Industries (MRO) 641.60p 2.52%', 'Ocado Group (OCDO) 442.40p -7.06%'],
      [['Melrose Industries', 'change_pct_1d', 2.52, null], ['Melrose Industries', 'price', 641.6, 'GBX'], ['Ocado Group', 'change_pct_1d', -7.06, null], ['Ocado Group', 'price', 442.4, 'GBX']]],
    ['Oslo stocks', ['* Of the largest companies, Equinor rose 1.22 pct, Telenor fell -0.81 pct and DNB rose 1.14 pct'],
      [['DNB', 'change_pct_1d', 1.14, null], ['Equinor', 'change_pct_1d', 1.22, null], ['Telenor', 'change_pct_1d', -0.81, null]]],
  ])('%s', (title, lines, expected) => {
    expect(facts(title, ...lines)).toEqual(sorted(expected));
  });

  it('learns the name a title-cased heading ends with, not the heading ("Analysts Weigh In On Fengar Holdings")', () => {
    const lines = ['Analysts Weigh In On Fengar Holdings', 'Fengar Holdings shares rose 2.1% to $14.20 on Monday.', 'About Fengar Holdings', 'Its dividend yield stands at 3.5%.'];
    const out = extractFromLines({ id: 't', file: 't.txt', title: 'Valve maker climbs', body: lines.join('\n'), published: '2026-01-14T09:00:00', url: null }, lines, ALL);
    expect(out.companies.map((c) => c.name)).toEqual(['Fengar Holdings']);
    expect(new Set(out.facts.map((f) => f.company))).toEqual(new Set(['Fengar Holdings']));
    expect(out.facts.map((f) => f.kind).sort()).toEqual(['change_pct_1d', 'dividend_yield', 'price']);
  });
});

describe('phrasings real publishers use', () => {
  it.each<[string, string[], Row[]]>([
    ['Tokyo stocks', ['Sony Corp put on 0.6 percent to 2,710 yen.'], [['Sony Group Corporation', 'change_pct_1d', 0.6, null], ['Sony Group Corporation', 'price', 2710, 'JPY']]],
    ['Tencent up', ['At midday, Tencent Holdings was 3.5% higher at HKD 419.6.'], [['Tencent Holdings', 'change_pct_1d', 3.5, null], ['Tencent Holdings', 'price', 419.6, 'HKD']]],
    ['Why Photronics Is Trading Higher', ['Shares of Photronics (NASDAQ: PLAB) moved higher.', 'At the time of publication on Friday, Photronics stock was up 6.99% to $9.34.'],
      [['Photronics', 'change_pct_1d', 6.99, null], ['Photronics', 'price', 9.34, 'USD']]],
    ['Praemium racing', ["Praemium Ltd's (ASX: PPS) share price has soared 15% higher to 42.5 cents."], [['Praemium Ltd', 'change_pct_1d', 15, null], ['Praemium Ltd', 'price', 0.425, 'AUD']]],
    ['Samsung record', ['Samsung Electronics was at 137,100 won as of 2 p.m., up 8,650 won, or 6.73 percent, on the day. The stock opened at 134,600 won.'],
      [['Samsung Electronics', 'change_pct_1d', 6.73, null], ['Samsung Electronics', 'price', 137100, 'KRW']]],
    ['Rosetta Stone (RST) oversold', ['Rosetta Stone, Inc. (RST) shares slid with an RSI reading of 29.5.', "The bottom of RST's 52 week range is $9.26 per share, while the 52 week high point is $18.30, against a last trade of $14.60."],
      [['Rosetta Stone Inc.', 'high_52w', 18.3, 'USD'], ['Rosetta Stone Inc.', 'low_52w', 9.26, 'USD'], ['Rosetta Stone Inc.', 'price', 14.6, 'USD'], ['Rosetta Stone Inc.', 'rsi_14', 29.5, null]]],
    ['Alibaba in focus', ['Year to date, the shares are down over 5 per cent.', 'Their gain so far this year comes to almost 19 percent.'], [['Alibaba Group', 'change_pct_ytd', -5, null], ['Alibaba Group', 'change_pct_ytd', 19, null]]],
    ['Alibaba in focus', ['The stock trades below its 50-day moving average of €214.80 and beneath the 200-day line at €241.20.'], [['Alibaba Group', 'sma_200', 241.2, 'EUR'], ['Alibaba Group', 'sma_50', 214.8, 'EUR']]],
    ['Alibaba in focus', ['On average, analysts see the shares at CHF 84.10, and the consensus rating is "Hold".'], [['Alibaba Group', 'consensus_rating', 'Hold', null], ['Alibaba Group', 'price_target_avg', 84.1, 'CHF']]],
    ['Alibaba in focus', ['The firm earned $3.08 a share, below the $3.16 Wall Street had expected.'], [['Alibaba Group', 'eps', 3.08, 'USD']]],
    ['Alibaba in focus', ['Alibaba topped the consensus estimate by $0.08.'], []],
    ['Reliance results', ["Reliance's market cap rose to Rs 15,567 crore.", 'On BSE, 1 lakh shares had changed hands in the counter so far.'], [['Reliance Industries', 'market_cap', 155670000000, 'INR'], ['Reliance Industries', 'volume', 100000, null]]],
    ['Alibaba in focus', ["The latest setback adds to a disappointing twelve months in which the shares have given up 6.9%."], [['Alibaba Group', 'change_pct_12m', -6.9, null]]],
  ])('%s: %j', (title, lines, expected) => {
    expect(facts(title, ...lines)).toEqual(sorted(expected));
  });
});

describe('dual listings', () => {
  it('gives a target on the ADRs the ADR\'s currency and its own price, beside the London figures', () => {
    expect(facts('Shell dips', 'Shell shares slid 1.84% to 2,712.5p.', "RBC Capital Markets set an $85 price target on Shell's New York-listed ADRs, which fell 1.6% to $73.18 in early trading.")).toEqual(sorted<Row>([
      ['Shell plc', 'change_pct_1d', -1.84, null], ['Shell plc', 'change_pct_1d', -1.6, null], ['Shell plc', 'price', 2712.5, 'GBX'],
      ['Shell plc', 'price', 73.18, 'USD'], ['Shell plc', 'price_target', 85, 'USD', 'RBC Capital Markets'],
    ]));
  });
});

describe('results after a house\'s name belong to the company', () => {
  it('reads "Goldman said quarterly revenue fell 8% to $10.9 billion" as the company\'s result, not the house\'s', () => {
    expect(facts('Goldman downgraded', 'In its report, Goldman said quarterly revenue fell 8% to $10.9 billion.')).toEqual(sorted<Row>([
      ['The Goldman Sachs Group, Inc.', 'revenue', 10.9e9, 'USD'], ['The Goldman Sachs Group, Inc.', 'revenue_growth_pct', -8, null],
    ]));
  });
});

describe('phrasings met only on unseen news', () => {
  const TARGET: Company = { id: 'target', name: 'Target Corporation', aliases: ['Target'], listings: [{ ticker: 'TGT', exchange: 'NYSE', currency: 'USD' }] };
  const RIO: Company = { id: 'rio', name: 'Rio Tinto Group', aliases: ['Rio Tinto'], listings: [{ ticker: 'RIO', exchange: 'NYSE', currency: 'USD' }, { ticker: 'RIO', exchange: 'ASX', currency: 'AUD' }] };
  const NOMURA: Company = { id: 'nomura', name: 'Nomura Holdings, Inc.', aliases: ['Nomura'], listings: [{ ticker: '8604', exchange: 'TSE', currency: 'JPY' }] };
  const MS: Company = { id: 'morgan-stanley', name: 'Morgan Stanley', aliases: [], listings: [{ ticker: 'MS', exchange: 'NYSE', currency: 'USD' }] };
  const with_ = (extra: Company[], title: string, ...lines: string[]): Row[] => factsWith([...ALL, ...extra], title, ...lines);

  it("takes a headline's stock as the company though a house bears its name, and its one-word namesake as no company", () => {
    const rows = with_([TARGET, MS], 'Jefferies Stock Drops as Morgan Stanley Trims Its Target',
      'Jefferies Financial Group is under pressure. The investment bank\'s shares fell 2.5% to $51.20 on Friday.',
      'Morgan Stanley lowered its price target from $70 to $62.');
    expect(rows).toEqual(sorted<Row>([
      ['Jefferies Financial Group', 'change_pct_1d', -2.5, null], ['Jefferies Financial Group', 'price', 51.2, 'USD'],
      ['Jefferies Financial Group', 'price_target', 62, 'USD', 'Morgan Stanley'],
    ]));
  });

  it("reads an analyst's name as the house given for them anywhere in the article, and a short name as the full one", () => {
    expect(facts('Carmakers split', 'Nvidia was unchanged while Bank of America (BofA) turned cautious on Toyota. Analyst Petra Vogel cut the stock from "Neutral" to "Underperform".',
      'BofA analyst Petra Vogel had lowered her price target to 2,400 yen.')).toEqual(sorted<Row>([
      ['Toyota Motor Corporation', 'analyst_rating', 'Underperform', null, 'Bank of America'],
      ['Toyota Motor Corporation', 'price_target', 2400, 'JPY', 'Bank of America'],
    ]));
    expect(facts('Alibaba upgraded', 'Citigroup analyst Mara Quint finds expectations too low.', 'Against this background Quint upgraded Alibaba to "buy" with a target price of 150 euros.')).toEqual(sorted<Row>([
      ['Alibaba Group', 'analyst_rating', 'buy', null, 'Citigroup'], ['Alibaba Group', 'price_target', 150, 'EUR', 'Citigroup'],
    ]));
  });

  it('refers "her price target" back to the house named before', () => {
    expect(facts('Tesco note', 'JPMorgan analyst Ida Roe rates Tesco "overweight".', 'Her price target of 410p sits above the high.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'analyst_rating', 'overweight', null, 'JPMorgan'], ['Tesco PLC', 'price_target', 410, 'GBX', 'JPMorgan'],
    ]));
  });

  it('leaves out the figure of what an article compares with', () => {
    expect(facts('BHP momentum', 'BHP Group shares rose 1% to $44.10.', 'For comparison, the Vanguard Australian Shares Index ETF shows an RSI of 57.1, so BHP is running ahead of the market.',
      'For BHP, the RSI reading has reached 64.2 — by comparison, the sector currently shows an average RSI of 51.0.')).toEqual(sorted<Row>([
      ['BHP Group', 'change_pct_1d', 1, null], ['BHP Group', 'price', 44.1, 'AUD'], ['BHP Group', 'rsi_14', 64.2, null],
    ]));
  });

  it("settles a bare dollar by the exchange the sentence names", () => {
    expect(with_([RIO], 'Miners', 'Rival Rio Tinto added 1.2% to $131.40 on the ASX.')).toEqual(sorted<Row>([
      ['Rio Tinto Group', 'change_pct_1d', 1.2, null], ['Rio Tinto Group', 'price', 131.4, 'AUD'],
    ]));
  });

  it("keeps a year-to-date move apart from a twelve-month one in the next clause", () => {
    expect(facts('Tesco', 'Tesco shares rose 1% to 330p.', 'Since the turn of the year the shares have shed 9.8%, and over twelve months the decline amounts to 46.5%.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'change_pct_12m', -46.5, null], ['Tesco PLC', 'change_pct_1d', 1, null], ['Tesco PLC', 'change_pct_ytd', -9.8, null], ['Tesco PLC', 'price', 330, 'GBX'],
    ]));
  });

  it('takes a later quote of the session over the earlier one, and a move to a record high only alone', () => {
    expect(facts('Reliance', 'Reliance shares gained 2.87 per cent to Rs 2,662.45. Later in the session, the scrip was trading 1.21 per cent higher at Rs 2,651.75.')).toEqual(sorted<Row>([
      ['Reliance Industries', 'change_pct_1d', 1.21, null], ['Reliance Industries', 'price', 2651.75, 'INR'],
    ]));
    expect(facts('Reliance', 'Reliance shares rose 5 per cent to a fresh 52-week high of Rs 2,880.40.')).toEqual(sorted<Row>([
      ['Reliance Industries', 'change_pct_1d', 5, null], ['Reliance Industries', 'high_52w', 2880.4, 'INR'],
    ]));
  });

  it("gives a house's local arm, not its listed parent, and never a forecast EPS as a target or a result", () => {
    expect(with_([NOMURA], 'Reliance', 'Reliance shares rose 1% to Rs 2,500.', 'Nomura India applied a 25 times multiple to its FY26F EPS of Rs 124.20 to reach a target price of Rs 3,105.')).toEqual(sorted<Row>([
      ['Reliance Industries', 'change_pct_1d', 1, null], ['Reliance Industries', 'price', 2500, 'INR'], ['Reliance Industries', 'price_target', 3105, 'INR', 'Nomura India'],
    ]));
  });

  it('finds houses named by a number word, with an adverb before their verb, and lowercase ratings a rating verb gives', () => {
    expect(facts('Shopify', 'Shopify (TSE:SHOP) shares fell 1%.', 'Eight Capital lifted its price objective on Shopify to C$150.00.', 'Liberum Capital currently rates the stock hold.')).toEqual(sorted<Row>([
      ['Shopify Inc.', 'analyst_rating', 'hold', null, 'Liberum Capital'], ['Shopify Inc.', 'change_pct_1d', -1, null], ['Shopify Inc.', 'price_target', 150, 'CAD', 'Eight Capital'],
    ]));
  });

  it('reads the consensus rating "for" a company and a P/E opening a sentence', () => {
    expect(facts('Baidu', 'Baidu shares rose 1%.', 'Across Wall Street, the consensus rating for Baidu is "Moderate Buy".', 'At around 13 times earnings, Baidu trades at a discount.')).toEqual(sorted<Row>([
      ['Baidu', 'change_pct_1d', 1, null], ['Baidu', 'consensus_rating', 'Moderate Buy', null], ['Baidu', 'pe_ratio', 13, null],
    ]));
  });

  it("leaves a whole market's turnover and a profit figure after the word revenue out", () => {
    expect(facts('Toyota', 'Toyota shares rose 1% to 2,900 yen.', "Volume on the Tokyo exchange's first section picked up, with some 2.3 billion shares changing hands.",
      "Helped by higher revenue, Toyota's consolidated profit more than doubled to 574.30 billion yen in the quarter.")).toEqual(sorted<Row>([
      ['Toyota Motor Corporation', 'change_pct_1d', 1, null], ['Toyota Motor Corporation', 'price', 2900, 'JPY'],
    ]));
  });

  it("learns a mover from the verb before a participle and a company that hit a one-year high", () => {
    expect(facts('Banks', 'Advisory rival Korvane also slipped, losing 1.1% to $49.80.', 'Halvex Laboratories hit a one-year high of Rs 5,867.40.')).toEqual(sorted<Row>([
      ['Halvex Laboratories', 'high_52w', 5867.4, 'INR'], ['Korvane', 'change_pct_1d', -1.1, null], ['Korvane', 'price', 49.8, 'USD'],
    ]));
  });

  it('takes "a 2.3% rise in <company>" as its move, and no one-word name inside another name', () => {
    expect(with_([TARGET], 'Reliance', 'A 2.3% rise in Reliance Industries lifted the index.', 'Stock Target Advisor reports that the shares rose 2%.')).toEqual(sorted<Row>([
      ['Reliance Industries', 'change_pct_1d', 2.3, null], ['Reliance Industries', 'change_pct_1d', 2, null],
    ]));
  });
});

describe('broker lists, houses that are listed banks, and more notations of unseen news', () => {
  const UBS: Company = { id: 'ubs-group', name: 'UBS Group AG', aliases: ['UBS Group', 'UBS'], listings: [{ ticker: 'UBSG', exchange: 'SIX', currency: 'CHF' }] };
  const BARCLAYS: Company = { id: 'barclays', name: 'Barclays PLC', aliases: ['Barclays'], listings: [{ ticker: 'BARC', exchange: 'LSE', currency: 'GBX' }] };
  const with_ = (extra: Company[], title: string, ...lines: string[]): Row[] => factsWith([...ALL, ...extra], title, ...lines);

  it('learns the company a house\'s call is on in a broker list, with the unit written once after a bracketed old target', () => {
    expect(facts('Broker ratings', 'Numis lifts Greggs price target to 3,100 (2,900) pence - \'buy\'', 'Peel Hunt downgrades Halma to \'hold\' - price target 2,450 pence')).toEqual(sorted<Row>([
      ['Greggs', 'analyst_rating', 'buy', null, 'Numis'], ['Greggs', 'price_target', 3100, 'GBX', 'Numis'],
      ['Halma', 'analyst_rating', 'hold', null, 'Peel Hunt'], ['Halma', 'price_target', 2450, 'GBX', 'Peel Hunt'],
    ]));
  });

  it("keeps a house's calls off the house, and off a house the headline does not name first", () => {
    const rows = with_([UBS], 'Krones Slips as Orders Cool; UBS Trims Its Target',
      'Krones AG fell 2.1% to €118.40.', 'UBS reacted at once. The Swiss bank cut its price target to €140 and kept its Buy rating.',
      'Bernstein reiterated Underperform with a target of €125.');
    expect(rows).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_1d', -2.1, null], ['Krones AG', 'price', 118.4, 'EUR'],
      ['Krones AG', 'analyst_rating', 'Buy', null, 'UBS'], ['Krones AG', 'price_target', 140, 'EUR', 'UBS'],
      ['Krones AG', 'analyst_rating', 'Underperform', null, 'Bernstein'], ['Krones AG', 'price_target', 125, 'EUR', 'Bernstein'],
    ]));
    const galaxy = facts('Galaxy Entertainment Climbs; Citi Analyst Turns Bullish', 'Galaxy Entertainment Group shares rose 2% on Monday.', '- Last Price: HK$40.10',
      'Citi Raises the Bar', 'The boldest call came from Citi. Citi analyst Ann Lo raised her price target to HK$48.');
    expect(galaxy).toContainEqual(['Galaxy Entertainment Group', 'price', 40.1, 'HKD']);
    expect(galaxy).toContainEqual(['Galaxy Entertainment Group', 'price_target', 48, 'HKD', 'Citi']);
    expect(galaxy.filter((r) => r[0] === 'Citigroup Inc.')).toEqual([]);
    expect(with_([BARCLAYS], 'BAE Systems gains', 'BAE Systems plc rose 1.2% to 1,210p.', 'Barclays, long a supporter of the stock, raised its price target to 1,400p.'))
      .toContainEqual(['BAE Systems plc', 'price_target', 1400, 'GBX', 'Barclays']);
  });

  it('reads decimal commas, a house whose legal form ends in a full stop, and a stock code in brackets', () => {
    expect(facts('JSE', 'Sasol Ltd dropped 2,4% to R151,20.')).toEqual(sorted<Row>([['Sasol Ltd', 'change_pct_1d', -2.4, null], ['Sasol Ltd', 'price', 151.2, 'ZAR']]));
    expect(facts('Tokyo movers', 'Drugmaker Kyowa Kirin Co. (4151 JT) gained 2.2 percent to 2,410 yen. Okasan Securities Co. upgraded it to "buy" and raised its target price to 2,900 yen.')).toEqual(sorted<Row>([
      ['Kyowa Kirin Co.', 'change_pct_1d', 2.2, null], ['Kyowa Kirin Co.', 'price', 2410, 'JPY'],
      ['Kyowa Kirin Co.', 'analyst_rating', 'buy', null, 'Okasan Securities Co.'], ['Kyowa Kirin Co.', 'price_target', 2900, 'JPY', 'Okasan Securities Co.'],
    ]));
  });

  it("takes a known one-word name that another capitalised word continues as another company's, but not before a rating", () => {
    const TOYOTA: Company = { id: 'toyota', name: 'Toyota Motor Corporation', aliases: ['Toyota'], listings: [{ ticker: '7203', exchange: 'TSE', currency: 'JPY' }] };
    expect(with_([TOYOTA], 'Tokyo', 'Toyota Boshoku fell 2.1 percent to 1,980 yen, while Toyota rose 0.4 percent to 2,880 yen.')).toEqual(sorted<Row>([
      ['Toyota Boshoku', 'change_pct_1d', -2.1, null], ['Toyota Boshoku', 'price', 1980, 'JPY'],
      ['Toyota Motor Corporation', 'change_pct_1d', 0.4, null], ['Toyota Motor Corporation', 'price', 2880, 'JPY'],
    ]));
    expect(with_([TOYOTA], 'Toyota note', 'Jefferies rates Toyota Buy with a 3,400 yen target.')).toEqual(sorted<Row>([
      ['Toyota Motor Corporation', 'analyst_rating', 'Buy', null, 'Jefferies'], ['Toyota Motor Corporation', 'price_target', 3400, 'JPY', 'Jefferies'],
    ]));
  });

  it("gives an analyst's call to the house that owns them or that they are of", () => {
    expect(facts('Calls', "Baird's Ann Holt kept an Outperform on Krones AG but cut the price target from €150 to €140.",
      'Tom Reyes of Jefferies stayed at Hold on Tesco PLC and trimmed the price target from 400p to 380p.')).toEqual(sorted<Row>([
      ['Krones AG', 'analyst_rating', 'Outperform', null, 'Baird'], ['Krones AG', 'price_target', 140, 'EUR', 'Baird'],
      ['Tesco PLC', 'analyst_rating', 'Hold', null, 'Jefferies'], ['Tesco PLC', 'price_target', 380, 'GBX', 'Jefferies'],
    ]));
  });

  it('leaves out a replaced target, a perfect tense with no span, a currency level and the figures of a name the article writes but no list knows', () => {
    expect(facts('Tesco note', 'Jefferies now has a 410p price target on Tesco PLC, below its earlier target of 430p.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'price_target', 410, 'GBX', 'Jefferies'],
    ]));
    expect(facts('Tesco run', 'Tesco PLC has gained more than 12%, and analysts wonder how far it can go.', 'Tesco PLC has risen 2% to 402p.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'change_pct_1d', 2, null], ['Tesco PLC', 'price', 402, 'GBX'],
    ]));
    expect(facts('Tesco steady', 'Tesco PLC rose 1% to 400p. The pound was steady at $1.27.')).toEqual(sorted<Row>([['Tesco PLC', 'change_pct_1d', 1, null], ['Tesco PLC', 'price', 400, 'GBX']]));
    expect(facts('Krones order book', 'Krones AG, which owns Kosme and a stake in Syntegon, fell 1% on Tuesday.', 'Kosme was the bright spot, lifting its sales by 4% to €310 million.')).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_1d', -1, null],
    ]));
  });

  it('learns no place, listing or index word as part of a name', () => {
    expect(facts('Frankfurt', 'Frankfurt-listed Fielmann gained 3.4 per cent to €41.20, while Frankfurt\'s Xetra Dax added 0.7 per cent.')).toEqual(sorted<Row>([
      ['Fielmann', 'change_pct_1d', 3.4, null], ['Fielmann', 'price', 41.2, 'EUR'],
    ]));
  });

  it('learns the company a target is "for" and a leader of the gainers, and gives no unknown name\'s figures to the company before', () => {
    const rows = facts('NZ shares', 'Summerset Group topped the gainers, putting on 4.1 per cent to $11.40 on the NZX.',
      'Harbour analysts nudged their target price for Port of Tauranga up by 10 cents to $6.90.',
      'Vector Limited dropped 1 per cent. Skellerup Rubber traded 0.5 million shares and firmed 2.2 per cent to $5.31.');
    expect(rows).toContainEqual(['Summerset Group', 'price', 11.4, 'NZD']);
    expect(rows).toContainEqual(['Port of Tauranga', 'price_target', 6.9, 'NZD', 'Harbour']);
    expect(rows.filter((r) => r[0] === 'Vector Limited')).toEqual([['Vector Limited', 'change_pct_1d', -1, null]]);
  });

  it('learns a mover named before an aside or "itself", and keeps an aside\'s time and ranking words out of the move', () => {
    expect(facts('Macau', 'Wynn Macau, the second-largest operator by revenue, gained 2.1% to HK$7.10.', 'Melco Resorts itself declined 1.2 percent to HK$5.40.',
      'Studio City, which last week raised HK$400 million, rose 0.8 per cent to HK$6.10.')).toEqual(sorted<Row>([
      ['Wynn Macau', 'change_pct_1d', 2.1, null], ['Wynn Macau', 'price', 7.1, 'HKD'],
      ['Melco Resorts', 'change_pct_1d', -1.2, null], ['Melco Resorts', 'price', 5.4, 'HKD'],
      ['Studio City', 'change_pct_1d', 0.8, null], ['Studio City', 'price', 6.1, 'HKD'],
    ]));
  });

  it('reads "sticks with", "rates the ADR Overweight" and a two-hundred-day SMA, and keeps a consensus off a house named only before', () => {
    const BARCLAYS: Company = { id: 'barclays', name: 'Barclays PLC', aliases: ['Barclays'], listings: [{ ticker: 'BARC', exchange: 'LSE', currency: 'GBX' }] };
    const rows = with_([BARCLAYS], 'BAE Systems', 'BAE Systems plc rose 1% to 1,200p. Barclays\' own shares slipped 0.5% to 210p.',
      'Jefferies rates BAE Systems Buy, while Numis sticks with Hold.', 'Across the brokers, the consensus rating is "Buy" and the average target is 1,300p.',
      'In New York, Citi rates the ADR Outperform.', 'The stock trades above the two-hundred-day SMA at 1,050p.');
    expect(rows).toEqual(sorted<Row>([
      ['BAE Systems plc', 'change_pct_1d', 1, null], ['BAE Systems plc', 'price', 1200, 'GBX'],
      ['Barclays PLC', 'change_pct_1d', -0.5, null], ['Barclays PLC', 'price', 210, 'GBX'],
      ['BAE Systems plc', 'analyst_rating', 'Buy', null, 'Jefferies'], ['BAE Systems plc', 'analyst_rating', 'Hold', null, 'Numis'],
      ['BAE Systems plc', 'consensus_rating', 'Buy', null], ['BAE Systems plc', 'price_target_avg', 1300, 'GBX'],
      ['BAE Systems plc', 'analyst_rating', 'Outperform', null, 'Citi'], ['BAE Systems plc', 'sma_200', 1050, 'GBX'],
    ]));
  });

  it('learns a name a price is quoted for in a market report', () => {
    expect(facts('JSE', 'Sibanye Stillwater traded at R27,10 on the JSE.', 'Exxaro fetched R190,20 in its latest trade.')).toEqual(sorted<Row>([
      ['Exxaro', 'price', 190.2, 'ZAR'], ['Sibanye Stillwater', 'price', 27.1, 'ZAR'],
    ]));
  });

  it('reads a title-cased "Price Target" and an Equal-Weight call', () => {
    expect(facts('Calls', 'Ann Roe of Jefferies started coverage of Tesco PLC at Equal-Weight and put a Price Target of 420p on the shares.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'analyst_rating', 'Equal-Weight', null, 'Jefferies'], ['Tesco PLC', 'price_target', 420, 'GBX', 'Jefferies'],
    ]));
  });

  it('refers "They raised" back to a house\'s analysts, and a house\'s later call to the company it was named beside', () => {
    expect(facts('Krones gains', 'Krones AG jumped 4% after the Morgan Stanley analysts said the risk was tilted to the upside.',
      'They raised their rating to "overweight" and lifted their price target to €140.')).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_1d', 4, null], ['Krones AG', 'analyst_rating', 'overweight', null, 'Morgan Stanley'], ['Krones AG', 'price_target', 140, 'EUR', 'Morgan Stanley'],
    ]));
    expect(facts('Nordics', 'Krones AG rose 1% to €120.', 'Danish lender Sydbank was helped by an upgrade from Carnegie\'s analysts.',
      'The Swedish broker raised its view on the shares from "hold" to "buy". Sydbank stock gained 3.2 per cent to DKr380.20.')).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_1d', 1, null], ['Krones AG', 'price', 120, 'EUR'],
      ['Sydbank', 'analyst_rating', 'buy', null, 'Carnegie'], ['Sydbank', 'change_pct_1d', 3.2, null], ['Sydbank', 'price', 380.2, 'DKK'],
    ]));
  });

  it('reads a move "each" for every name of its clause, a price "to a price of" or before "share price", and a house\'s Street-high target', () => {
    expect(facts('Oil', 'Refiners Tesco PLC, Krones AG and BHP Group gained around 2% each.')).toEqual(sorted<Row>([
      ['BHP Group', 'change_pct_1d', 2, null], ['Krones AG', 'change_pct_1d', 2, null], ['Tesco PLC', 'change_pct_1d', 2, null],
    ]));
    expect(facts('Tesco', 'Tesco PLC is up 1.2% to a price of 402p.', 'The yield is based on the recent 402p share price.', 'Jefferies raised its price target for Tesco PLC to a Street-high 480p.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'change_pct_1d', 1.2, null], ['Tesco PLC', 'price', 402, 'GBX'], ['Tesco PLC', 'price_target', 480, 'GBX', 'Jefferies'],
    ]));
  });

  it('reads a price at a record a move reached, "trading for" a price, and a described company a one-line paragraph introduced', () => {
    expect(facts('Kia', 'Kia Corp jumped 4.6% to a record 24,950 won.')).toEqual(sorted<Row>([['Kia Corp', 'change_pct_1d', 4.6, null], ['Kia Corp', 'price', 24950, 'KRW']]));
    const rows = facts('ASX upgrades', 'The first share is Tesco PLC. Tesco PLC shares are up 0.7% today, trading for 398p apiece.', 'The second share to earn an upgrade is BHP Group.',
      "The Australian miner's shares are up 3.2% in late morning trade, changing hands for A$44.85 each.");
    expect(rows).toEqual(sorted<Row>([
      ['BHP Group', 'change_pct_1d', 3.2, null], ['BHP Group', 'price', 44.85, 'AUD'], ['Tesco PLC', 'change_pct_1d', 0.7, null], ['Tesco PLC', 'price', 398, 'GBX'],
    ]));
  });

  it('reads a mover that "posted the steepest drop in" an index, and learns one that slipped to a 52-week low', () => {
    expect(facts('Movers', 'Tesco PLC posted the steepest drop in the FTSE 100 Index, falling 8.6 percent to 327p.', 'Halma shares slipped to a 52-week low at 1,890p.')).toEqual(sorted<Row>([
      ['Halma', 'low_52w', 1890, 'GBX'], ['Tesco PLC', 'change_pct_1d', -8.6, null], ['Tesco PLC', 'price', 327, 'GBX'],
    ]));
  });

  it('learns the company a house initiated "a Buy on", even when a house bears its name', () => {
    expect(facts('MOFSL', 'ICICI Securities has initiated a Buy on Motilal Oswal Financial Services Ltd. (MOFSL), with a revised Target Price of Rs 943 apiece.',
      "MOFSL's last traded share price is Rs 741.50 apiece, up 1.01% from its previous close.")).toEqual(sorted<Row>([
      ['Motilal Oswal Financial Services Ltd.', 'analyst_rating', 'Buy', null, 'ICICI Securities'], ['Motilal Oswal Financial Services Ltd.', 'change_pct_1d', 1.01, null],
      ['Motilal Oswal Financial Services Ltd.', 'price', 741.5, 'INR'], ['Motilal Oswal Financial Services Ltd.', 'price_target', 943, 'INR', 'ICICI Securities'],
    ]));
  });

  it("gives a table's bare figures the unit its header names, and no row whose name is unknown to the company before", () => {
    expect(facts('Stockholm', 'Krones AG fell 1%.', 'Company | Last (SEK) | Day % | YTD %', '---|---|---|---', 'Sandvik | 301.70 | -0.92 | +8.45', 'Volvo Car B | 41.20 | +0.38 | +3.05')).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_1d', -1, null], ['Sandvik', 'change_pct_1d', -0.92, null], ['Sandvik', 'change_pct_ytd', 8.45, null], ['Sandvik', 'price', 301.7, 'SEK'],
      ['Volvo Car', 'change_pct_1d', 0.38, null], ['Volvo Car', 'change_pct_ytd', 3.05, null], ['Volvo Car', 'price', 41.2, 'SEK'],
    ]));
    expect(facts('Results', 'Krones AG rose 1%. Revenues fell 5% to €1.2 billion in the quarter; organically, they rose 2%.', 'Krones AG is valued at about €4 billion on the stock market.')).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_1d', 1, null], ['Krones AG', 'market_cap', 4e9, 'EUR'], ['Krones AG', 'revenue', 1.2e9, 'EUR'], ['Krones AG', 'revenue_growth_pct', -5, null],
    ]));
  });

  it("reads a table's figures by the kinds its header names", () => {
    expect(facts('Evening wrap', 'Biggest movers on the ASX today:', 'Company | Last Price | Change $ | Change % | 1mo % | 1yr % |', '---|---|---|---|---|---|',
      'Nuix (NXL) | $3.120 | +$0.210 | +7.2% | +15.0% | -12.5% |', 'Tesco PLC | 402p | +4p | +1.0% | n/a | +20.1% |', 'Source: exchange data')).toEqual(sorted<Row>([
      ['Nuix', 'change_pct_12m', -12.5, null], ['Nuix', 'change_pct_1d', 7.2, null], ['Nuix', 'change_pct_1m', 15, null], ['Nuix', 'price', 3.12, 'AUD'],
      ['Tesco PLC', 'change_pct_12m', 20.1, null], ['Tesco PLC', 'change_pct_1d', 1, null], ['Tesco PLC', 'price', 402, 'GBX'],
    ]));
  });

  it('reads share counts traded in the words of market reports, and the average they are set against', () => {
    expect(facts('Volumes', 'Tesco PLC rose 1% as 2 million shares traded, over twice its average of 900,000.', 'Turnover in Krones AG came to about 982,000 shares, ahead of its 90-day average of 607,000.',
      'BHP Group rose 2%. A total of 12.85 million equity shares were traded across the exchanges.')).toEqual(sorted<Row>([
      ['BHP Group', 'change_pct_1d', 2, null], ['BHP Group', 'volume', 12850000, null], ['Krones AG', 'avg_volume', 607000, null], ['Krones AG', 'volume', 982000, null],
      ['Tesco PLC', 'avg_volume', 900000, null], ['Tesco PLC', 'change_pct_1d', 1, null], ['Tesco PLC', 'volume', 2000000, null],
    ]));
  });

  it('takes the span a sentence opens with for the move of its clause', () => {
    expect(facts('Tesco', 'Tesco PLC hit a record. Over one year, the large cap stock has gained 21.5%. In the past month, it rose 3%.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'change_pct_12m', 21.5, null], ['Tesco PLC', 'change_pct_1m', 3, null],
    ]));
  });

  it("reads nothing from sentences about who holds the stock, and learns no holder from them", () => {
    const out = extractFromLines({ id: 't', file: 't.txt', title: 'Tesco holders', body: '', published: '2026-01-14T09:00:00', url: null }, [
      'Tesco PLC rose 1% to 402p.',
      'Harbor Granite Advisors LLC raised its position in shares of Tesco PLC by 85.1% during the first quarter, and now holds 70,135 shares worth $298,074.',
      'Director Ann Lee sold 10,390 shares of the firm\'s stock in a transaction on Friday. Insiders own 5.59% of the company\'s stock.',
    ], ALL);
    expect(out.facts.map((f) => [f.kind, f.value])).toEqual([['price', 402], ['change_pct_1d', 1]]);
    expect(out.companies.map((c) => c.name)).toEqual(['Tesco PLC']);
  });

  it('reads each item of a list of moves with the price it went to, and no item\'s price for the one before', () => {
    expect(facts('JSE', 'In the retail sector, Sasol Ltd added 3.26% to R208, Exxaro Resources Ltd 2.32% to R55.56 and Sappi Ltd 1.51% to R61.67.')).toEqual(sorted<Row>([
      ['Exxaro Resources Ltd', 'change_pct_1d', 2.32, null], ['Exxaro Resources Ltd', 'price', 55.56, 'ZAR'],
      ['Sappi Ltd', 'change_pct_1d', 1.51, null], ['Sappi Ltd', 'price', 61.67, 'ZAR'],
      ['Sasol Ltd', 'change_pct_1d', 3.26, null], ['Sasol Ltd', 'price', 208, 'ZAR'],
    ]));
  });

  it('reads percentages written in words', () => {
    expect(facts('Krones', 'Krones AG shares were in demand, gaining one percent to around 118 euros.', 'The stock has gained a little over eleven per cent since the start of the year.',
      'Its peer fell twenty-five percent last year.')).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_1d', 1, null], ['Krones AG', 'change_pct_ytd', 11, null], ['Krones AG', 'price', 118, 'EUR'],
    ]));
  });

  it("gives a figure of an opening phrase to the main clause's subject, not a name after it", () => {
    expect(facts('Tesco', 'Tesco PLC rose 1%. With a market capitalisation of about £21 billion, it is still the largest grocer, ahead of Sainsbury\'s.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'change_pct_1d', 1, null], ['Tesco PLC', 'market_cap', 21e9, 'GBP'],
    ]));
  });

  it("reads a move after \"closed Tuesday's session\"", () => {
    expect(facts('Tesco', "Tesco PLC closed Tuesday's session 0.4% lower at 398p.")).toEqual(sorted<Row>([['Tesco PLC', 'change_pct_1d', -0.4, null], ['Tesco PLC', 'price', 398, 'GBX']]));
  });

  it('learns a name a known one-word name starts, a mover that "edged" a figure higher, and no name closing a relative clause', () => {
    const TOYOTA: Company = { id: 'toyota', name: 'Toyota Motor Corporation', aliases: ['Toyota'], listings: [{ ticker: '7203', exchange: 'TSE', currency: 'JPY' }] };
    expect(with_([TOYOTA], 'Tokyo', 'Toyota Tsusho itself declined 1.9 percent to 1,354 yen.', 'Fletcher Building edged 0.4 per cent higher to NZ$4.74.')).toEqual(sorted<Row>([
      ['Fletcher Building', 'change_pct_1d', 0.4, null], ['Fletcher Building', 'price', 4.74, 'NZD'],
      ['Toyota Tsusho', 'change_pct_1d', -1.9, null], ['Toyota Tsusho', 'price', 1354, 'JPY'],
    ]));
    const rows = facts('Krones slips', 'Krones AG is under pressure. Shares of the bottling group, which owns Kosme, Syntegon and Krones Service Europe, fell 2% to €118.');
    expect(rows).toEqual(sorted<Row>([['Krones AG', 'change_pct_1d', -2, null], ['Krones AG', 'price', 118, 'EUR']]));
  });

  it('gives figures listed "respectively" to the names in the same places, and a move "each" to every name', () => {
    expect(facts('Sensex', 'Tesco PLC, Krones AG and BHP Group each gained around 3.5%, to 402p, €118 and A$44.10 respectively.')).toEqual(sorted<Row>([
      ['BHP Group', 'change_pct_1d', 3.5, null], ['BHP Group', 'price', 44.1, 'AUD'], ['Krones AG', 'change_pct_1d', 3.5, null], ['Krones AG', 'price', 118, 'EUR'],
      ['Tesco PLC', 'change_pct_1d', 3.5, null], ['Tesco PLC', 'price', 402, 'GBX'],
    ]));
    // A list as long as no list of names goes to none.
    expect(facts('Sensex', 'Tesco PLC and Krones AG rose, to 402p, €118 and A$44.10 respectively.').filter((r) => r[1] === 'price')).toEqual([]);
  });

  it('reads the house that "said it had raised" its target, an RSI label naming its period, names in Latin Extended letters, and no sector, country or result acronym as a company', () => {
    expect(facts('JSE', 'Kumba Iron Ore Ltd rose 2%. Earlier, Merrill Lynch said it had raised its target price for Kumba Iron Ore Ltd to R205.', '- RSI, 14 Days: 58.7')).toEqual(sorted<Row>([
      ['Kumba Iron Ore Ltd', 'change_pct_1d', 2, null], ['Kumba Iron Ore Ltd', 'price_target', 205, 'ZAR', 'Merrill Lynch'], ['Kumba Iron Ore Ltd', 'rsi_14', 58.7, null],
    ]));
    expect(facts('THY', 'Turkish Airlines AO rose 2% to ₺340. Yapı Kredi Yatırım raised its price target from ₺420 to ₺455.')).toContainEqual(['Turkish Airlines AO', 'price_target', 455, 'TRY', 'Yapı Kredi Yatırım']);
    expect(facts('Wrap', 'Resources were up 0.77%, South Korea\'s Kospi added 0.2 per cent and NPAT fell 19% to $226.9 million. Brazil\'s state oil producer rose 1%.')).toEqual([]);
  });

  it('reads a movers table a page ran into one paragraph, row by row, and no row whose name ran into a heading', () => {
    expect(facts('FTSE movers', 'Miners led the market. FTSE 100 - RisersGreggs Plc (GRG) 2,100.00p +2.87%Tesco PLC (TSCO) 402.50p +1.20%Halma Plc (HLMA) 2,450.00p +1.10%FTSE 100 - FallersRoyal Mail Plc (RMG) 228.00p -3.72%Krones AG (KRN) 118.00p -1.50%')).toEqual(sorted<Row>([
      ['Halma Plc', 'change_pct_1d', 1.1, null], ['Halma Plc', 'price', 2450, 'GBX'], ['Krones AG', 'change_pct_1d', -1.5, null], ['Krones AG', 'price', 118, 'GBX'],
      ['Tesco PLC', 'change_pct_1d', 1.2, null], ['Tesco PLC', 'price', 402.5, 'GBX'],
    ]));
  });

  it('reads targets lifted "by 3.4% to", a house whose note a sentence before is "out of" it, and ratings given "the retailer\'s shares"', () => {
    expect(facts('Healius', 'The Healius Ltd share price has fallen 6.5% to A$1.85. A broker note out of Citi this morning may be behind the drop.',
      'While the broker has kept its neutral rating, it has slashed its price target by 28% to A$2.15.')).toEqual(sorted<Row>([
      ['Healius Ltd', 'analyst_rating', 'neutral', null, 'Citi'], ['Healius Ltd', 'change_pct_1d', -6.5, null], ['Healius Ltd', 'price', 1.85, 'AUD'],
      ['Healius Ltd', 'price_target', 2.15, 'AUD', 'Citi'],
    ]));
    expect(facts('Tesco', 'Jefferies has lifted its share price target for Tesco PLC by 3.4% to 450p. The brokerage currently rates the retailer\'s shares "buy".')).toEqual(sorted<Row>([
      ['Tesco PLC', 'analyst_rating', 'buy', null, 'Jefferies'], ['Tesco PLC', 'price_target', 450, 'GBX', 'Jefferies'],
    ]));
  });

  it('reads movers at the foot of the index, unchanged ones, units of a trust and "were last 2.4 percent higher"', () => {
    const rows = facts('STI', 'Keppel DC Reit finished at the foot of the index, losing 2.4 per cent, or S$0.05, to S$1.96.', 'Apple parts supplier Sunny Optical was unchanged at HK$119.30.',
      'Krones AG rallied. They were last 2.4 percent higher at 121 euros.');
    expect(rows).toEqual(sorted<Row>([
      ['Keppel DC Reit', 'change_pct_1d', -2.4, null], ['Keppel DC Reit', 'price', 1.96, 'SGD'], ['Krones AG', 'change_pct_1d', 2.4, null], ['Krones AG', 'price', 121, 'EUR'],
      ['Sunny Optical', 'change_pct_1d', 0, null], ['Sunny Optical', 'price', 119.3, 'HKD'],
    ]));
  });

  it('reads a company\'s worth and P/E as more writers put them, and a figure glued to its currency by a hyphen', () => {
    expect(facts('Moutai', 'Kweichow Moutai Co Ltd is valued at about 1.76 trillion yuan. It trades at only about 25 times earnings.', 'Citi rates Kweichow Moutai Co Ltd Buy with a 1,900-yuan target.',
      'Krones AG is now worth roughly €4.2 billion. The bottler carries a €4.2 billion market capitalization.')).toEqual(sorted<Row>([
      ['Krones AG', 'market_cap', 4.2e9, 'EUR'],
      ['Kweichow Moutai Co Ltd', 'analyst_rating', 'Buy', null, 'Citi'], ['Kweichow Moutai Co Ltd', 'market_cap', 1.76e12, 'CNY'], ['Kweichow Moutai Co Ltd', 'pe_ratio', 25, null],
      ['Kweichow Moutai Co Ltd', 'price_target', 1900, 'CNY', 'Citi'],
    ]));
  });

  it('reads more data labels: a place in brackets, a 52-week peak, "Since January 1", "Week-on-Week"', () => {
    expect(facts('Krones range', 'Krones AG', '- 52-Week Range: EUR 98.14 – 128.20')).toEqual(sorted<Row>([['Krones AG', 'high_52w', 128.2, 'EUR'], ['Krones AG', 'low_52w', 98.14, 'EUR']]));
    expect(facts('Krones data', 'Krones AG', '- Last Price (Frankfurt): €120.10', '- 52-Week Peak: €140.00 (February 14, 2025)', '- Since January 1: -9.40%', '- Week-on-Week: +1.63%')).toEqual(sorted<Row>([
      ['Krones AG', 'change_pct_7d', 1.63, null], ['Krones AG', 'change_pct_ytd', -9.4, null], ['Krones AG', 'high_52w', 140, 'EUR'], ['Krones AG', 'price', 120.1, 'EUR'],
    ]));
  });

  it('keeps forecasts, like-for-like sales, yield ranges, another day\'s move and an index family\'s member out, and reads "on the Nasdaq" as dollars', () => {
    expect(facts('Tesco preview', 'Analysts polled by LSEG are looking for quarterly earnings of 60p a share on revenue of £17.2 billion.',
      'Tesco PLC said sales at stores open for at least a year rose 0.7 percent.', 'Tesco PLC offers a dividend yield of 3 to 4 per cent.',
      'Tesco PLC fell 1.78% to 398p, extending Thursday\'s 3.9% drop.', 'Nifty IT added 0.36 per cent to 35,944.65.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'change_pct_1d', -1.78, null], ['Tesco PLC', 'price', 398, 'GBX'],
    ]));
    expect(facts('Dollarama', 'Dollarama Inc fell 1% to C$186.42 on the TSX. South of the border, Dollar Tree Inc rose 1.2% to $112.40 on the Nasdaq.')).toContainEqual(['Dollar Tree Inc', 'price', 112.4, 'USD']);
  });

  it("never puts a house's call on the house's own company, even the article's", () => {
    const DBS: Company = { id: 'dbs', name: 'DBS Group Holdings Ltd', aliases: ['DBS'], listings: [{ ticker: 'D05', exchange: 'SGX', currency: 'SGD' }] };
    const rows = with_([DBS], 'DBS cut to neutral', 'DBS Group Holdings Ltd fell 1% to S$38.10 after UBS cut it to neutral. DBS shares are the most traded.',
      'Yangzijiang Shipbuilding Ltd rose 3% to S$2.31. DBS Group Research analyst Ho Pei Hwa lifted her target price for the stock to S$2.75.');
    expect(rows).toContainEqual(['Yangzijiang Shipbuilding Ltd', 'price_target', 2.75, 'SGD', 'DBS Group Research']);
    expect(rows.filter((r) => r[0] === 'DBS Group Holdings Ltd' && r[1] === 'price_target')).toEqual([]);
  });

  it("quotes a dual-listed company in the article's market, and gives a call's noun opening a sentence to the one house named", () => {
    const RBC: Company = { id: 'rbc', name: 'Royal Bank of Canada', aliases: ['RBC'], listings: [{ ticker: 'RY', exchange: 'TSX', currency: 'CAD' }, { ticker: 'RY', exchange: 'NYSE', currency: 'USD' }] };
    expect(with_([RBC], 'TSX climbs', 'The TSX rose 0.5%. Royal Bank of Canada climbed 0.81 per cent to $56.17.')).toContainEqual(['Royal Bank of Canada', 'price', 56.17, 'CAD']);
    expect(facts('Tesco target', 'Barclays analysts kept their overweight stance on Tesco PLC.', 'Retail sales were weak in March.', 'The target price went up from 300p to 375p.')).toContainEqual(['Tesco PLC', 'price_target', 375, 'GBX', 'Barclays']);
  });

  it('reads a 52-week range written as lows and highs, and the bracketed moves of a gainers and laggards list', () => {
    expect(facts('Krones range', 'Over the past 52 weeks Krones AG has traded as low as €98.05 ($104.94) and as high as €128.00 ($137.44).')).toEqual(sorted<Row>([
      ['Krones AG', 'high_52w', 128, 'EUR'], ['Krones AG', 'low_52w', 98.05, 'EUR'],
    ]));
    expect(facts('Tesco range', "Tesco PLC's fifty-two week range runs from a low of 300p to a high of 410p.")).toEqual(sorted<Row>([['Tesco PLC', 'high_52w', 410, 'GBX'], ['Tesco PLC', 'low_52w', 300, 'GBX']]));
    expect(facts('NSE', 'The top gainers on the NSE were Eicher Motors (3.99 per cent) and Bajaj Auto (3.15%), while the laggards were Tata Steel (-1.88%) and Hindalco (1.60%).')).toEqual(sorted<Row>([
      ['Bajaj Auto', 'change_pct_1d', 3.15, null], ['Eicher Motors', 'change_pct_1d', 3.99, null], ['Hindalco', 'change_pct_1d', -1.6, null], ['Tata Steel', 'change_pct_1d', -1.88, null],
    ]));
  });

  it('reads change labels written in words', () => {
    expect(facts('Krones data', 'Krones AG', '- Share Price (Xetra): €120.10', '- Change on the Day: +1.15%', '- Change over 7 Days: -2.40%', '- Past 12 Months: +9.80%', '- Today: +1.15%', '- 3-Month Change: +4.00%')).toEqual(sorted<Row>([
      ['Krones AG', 'price', 120.1, 'EUR'], ['Krones AG', 'change_pct_1d', 1.15, null], ['Krones AG', 'change_pct_7d', -2.4, null], ['Krones AG', 'change_pct_12m', 9.8, null],
    ]));
  });

  it('learns the company a house calls from where the call stands: the subject it comes "from" a house to, "upgraded it", and one after "has upgraded"', () => {
    const AIRBNB: Company = { id: 'airbnb', name: 'Airbnb, Inc.', aliases: ['Airbnb'], listings: [{ ticker: 'ABNB', exchange: 'NASDAQ', currency: 'USD' }] };
    expect(with_([AIRBNB], 'FTSE risers', 'Whitbread shrugged off a downgrade to underweight and a target price cut to 4100p from Jefferies, which sees pressure from rivals like Airbnb. Its shares edged up 2p to 4613p.')).toEqual(sorted<Row>([
      ['Whitbread', 'analyst_rating', 'underweight', null, 'Jefferies'], ['Whitbread', 'price', 4613, 'GBX'], ['Whitbread', 'price_target', 4100, 'GBX', 'Jefferies'],
    ]));
    expect(facts('ASX movers', 'Morgan Stanley has upgraded Link Administration to equal-weight from underweight.')).toEqual(sorted<Row>([
      ['Link Administration', 'analyst_rating', 'equal-weight', null, 'Morgan Stanley'],
    ]));
    expect(facts('FTSE movers', "IMI was also in positive territory after Bank of America Merrill Lynch upgraded it to 'buy'.")).toEqual(sorted<Row>([
      ['IMI', 'analyst_rating', 'buy', null, 'Bank of America Merrill Lynch'],
    ]));
    expect(facts('Hong Kong close', 'Tencent was flat, while shipping major Orient Overseas International soared 16.3% to HK$151.80.')).toEqual(sorted<Row>([
      ['Orient Overseas International', 'change_pct_1d', 16.3, null], ['Orient Overseas International', 'price', 151.8, 'HKD'],
    ]));
  });

  it("reads no product's sales, trading turnover or option contracts as the company's, and labels that put the period or the kind in words", () => {
    expect(facts('Apple results', 'Apple Inc. beat estimates. Mac sales rose 7% to 4 million, while iPod sales dropped 15% to 7.7 million.', 'Sales of iPads climbed 151% to 11.8 million.')).toEqual([]);
    expect(facts('DBS rally', 'Shares of Malayan Banking Berhad rallied, with trading turnover jumping to RM441.1 million against its average of RM220 million this year.')).toEqual([]);
    expect(facts('Nvidia options', 'Options traders are piling into NVIDIA Corporation, with 6,830 calls and 6,783 puts traded so far.')).toEqual([]);
    expect(facts('Toyota data', 'Toyota Motor Corporation', '- RSI 14: 64.3', '- Momentum (RSI 14): 28.6', '- Year High: ¥3,891', '- Annual Low: ¥2,226', '- Five Sessions: -7.40%')).toEqual(sorted<Row>([
      ['Toyota Motor Corporation', 'change_pct_7d', -7.4, null], ['Toyota Motor Corporation', 'high_52w', 3891, 'JPY'], ['Toyota Motor Corporation', 'low_52w', 2226, 'JPY'],
      ['Toyota Motor Corporation', 'rsi_14', 28.6, null], ['Toyota Motor Corporation', 'rsi_14', 64.3, null],
    ]));
  });

  it('gives a figure a data provider is cited for, or an exchange names the listing of, to the company and not to them', () => {
    const LSEG: Company = { id: 'lseg', name: 'London Stock Exchange Group plc', aliases: ['LSEG'], listings: [{ ticker: 'LSEG', exchange: 'LSE', currency: 'GBX' }] };
    const HKEX: Company = { id: 'hkex', name: 'Hong Kong Exchanges and Clearing Limited', aliases: ['HKEX'], listings: [{ ticker: '0388', exchange: 'HKEX', currency: 'HKD' }] };
    expect(with_([LSEG], 'Shopify slides', 'Shopify Inc. fell 2% to US$141.86.', 'According to LSEG data, the consensus rating is "Buy" and the average price target stands at US$168.40.')).toEqual(sorted<Row>([
      ['Shopify Inc.', 'change_pct_1d', -2, null], ['Shopify Inc.', 'consensus_rating', 'Buy', null], ['Shopify Inc.', 'price', 141.86, 'USD'], ['Shopify Inc.', 'price_target_avg', 168.4, 'USD'],
    ]));
    expect(with_([HKEX], 'Alibaba data', 'Alibaba Group', '- Last (HKEX): HK$38.72')).toEqual(sorted<Row>([['Alibaba Group', 'price', 38.72, 'HKD']]));
  });

  it('learns a mover named before its bracketed ticker or after a noun for what it does, a name joined by "of" or "and" before its legal form, and no index', () => {
    expect(facts('Market report', 'Education publisher Pearson (PSON) climbs 3.5% to £11.39 after first-half figures.', 'Part-nationalised Royal Bank of Scotland (RBS) surges 12.4% to 369.8p.')).toEqual(sorted<Row>([
      ['Pearson', 'change_pct_1d', 3.5, null], ['Pearson', 'price', 11.39, 'GBP'], ['Royal Bank of Scotland', 'change_pct_1d', 12.4, null], ['Royal Bank of Scotland', 'price', 369.8, 'GBX'],
    ]));
    expect(facts('Swiss close', 'The broader Swiss Performance Index advanced 0.5 percent today.')).toEqual([]);
    expect(facts('Closing Bell', 'Rabigh Refining and Petrochemical Co. and CHUBB Arabia Cooperative Insurance Co. came next, their shares rising 5.51 percent and 5.41 percent to SR8.23 and SR40.90, respectively.')).toEqual(sorted<Row>([
      ['CHUBB Arabia Cooperative Insurance Co.', 'change_pct_1d', 5.41, null], ['CHUBB Arabia Cooperative Insurance Co.', 'price', 40.9, 'SAR'],
      ['Rabigh Refining and Petrochemical Co.', 'change_pct_1d', 5.51, null], ['Rabigh Refining and Petrochemical Co.', 'price', 8.23, 'SAR'],
    ]));
  });

  it("reads a brokerage list by its company headings, glued or not, and its 'House: Rating | Target' rows, and a company's local arm as a company of its own", () => {
    const rows = facts('Brokerages back KEI Industries and others', '- KEI Industries:', 'Nuvama kept its Buy rating and lifted its target price to Rs 5,030 per share. - Kotak Mahindra Bank:',
      'Morgan Stanley stayed with its Overweight call and a target price of Rs 2,600.', '- Kajaria Ceramics:', 'Brokerages are split on the tiles maker.- Goldman Sachs: Buy | Target of Rs 1,170',
      '- Nuvama: Hold | Target lifted to Rs 1,318 (from Rs 1,200)', '- Other Picks:', '- HSBC: Hold | Target of Rs 1,260');
    expect(rows).toEqual(sorted<Row>([
      ['KEI Industries', 'analyst_rating', 'Buy', null, 'Nuvama'], ['KEI Industries', 'price_target', 5030, 'INR', 'Nuvama'],
      ['Kajaria Ceramics', 'analyst_rating', 'Buy', null, 'Goldman Sachs'], ['Kajaria Ceramics', 'analyst_rating', 'Hold', null, 'Nuvama'],
      ['Kajaria Ceramics', 'price_target', 1170, 'INR', 'Goldman Sachs'], ['Kajaria Ceramics', 'price_target', 1318, 'INR', 'Nuvama'],
      ['Kotak Mahindra Bank', 'analyst_rating', 'Overweight', null, 'Morgan Stanley'], ['Kotak Mahindra Bank', 'price_target', 2600, 'INR', 'Morgan Stanley'],
    ]));
    expect(facts('Nestle', 'Nestlé India rose 1.2% to Rs 2,450.')).toEqual(sorted<Row>([['Nestlé India', 'change_pct_1d', 1.2, null], ['Nestlé India', 'price', 2450, 'INR']]));
  });

  it('reads yen written "Y", dollars written "$HK", and a move "firmer" or "weaker"', () => {
    expect(facts('Tokyo close', 'Carmaker Toyota Motor Corporation gained 1.63 per cent to Y7,625.')).toEqual(sorted<Row>([
      ['Toyota Motor Corporation', 'change_pct_1d', 1.63, null], ['Toyota Motor Corporation', 'price', 7625, 'JPY'],
    ]));
    expect(facts('Alibaba', 'Alibaba Group was 2.61% firmer at $HK80.20 by midday.')).toEqual(sorted<Row>([
      ['Alibaba Group', 'change_pct_1d', 2.61, null], ['Alibaba Group', 'price', 80.2, 'HKD'],
    ]));
  });

  it('reads targets a house "sees the shares at" or gives as a fair value or "with" its rating, a house past an aside or named again for its own "from X to Y"', () => {
    expect(facts('Tesco calls', 'Tesco PLC rose 1% to 400p.', "Barclays now sees the shares at 450p (previously 420p), with a Buy recommendation. Jefferies puts fair value at 430p, up from 410p, but keeps its Hold rating.",
      'HSBC remains on Hold with a 405p target, while Citi stays at Sell with 350p.')).toEqual(sorted<Row>([
      ['Tesco PLC', 'analyst_rating', 'Buy', null, 'Barclays'], ['Tesco PLC', 'analyst_rating', 'Hold', null, 'HSBC'], ['Tesco PLC', 'analyst_rating', 'Hold', null, 'Jefferies'],
      ['Tesco PLC', 'analyst_rating', 'Sell', null, 'Citi'], ['Tesco PLC', 'change_pct_1d', 1, null], ['Tesco PLC', 'price', 400, 'GBX'],
      ['Tesco PLC', 'price_target', 350, 'GBX', 'Citi'], ['Tesco PLC', 'price_target', 405, 'GBX', 'HSBC'], ['Tesco PLC', 'price_target', 430, 'GBX', 'Jefferies'],
      ['Tesco PLC', 'price_target', 450, 'GBX', 'Barclays'],
    ]));
    const rows = facts("L'Oreal", "Berenberg raised its price target on NVIDIA Corporation from 178 to 212 dollars and Goldman Sachs from 210 to 225 dollars ('hold').",
      'Citigroup, for a long time the most cautious house with a $150 target, upgraded NVIDIA Corporation to Neutral and lifted its price target to $195.');
    expect(rows).toContainEqual(['NVIDIA Corporation', 'price_target', 225, 'USD', 'Goldman Sachs']);
    expect(rows).toContainEqual(['NVIDIA Corporation', 'price_target', 195, 'USD', 'Citigroup']);
    expect(rows.filter((r) => r[0] !== 'NVIDIA Corporation' || r[2] === 150)).toEqual([]);
  });

  it('leaves out growth on an adjusted basis and a price of a past day "when the session ended"; reads a move "over five days" and one a morning report says "had risen"', () => {
    expect(facts('AB InBev results', 'Tesco PLC reported revenue of £15.2 billion. On an organic basis, revenue grew 3.2%.', 'Sales rose 8.6% at constant exchange rates.')).toEqual(sorted<Row>([['Tesco PLC', 'revenue', 15.2e9, 'GBP']]));
    expect(facts('Tesco record', 'The shares of Tesco PLC set a fresh high beyond the one reached on 2 June 2017, when the session ended at 366p.')).toEqual([]);
    expect(facts('Tesco takeover', 'Tesco PLC agreed to be bought, news that pushed the shares up 23% over five days.')).toEqual([['Tesco PLC', 'change_pct_7d', 23, null]]);
    expect(facts('Helsinki opening', 'Shopify Inc. had risen 1.3 percent to 8.77 dollars in the morning.')).toContainEqual(['Shopify Inc.', 'change_pct_1d', 1.3, null]);
  });

  it('reads data labels in other words, an RSI reading named before the index and no threshold, ratings in brackets after targets, and no name of a listed aside as the mover', () => {
    expect(facts('Toyota data', 'Toyota Motor Corporation', '- Quote at Publication: ¥2,864', '- Since the Turn of the Year: +11.20%', '- Twelve-Month Trend: +41.30%',
      '- Peak of the Past Year: ¥3,498 (June 20, 2025)', '- Trough of the Past Year: ¥1,986 (February 28, 2025)')).toEqual(sorted<Row>([
      ['Toyota Motor Corporation', 'change_pct_12m', 41.3, null], ['Toyota Motor Corporation', 'change_pct_ytd', 11.2, null], ['Toyota Motor Corporation', 'high_52w', 3498, 'JPY'],
      ['Toyota Motor Corporation', 'low_52w', 1986, 'JPY'], ['Toyota Motor Corporation', 'price', 2864, 'JPY'],
    ]));
    expect(facts('Toyota RSI', 'Toyota Motor Corporation rose.', 'With a reading of 68.9, the relative strength index is flirting with the 70 level that chartists treat as overbought.')).toEqual([['Toyota Motor Corporation', 'rsi_14', 68.9, null]]);
    expect(facts('NVIDIA calls', 'NVIDIA Corporation rose.', 'Stifel now sees the shares at $43 (Buy), Piper Sandler at $40 (Neutral) and Bernstein at $38 (Market Perform).')).toEqual(sorted<Row>([
      ['NVIDIA Corporation', 'analyst_rating', 'Buy', null, 'Stifel'], ['NVIDIA Corporation', 'analyst_rating', 'Market Perform', null, 'Bernstein'], ['NVIDIA Corporation', 'analyst_rating', 'Neutral', null, 'Piper Sandler'],
      ['NVIDIA Corporation', 'price_target', 38, 'USD', 'Bernstein'], ['NVIDIA Corporation', 'price_target', 40, 'USD', 'Piper Sandler'], ['NVIDIA Corporation', 'price_target', 43, 'USD', 'Stifel'],
    ]));
    expect(facts('Supplier', 'Shares of the Taiwan-based chip supplier, which makes parts for NVIDIA Corporation, Advanced Micro Devices and Apple, rose 2.64% to NT$66.10 on Thursday.')).toEqual([]);
  });

  it("reads São Paulo's tickers as companies, prices in brackets after moves, names joined by particles, a house that moves as a stock, Hong Kong codes of five digits and a compound subject", () => {
    expect(facts('Ibovespa', 'BBDC3 climbed 3,67% (R$ 16,65), ITUB4 put on 3,32% (R$ 28,60) and BBDC4 rose 3,23% (R$ 20,16).', 'Also prominent in the negative ranking were CVCB3 (-3,92%; R$ 7,11) and CSNA3 (-3,89%; R$ 13,10).')).toEqual(sorted<Row>([
      ['BBDC3', 'change_pct_1d', 3.67, null], ['BBDC3', 'price', 16.65, 'BRL'], ['BBDC4', 'change_pct_1d', 3.23, null], ['BBDC4', 'price', 20.16, 'BRL'],
      ['CSNA3', 'change_pct_1d', -3.89, null], ['CSNA3', 'price', 13.1, 'BRL'], ['CVCB3', 'change_pct_1d', -3.92, null], ['CVCB3', 'price', 7.11, 'BRL'],
      ['ITUB4', 'change_pct_1d', 3.32, null], ['ITUB4', 'price', 28.6, 'BRL'],
    ]));
    expect(facts('Milan', 'Stellantis N.V. fell 1.56%.', 'Monte dei Paschi di Siena, after disclosing its new share capital, finished 0,76% lower at 7,54 euros.')).toEqual(sorted<Row>([
      ['Monte dei Paschi di Siena', 'change_pct_1d', -0.76, null], ['Monte dei Paschi di Siena', 'price', 7.54, 'EUR'], ['Stellantis N.V.', 'change_pct_1d', -1.56, null],
    ]));
    expect(facts('Milan', 'Azimut Holding was the pick of the best performers, leaping 4,04% to 32,93 euros.')).toEqual(sorted<Row>([
      ['Azimut Holding', 'change_pct_1d', 4.04, null], ['Azimut Holding', 'price', 32.93, 'EUR'],
    ]));
    const HK: Company[] = [
      { id: 'tencent', name: 'Tencent Holdings Limited', aliases: ['Tencent'], listings: [{ ticker: '0700', exchange: 'HKEX', currency: 'HKD' }] },
      { id: 'xiaomi', name: 'Xiaomi Corporation', aliases: ['Xiaomi'], listings: [{ ticker: '1810', exchange: 'HKEX', currency: 'HKD' }] },
    ];
    expect(with_(HK, 'HSI', 'TENCENT (00700.HK) and XIAOMI-W (01810.HK) dropped more than 2% in the afternoon.')).toEqual(sorted<Row>([
      ['Tencent Holdings Limited', 'change_pct_1d', -2, null], ['Xiaomi Corporation', 'change_pct_1d', -2, null],
    ]));
    expect(facts('Tokyo', 'Toyota Motor Corporation and Sony rose 2% and 3% respectively.')).not.toContainEqual(['Sony Group Corporation', 'change_pct_1d', 2, null]);
    expect(facts('HK close', 'The report took a more positive view of Hutchison, sending the conglomerate\'s shares 2.5 per cent higher to HK$73.80.')).toContainEqual(['Hutchison', 'price', 73.8, 'HKD']);
  });

  it('reads a Stockholm round-up: "kr" as the market\'s krona, a unit written once after "from", a house that "is lifting its recommendation … to buy" or "moving X up to buy"', () => {
    expect(facts("Friday's buy calls", 'Pareto Securities is lifting its recommendation for SBB to buy from hold. The target price is nudged up to 60 from 59 kr.',
      'Carnegie is also moving Saab up to buy from hold, and the target price is raised to 285 from 260 kronor. The stock finished at 227,80 kr.')).toEqual(sorted<Row>([
      ['Saab', 'analyst_rating', 'buy', null, 'Carnegie'], ['Saab', 'price', 227.8, 'SEK'],
      ['Saab', 'price_target', 285, 'SEK', 'Carnegie'], ['SBB', 'analyst_rating', 'buy', null, 'Pareto Securities'], ['SBB', 'price_target', 60, 'SEK', 'Pareto Securities'],
    ]));
    // With no krona the article names, a bare "kr" is no currency to show.
    expect(facts('Calls', 'Carnegie is raising its recommendation for Calliditas to buy, while the target price is trimmed to 120 from 125 kr.')).toEqual([['Calliditas', 'analyst_rating', 'buy', null, 'Carnegie']]);
  });

  it("reads a row naming an unknown house with its rating and target, more labels ('Five-session drift', 'Since 1 January', 'RSI-14'), a commodity's price as no price, a 25-day average, and a dual-listed company's results in its reporting dollar", () => {
    expect(facts('Tesco PLC calls', 'Tesco PLC rose 1% to 400p.', '- Anchor Capital: Buy, target 450p', '- Nedbank CIB: Overweight, target 440p')).toEqual(sorted<Row>([
      ['Tesco PLC', 'analyst_rating', 'Buy', null, 'Anchor Capital'], ['Tesco PLC', 'analyst_rating', 'Overweight', null, 'Nedbank CIB'], ['Tesco PLC', 'change_pct_1d', 1, null],
      ['Tesco PLC', 'price', 400, 'GBX'], ['Tesco PLC', 'price_target', 440, 'GBX', 'Nedbank CIB'], ['Tesco PLC', 'price_target', 450, 'GBX', 'Anchor Capital'],
    ]));
    expect(facts('Toyota data', 'Toyota Motor Corporation', '- Five-session drift: +9.04%', '- Since 1 January: +12.80%', '- Momentum gauge (RSI-14): 68.2')).toEqual(sorted<Row>([
      ['Toyota Motor Corporation', 'change_pct_7d', 9.04, null], ['Toyota Motor Corporation', 'change_pct_ytd', 12.8, null], ['Toyota Motor Corporation', 'rsi_14', 68.2, null],
    ]));
    expect(facts('BHP', 'BHP Group rose 1% to A$45.10. Iron ore itself traded at $104 a tonne in Singapore.')).not.toContainEqual(['BHP Group Limited', 'price', 104, 'AUD']);
    const RIO: Company = { id: 'rio', name: 'Rio Tinto Group', aliases: ['Rio Tinto'], listings: [{ ticker: 'RIO', exchange: 'LSE', currency: 'GBX' }, { ticker: 'RIO', exchange: 'ASX', currency: 'AUD' }, { ticker: 'RIO', exchange: 'NYSE', currency: 'USD' }] };
    expect(with_([RIO], 'Rio Tinto results', 'Rio Tinto rose 1% to A$120.50 on the ASX.', 'Rio Tinto said consolidated revenue slipped 1.6% to $53.7 billion.')).toContainEqual(['Rio Tinto Group', 'revenue', 53.7e9, 'USD']);
  });

  it('learns the company a movers list item opens on before a dash, strips a capitalised business noun, reads Norwegian kroner by the market, and learns no plural of a metal', () => {
    expect(facts('Stocks making the biggest moves midday: NVIDIA, Molson Coors', 'NVIDIA Corporation – The chipmaker was down 2.3% after results.',
      "Molson Coors — The brewer's stock sank 11% after first-quarter revenue fell short. Sales for the quarter totaled $2.1 billion.")).toEqual(sorted<Row>([
      ['Molson Coors', 'change_pct_1d', -11, null], ['Molson Coors', 'revenue', 2.1e9, 'USD'], ['NVIDIA Corporation', 'change_pct_1d', -2.3, null],
    ]));
    expect(facts('FTSE 100', 'Insurer Admiral rose 1.7% to £35.09 after lifting its dividend.')).toEqual(sorted<Row>([['Admiral', 'change_pct_1d', 1.7, null], ['Admiral', 'price', 35.09, 'GBP']]));
    expect(facts('Oslo Børs', 'On the Oslo exchange, SEB is lifting its price target on Aker Biomarine from 73 to 100 kroner.')).toEqual([['Aker Biomarine', 'price_target', 100, 'NOK', 'SEB']]);
    expect(facts('JSE', 'Platinums lost 0.56%.')).toEqual([]);
  });

  it("learns the company a paragraph opens on when its later sentences speak of 'the share', and one a house is 'taking up coverage of'", () => {
    expect(facts('Oslo Børs at lunch', 'At lunchtime the Oslo Børs is up 0,2 percent.',
      'Brokerage Jefferies is taking up coverage of Gjensidige Forsikring with a buy recommendation and a price target of 321 kroner.',
      'Dellia Group, which produces dried fruit, makes its debut on the exchange. After a few hours of trading the share is up 28,2 percent at 173,02 kroner.',
      'Vow and its subsidiary Scanship have received an order worth 11,3 million euros. The share is up 9,3 percent at 2,19 kroner.')).toEqual(sorted<Row>([
      ['Dellia Group', 'change_pct_1d', 28.2, null], ['Dellia Group', 'price', 173.02, 'NOK'], ['Gjensidige Forsikring', 'analyst_rating', 'buy', null, 'Jefferies'],
      ['Gjensidige Forsikring', 'price_target', 321, 'NOK', 'Jefferies'], ['Vow', 'change_pct_1d', 9.3, null], ['Vow', 'price', 2.19, 'NOK'],
    ]));
  });
});

describe('a group name that grows into a sibling, and bracketed units in labels', () => {
  const MC: Company = { id: 'mc', name: 'Mitsubishi Corporation', aliases: [], listings: [{ ticker: '8058', exchange: 'TSE', currency: 'JPY' }] };

  it("learns 'Mitsubishi Motors Corp' as another company than the trading house 'Mitsubishi Corporation'", () => {
    expect(factsWith([...ALL, MC], 'Japan movers: Mitsubishi Motors', 'Mitsubishi Motors Corp was down 4.21 percent at 387 yen after its May sales fell.')).toEqual(sorted<Row>([
      ['Mitsubishi Motors Corp', 'change_pct_1d', -4.21, null], ['Mitsubishi Motors Corp', 'price', 387, 'JPY'],
    ]));
    expect(factsWith([...ALL, MC], 'Tokyo', 'Mitsubishi Corporation gained 1.2% to 2,950 yen.')).toEqual(sorted<Row>([
      ['Mitsubishi Corporation', 'change_pct_1d', 1.2, null], ['Mitsubishi Corporation', 'price', 2950, 'JPY'],
    ]));
  });

  it("reads a '(%)' bracket and a '52-week intraday high' label in a data box", () => {
    expect(facts('Shell data', 'Shell plc (LSE: SHEL)', '- 52-week intraday high: 2,950p', '- 52-week closing low: 2,310p')).toEqual(sorted<Row>([
      ['Shell plc', 'high_52w', 2950, 'GBX'], ['Shell plc', 'low_52w', 2310, 'GBX'],
    ]));
    expect(facts('London blue chips', 'Company | Ticker | Last Close | 52-Week Intraday High | Dividend Yield (%)', 'Shell plc | SHEL | 2,700p | 2,950p | 3.9')).toEqual(sorted<Row>([
      ['Shell plc', 'dividend_yield', 3.9, null], ['Shell plc', 'high_52w', 2950, 'GBX'], ['Shell plc', 'price', 2700, 'GBX'],
    ]));
  });
});

describe('a description opening a sentence means the company the sentences before it spoke of', () => {
  it("gives a bank's own shares to the listed house that opened the sentence before", () => {
    expect(facts('Shopify note', 'Shopify Inc. rose 2% to US$120.',
      "Royal Bank of Canada, which also banks the company, raised its Shopify price target to US$150. The Toronto-based lender's own shares edged up 0.3% to C$171.20.")).toEqual(sorted<Row>([
      ['Royal Bank of Canada', 'change_pct_1d', 0.3, null], ['Royal Bank of Canada', 'price', 171.2, 'CAD'],
      ['Shopify Inc.', 'change_pct_1d', 2, null], ['Shopify Inc.', 'price', 120, 'USD'], ['Shopify Inc.', 'price_target', 150, 'USD', 'Royal Bank of Canada'],
    ]));
  });

  it('gives a description to the company the sentence before named first, not to the article\'s company', () => {
    const rows = facts('Reliance Industries outlook', 'Reliance Industries rose 1% to Rs 2,900.',
      'Rival Tesco PLC, which meets Reliance Industries in no market, fell 0.8% to 401p. The British grocer said quarterly sales rose 3.1% to £15.9 billion.');
    expect(rows).toContainEqual(['Tesco PLC', 'revenue_growth_pct', 3.1, null]);
    expect(rows).not.toContainEqual(['Reliance Industries', 'revenue_growth_pct', 3.1, null]);
  });

  it('leaves out what a description says after a name no list knows gave figures', () => {
    const rows = facts('Tokyo midday: Toyota Motor Corporation', 'Toyota Motor Corporation was flat at 3,170 yen.',
      'Drug makers were weak, led by Shionogi.', 'Shionogi & Co. (4507 JT) sank 3.7 percent to 1,293 yen. The pharmaceutical company said first-quarter sales dropped 15 percent to 63.7 billion yen.');
    expect(rows.filter((r) => r[1] === 'revenue' || r[1] === 'revenue_growth_pct')).toEqual([]);
  });

  it("reads a house's short name as the initials of the company named in full before", () => {
    const rows = facts('Baidu gains', 'Baidu rose 3% to HK$120.', 'The main impulse came from China International Capital Corporation (3908.HK).',
      'CICC raised its target price to HK$150 and kept its Outperform rating.', 'Shares of the mainland investment bank rose 2.2% to HK$21.36 in Hong Kong.');
    expect(rows).toContainEqual(['China International Capital Corporation', 'price', 21.36, 'HKD']);
    expect(rows).not.toContainEqual(['Baidu', 'price', 21.36, 'HKD']);
  });

  it("is not a description when a clause comes before the noun ('The move comes as the bank, …')", () => {
    expect(facts('Alibaba upgrade', 'JPMorgan raised Alibaba Group to overweight.',
      'The move comes as the company, with a market capitalisation of $310 billion, has rallied 40% this year.')).toContainEqual(['Alibaba Group', 'market_cap', 310e9, 'USD']);
  });
});

describe("a market's index named in a sentence settles its bare dollar", () => {
  const WBC: Company = { id: 'wbc', name: 'Westpac Banking Corporation', aliases: ['Westpac'], listings: [{ ticker: 'WBC', exchange: 'ASX', currency: 'AUD' }] };

  it.each<[string, string]>([
    ['Gentrack topped the NZX50, rising 4.3% to $11.47, while Westpac added 3.6% to $35.', 'NZD'],
    ['Westpac added 3.6% to $35 as the S&P/ASX 200 climbed.', 'AUD'],
    ['Westpac added 3.6% to $35 on the NZX.', 'NZD'],
    ['Westpac added 3.6% to $35.', 'AUD'],
  ])('%s', (line, currency) => {
    expect(factsWith([...ALL, WBC], 'Market close', line)).toContainEqual(['Westpac Banking Corporation', 'price', 35, currency]);
  });
});

describe("a name in the reasons a call gives is not the call's company", () => {
  it("keeps calls on the article's company when the reasons name a holding ('arguing that … the stake in Baidu')", () => {
    const rows = facts('Alibaba Group slips', 'Alibaba Group fell 1% to $80.', 'Analysts Point to the Discount',
      'Jefferies analyst Jane Roe is not deterred. She reiterated her Buy rating and her target price of $120, arguing that the discount is too wide given the stake in Baidu. Mizuho Securities has a Buy rating with a target of $110.');
    expect(rows).toEqual(expect.arrayContaining([['Alibaba Group', 'price_target', 120, 'USD', 'Jefferies'], ['Alibaba Group', 'price_target', 110, 'USD', 'Mizuho Securities']]));
    expect(rows.filter((r) => r[0] === 'Baidu')).toEqual([]);
  });
});

describe("a house a sentence opens on before its analyst ('At İş Yatırım, analyst …')", () => {
  it('gives the call to that house, not to the house named before', () => {
    expect(facts('Toyota Motor Corporation calls', 'Nomura raised its target for Toyota Motor Corporation to ¥3,500.',
      'At İş Yatırım, analyst Selin Demir stuck with a Buy recommendation, and her target of ¥3,300 implies upside of about 10%.')).toEqual(expect.arrayContaining([
      ['Toyota Motor Corporation', 'price_target', 3300, 'JPY', 'İş Yatırım'], ['Toyota Motor Corporation', 'analyst_rating', 'Buy', null, 'İş Yatırım'],
    ]));
  });
});

describe("a house that 'said …, and it reiterated its rating'", () => {
  it('is the house of the call its saying goes on to, though no list knows it', () => {
    expect(facts('Reliance Industries at a high', 'Reliance Industries was quoted 1.13 per cent up at Rs 2,947.65 on BSE. MOFSL said momentum in retail points to further upside, and it reiterated its BUY rating with a revised target price of Rs 3,400.')).toEqual(expect.arrayContaining([
      ['Reliance Industries', 'price_target', 3400, 'INR', 'MOFSL'], ['Reliance Industries', 'analyst_rating', 'BUY', null, 'MOFSL'],
    ]));
  });
});

describe("a house written in initials ('CICC') that the article names in full as a company", () => {
  it("is that company as a house: its call is on the article's company and carries the full name", () => {
    const rows = facts('Baidu gains', 'Baidu rose 3% to HK$120.', 'The main impulse came from China International Capital Corporation (3908.HK).',
      "CICC raised its target price to HK$150 from HK$130 and kept its Outperform rating, arguing that Baidu's AI lead keeps widening.");
    expect(rows).toEqual(expect.arrayContaining([
      ['Baidu', 'price_target', 150, 'HKD', 'China International Capital Corporation'], ['Baidu', 'analyst_rating', 'Outperform', null, 'China International Capital Corporation'],
    ]));
    expect(rows.filter((r) => r[0] === 'China International Capital Corporation')).toEqual([]);
  });
});

describe("'Its' after a sentence that opens on a name no list knows", () => {
  it("learns the name when its paragraph goes on with 'Its shares' and figures ('Rival Li Ning could not keep pace')", () => {
    expect(facts('Baidu gains', 'Baidu rose 3% to HK$120.', 'Rival Li Ning could not keep pace. Its shares slipped 1.4% to HK$17.82, weighed down by weaker traffic.')).toEqual(sorted<Row>([
      ['Baidu', 'change_pct_1d', 3, null], ['Baidu', 'price', 120, 'HKD'], ['Li Ning', 'change_pct_1d', -1.4, null], ['Li Ning', 'price', 17.82, 'HKD'],
    ]));
  });

  it("gives the article's company nothing of what 'its' says after an unknown name", () => {
    const rows = facts('Baidu gains', 'Baidu rose 3% to HK$120.', 'Rival Li Ning saw weak traffic in its stores. Its shares slipped 1.4% to HK$17.82.');
    expect(rows.filter((r) => r[0] === 'Baidu')).toEqual(sorted<Row>([['Baidu', 'change_pct_1d', 3, null], ['Baidu', 'price', 120, 'HKD']]));
  });
});

describe("a listed house that upgrades 'the shares', named with its ticker", () => {
  it("is the house 'the bank' means next, and the company named before it is what the next call is on", () => {
    expect(facts('Notable upgrades: Baidu, Alibaba Group', 'Baidu (BIDU) stock is up almost 20% in morning trading after Goldman Sachs (GS) upgraded the shares. The bank now carries a $150 price target on the stock, raised from its earlier target of $120.')).toEqual(sorted<Row>([
      ['Baidu', 'change_pct_1d', 20, null], ['Baidu', 'price_target', 150, 'USD', 'Goldman Sachs'],
    ]));
  });
});

describe("a company written in capitals that the headline opens on ('WEG Climbs After …')", () => {
  const weg = ['WEG is back in favour in São Paulo. Shares of the maker of electric motors rose 3.58% to R$47.82 on the B3 on Thursday.',
    'The strongest push came from BTG Pactual. The Brazilian investment bank upgraded WEG to Buy from Neutral and raised its target price from R$52 to R$58.',
    "The lender enjoyed a good day as well. BTG Pactual's units gained 1.9% to R$49.36.",
    'The Ibovespa added 0.8% to 176,320 points.',
    'WEG has a market value of about R$200 billion.'];

  it('is learned when the body writes it three times, and a house\'s own units, an index and the house named a sentence before are told apart', () => {
    expect(facts('WEG Climbs After Fourth-Quarter Beat as BTG Pactual Upgrades', ...weg)).toEqual(sorted<Row>([
      ['WEG', 'analyst_rating', 'Buy', null, 'BTG Pactual'], ['WEG', 'change_pct_1d', 3.58, null], ['WEG', 'market_cap', 200e9, 'BRL'],
      ['WEG', 'price', 47.82, 'BRL'], ['WEG', 'price_target', 58, 'BRL', 'BTG Pactual'],
    ]));
  });

  it.each(['FTSE', 'ECB', 'CPI'])("is not learned from a headline opening on %s", (word) => {
    const rows = facts(`${word} Climbs After a Strong Week`, `${word} rose 1.2% on Monday.`, `Analysts said ${word} could go higher.`, `${word} is watched closely.`);
    expect(rows).toEqual([]);
  });
});

describe('Gulf and Johannesburg market reports', () => {
  it("reads the dirham written 'Dh' and learns no 'Dubai-based' or 'Group Company' as a company", () => {
    const rows = facts('DFM close', 'Shares of Dubai-based builder Arabtec Holding finished at Dh7.290, 4.29 per cent above last week\'s close.',
      'First Abu Dhabi Bank ended 0.66 per cent lower at Dh15, and Emirates Telecom. Group Company, or Etisalat, closed 0.24 per cent down at Dh16.84.');
    expect(rows).toEqual(expect.arrayContaining([['First Abu Dhabi Bank', 'change_pct_1d', -0.66, null], ['First Abu Dhabi Bank', 'price', 15, 'AED']]));
    expect(rows.filter((r) => r[0] === 'Dubai-based' || r[0] === 'Group Company')).toEqual([]);
  });

  it("learns no company called HEPS ('headline earnings per share')", () => {
    expect(facts('JSE update', 'In constant currency terms, HEPS was up 19%, reflecting operations across Australasia and Europe.')).toEqual([]);
  });
});

describe("a house named only for its calls in a round-up whose headline names no company", () => {
  it("is not what a sentence naming no company speaks of", () => {
    const rows = facts('Market overview: Gloomy shares and climbing yields', 'An analysis from Goldman Sachs carried William Demant close to the top of the index on Wednesday.',
      'The stock is up 38.6% this year.', 'Baidu was also under the Goldman Sachs magnifying glass.');
    expect(rows.filter((r) => r[0] === 'The Goldman Sachs Group, Inc.')).toEqual([]);
  });

  it('is the subject when the headline names it', () => {
    expect(facts('Goldman Sachs slips after Citi downgrade', 'Citi downgraded Goldman Sachs to neutral.', 'Goldman Sachs shares have gained 5% this year.', 'The shares closed Monday at $358.93.'))
      .toContainEqual(['The Goldman Sachs Group, Inc.', 'price', 358.93, 'USD']);
  });
});

describe("a house that 'began covering' a company", () => {
  it('is the house of the target and rating it began with', () => {
    expect(facts('Broker tips', "Royal Bank of Canada began covering Tesco PLC LON:TSCO yesterday with a 450p target price and an 'outperform' recommendation.")).toEqual(sorted<Row>([
      ['Tesco PLC', 'analyst_rating', 'outperform', null, 'Royal Bank of Canada'], ['Tesco PLC', 'price_target', 450, 'GBX', 'Royal Bank of Canada'],
    ]));
  });
});

describe("'The stock' in a round-up whose headline names no company", () => {
  it("means the article's most named company only when one of the last sentences named it", () => {
    const lines = ['Baidu shares rose 0.9% to $251 on Wednesday. Baidu was also under the Goldman Sachs magnifying glass.',
      'Right at the top, Bavarian Nordic finished with a gain of 3.2% at $201.80 without any news about the company.',
      'An analysis from Jefferies carried William Demant close to the top of the index.', 'Its peer closed with a gain of 2.6% in the afternoon session.',
      'The stock is up 38.6% this year.'];
    const rows = facts('Market overview: Gloomy shares and climbing yields', ...lines);
    expect(rows).toContainEqual(['Baidu', 'price', 251, 'USD']);
    expect(rows).not.toContainEqual(['Baidu', 'change_pct_ytd', 38.6, null]);
    expect(facts('Baidu climbs', ...lines)).toContainEqual(['Baidu', 'change_pct_ytd', 38.6, null]);
  });
});

describe("an average volume written as 'volume … averaging' or 'volume is below its one-month average of'", () => {
  it('is the average, not the session volume', () => {
    expect(facts('Shell weekly', 'Shell plc rose 1% to 2,700p.', 'Compared with the 1.4 million of the previous week, volume has declined this week, averaging around 746000 shares traded per day.',
      'Volume is indeed below its one-month average of roughly 1.1 million shares traded per session.')).toEqual(sorted<Row>([
      ['Shell plc', 'avg_volume', 746000, null], ['Shell plc', 'avg_volume', 1100000, null], ['Shell plc', 'change_pct_1d', 1, null], ['Shell plc', 'price', 2700, 'GBX'],
    ]));
  });
});

describe("a paragraph opening on a company's name and a colon ('Stocks to watch')", () => {
  it("is that company's news, though no list knows it", () => {
    const rows = facts('Stocks to watch: Shopify Inc., Meridian Engineering Works', 'Shopify Inc.: Revenue rose 4% to $2.1 billion. Shopify Inc. shares ended Tuesday at $120.50, up 0.3 per cent.',
      'Meridian Engineering Works: Net profit at the defence group rose 11 per cent in the first quarter. The stock closed 0.5 per cent lower at $4.02 on Tuesday.');
    expect(rows).toEqual(expect.arrayContaining([['Meridian Engineering Works', 'price', 4.02, 'USD'], ['Meridian Engineering Works', 'change_pct_1d', -0.5, null]]));
    expect(rows).not.toContainEqual(['Shopify Inc.', 'price', 4.02, 'USD']);
  });

  it.each(['Bottom line: Shares rose 2% to $40.', 'Disclaimer: Shares rose 2% to $40.', 'Key Figures: Shares rose 2% to $40.'])('learns no company from %j', (line) => {
    expect(facts('Update', line)).toEqual([]);
  });
});

describe("a ticker in brackets that spells a word ('(JSE:BID)', '[JSE:BID]')", () => {
  it.each(['Bidcorp (JSE:BID) lost 2.26% to R300.33.', 'Bidcorp [JSE:BID] lost 2.26% to R300.33.', 'Bidcorp (BID) lost 2.26% to R300.33.'])('is no word of the price\'s clause: %s', (line) => {
    expect(facts('JSE update', line)).toEqual(sorted<Row>([['Bidcorp', 'change_pct_1d', -2.26, null], ['Bidcorp', 'price', 300.33, 'ZAR']]));
  });
});

describe("a brokerage row 'House on Company: Rating | Target price: …'", () => {
  it('gives the house named before "on" to the rating and the target', () => {
    expect(facts('Brokerage calls', 'Citi on Reliance Industries: Buy | Target price: Rs 3,400')).toEqual(sorted<Row>([
      ['Reliance Industries', 'analyst_rating', 'Buy', null, 'Citi'], ['Reliance Industries', 'price_target', 3400, 'INR', 'Citi'],
    ]));
  });
});

describe("a company in capitals named mid-headline and in the body's possessives ('…, but WEG keeps its margins')", () => {
  it("is learned, and 'shares change hands at' gives its price", () => {
    expect(facts('Domestic market lends little help, but WEG keeps its margins resilient in Q2', "WEG's second-quarter figures came in positive.", "WEG's growth slowed compared with recent quarters.",
      "Today WEG's shares change hands at R$ 36,17.")).toEqual([['WEG', 'price', 36.17, 'BRL']]);
  });

  it.each(['FOMC', 'REIT', 'MSCI'])('learns no company from %s in a headline', (word) => {
    expect(facts(`Markets wait for ${word} as shares slip`, `${word}'s decision is due.`, `${word}'s view matters.`, `Everyone watches ${word}'s words. The stock rose 2% to $36.17.`)).toEqual([]);
  });
});

describe("a house named at a sentence's end", () => {
  it("loses the sentence's full stop", () => {
    expect(facts('Tesco PLC calls', 'Tesco PLC had its recommendation lowered by Germany\'s Berenberg.', 'At the same time, the bank cut its price target, taking it to 350p.'))
      .toContainEqual(['Tesco PLC', 'price_target', 350, 'GBX', 'Berenberg']);
  });
});

describe('a weekly technical note', () => {
  it("reads 'the resistance at 89.360 €' as resistance, not price, and leaves out the previous week's move", () => {
    expect(facts('Shell weekly', 'Shell plc rose 1% to 2,700p.', "The share's advance now brings it close to the resistance at 2,890p.", 'The previous week, by contrast, Shell plc had been under heavy selling pressure, falling 4.58%.')).toEqual(sorted<Row>([
      ['Shell plc', 'change_pct_1d', 1, null], ['Shell plc', 'price', 2700, 'GBX'], ['Shell plc', 'resistance_level', 2890, 'GBX'],
    ]));
  });
});

describe("an index's technical reading", () => {
  it("is not the article's company's, wherever the sentence names the index, and a count of members is no reading", () => {
    expect(facts('Shell plc at a high', 'Shell plc rose 1% to 2,700p.', "The FTSE 100 won back 1.3 per cent over the week. Its Relative Strength Index (RSI) reading of 45 places the benchmark in neutral territory.",
      'According to RSI, 15 benchmark members are oversold this week.')).toEqual(sorted<Row>([['Shell plc', 'change_pct_1d', 1, null], ['Shell plc', 'price', 2700, 'GBX']]));
  });
});

describe("houses listed with their target and rating in brackets ('Berenberg (2,900p, 'buy')')", () => {
  it('gives each house its target and rating, on the company the sentence names', () => {
    expect(facts('Broker tips', "Other brokers share the upbeat view on Shell plc: Berenberg (2,900p, 'buy'), Goldman Sachs (3,300p, 'overweight') and Peel Hunt (3,200p).")).toEqual(sorted<Row>([
      ['Shell plc', 'analyst_rating', 'buy', null, 'Berenberg'], ['Shell plc', 'analyst_rating', 'overweight', null, 'Goldman Sachs'],
      ['Shell plc', 'price_target', 2900, 'GBX', 'Berenberg'], ['Shell plc', 'price_target', 3200, 'GBX', 'Peel Hunt'], ['Shell plc', 'price_target', 3300, 'GBX', 'Goldman Sachs'],
    ]));
  });

  it('reads nothing from such a list in a sentence that names no company', () => {
    expect(facts('Broker tips', 'Shell plc rose 1% to 2,700p. BP p.l.c. fell 1% to 450p.', "Other brokers share the upbeat view: Berenberg (2,900p, 'buy'), Goldman Sachs (3,300p, 'overweight').")
      .filter((r) => r[1] === 'price_target' || r[1] === 'analyst_rating')).toEqual([]);
  });
});

describe('what a template article about a company with namesakes, parents and data providers shows', () => {
  const PRU: Company = { id: 'pru', name: 'Prudential plc', aliases: ['Prudential'], listings: [{ ticker: 'PRU', exchange: 'LSE', currency: 'GBX' }, { ticker: '2378', exchange: 'HKEX', currency: 'HKD' }] };
  const LSEG: Company = { id: 'lseg', name: 'London Stock Exchange Group plc', aliases: ['LSEG'], listings: [{ ticker: 'LSEG', exchange: 'LSE', currency: 'GBX' }] };

  it("takes 'Prudential Financial' for another company than the one called 'Prudential'", () => {
    const rows = factsWith([...ALL, PRU], 'Prudential climbs', 'Prudential plc rose 2% to 720p.', 'Prudential Financial, the Newark-based insurer, ended 0.7% lower at $104.35.');
    expect(rows.filter((r) => r[0] === 'Prudential plc')).toEqual(sorted<Row>([['Prudential plc', 'change_pct_1d', 2, null], ['Prudential plc', 'price', 720, 'GBX']]));
  });

  it("gives a consensus 'tracked by LSEG' to the article's company, not to the data provider", () => {
    expect(factsWith([...ALL, LSEG], 'Shopify Inc. gains', 'Shopify Inc. rose 1% to $120.', 'Across the 14 analysts tracked by LSEG, the consensus is "Buy" and the average price target stands at $150.'))
      .toEqual(expect.arrayContaining([['Shopify Inc.', 'consensus_rating', 'Buy', null], ['Shopify Inc.', 'price_target_avg', 150, 'USD']]));
  });

  it("leaves a described company's move off the company named in the description's aside", () => {
    const rows = facts('Baidu falls', 'Baidu fell 1% to $90.', 'The Paris-listed chip foundry, which shares its main shareholder with Baidu, fell 2.4% to €5.12.');
    expect(rows).toEqual(sorted<Row>([['Baidu', 'change_pct_1d', -1, null], ['Baidu', 'price', 90, 'USD']]));
  });
});

describe("a brokerage round-up of notes headed 'House on Company:'", () => {
  it('learns each company the notes are on and gives each call its house', () => {
    expect(facts('Brokerage calls on Zee, Havells and HPCL', "CLSA on Zee: The brokerage retains its 'buy' call on the stock with a target at Rs 306 per share.",
      "Goldman Sachs on Havells: The brokerage sticks with a 'neutral' call on the stock and has lowered its target to Rs 1,208 per share from Rs 1,225 earlier.",
      "Citi on HPCL: Pointing to attractive valuations, the brokerage retains a 'buy' call on the stock with a target at Rs 295 per share.")).toEqual(sorted<Row>([
      ['HPCL', 'analyst_rating', 'buy', null, 'Citi'], ['HPCL', 'price_target', 295, 'INR', 'Citi'], ['Havells', 'analyst_rating', 'neutral', null, 'Goldman Sachs'],
      ['Havells', 'price_target', 1208, 'INR', 'Goldman Sachs'], ['Zee', 'analyst_rating', 'buy', null, 'CLSA'], ['Zee', 'price_target', 306, 'INR', 'CLSA'],
    ]));
  });

  it('learns no company called Abu Dhabi', () => {
    expect(facts('ADX climbs', 'Abu Dhabi shares climbed. The stock is up about 79 percent this year.')).toEqual([]);
  });
});

describe('figures that sit where a price, a 52-week high or an RSI reading would', () => {
  it.each<[string, string[], Row[]]>([
    ['the amount a share price moved by', ['The Tesco PLC share price was 7.87 pence lower at 137.88 pence.'], [['Tesco PLC', 'price', 137.88, 'GBX']]],
    ['a previous session\'s close', ['Tesco PLC rose 2% to 140p.', 'In the session before, the shares had settled at 137p.'], [['Tesco PLC', 'change_pct_1d', 2, null], ['Tesco PLC', 'price', 140, 'GBX']]],
    ['a target after a new 52-week high', ["Shopify Inc. (NYSE:SHOP) stock has touched a new 52-week high and carries an $80.68 target, or 61.00% above today's $50.11 share price."], []],
    ['the period in "(RSI, 14)"', ['Shopify Inc. rose 2% to $120. The Relative Strength Index (RSI, 14) is printing 43.88 at the moment.'], [['Shopify Inc.', 'change_pct_1d', 2, null], ['Shopify Inc.', 'price', 120, 'USD'], ['Shopify Inc.', 'rsi_14', 43.88, null]]],
  ])('%s is not taken for one', (_name, lines, expected) => {
    expect(facts('Market note', ...lines).filter((r) => r[1] !== 'price_target')).toEqual(sorted(expected));
  });
});

describe('more research houses of Europe and Korea', () => {
  it.each(['ING', 'Daishin Securities', 'Handelsbanken'])('reads %s as the house of its call', (house) => {
    expect(facts('Baidu slides', `Baidu fell 3% to $60. ${house} is the most optimistic, with a Buy rating and a target of $78.`)).toEqual(expect.arrayContaining([
      ['Baidu', 'analyst_rating', 'Buy', null, house], ['Baidu', 'price_target', 78, 'USD', house],
    ]));
  });
});

describe("a house's possessive call ('Citi's price target now stands at $590')", () => {
  it('names the house of the target and the rating', () => {
    expect(facts('Baidu climbs', 'Baidu rose 2% to $500. Citi\'s price target now stands at $590 (previously $540), alongside a Buy recommendation.')).toEqual(expect.arrayContaining([
      ['Baidu', 'price_target', 590, 'USD', 'Citi'], ['Baidu', 'analyst_rating', 'Buy', null, 'Citi'],
    ]));
  });
});

describe("a list row 'House: Rating, target' with no word for the target", () => {
  it('gives the house its rating and target', () => {
    expect(facts('Brokers on Samsung', 'Samsung Electronics rose 2% to 58,000 won.', "Brokers' views:", '- Mirae Asset Securities: Buy, 80,000 won', '- Daishin Securities: Marketperform, 62,000 won')).toEqual(sorted<Row>([
      ['Samsung Electronics', 'analyst_rating', 'Buy', null, 'Mirae Asset Securities'], ['Samsung Electronics', 'analyst_rating', 'Marketperform', null, 'Daishin Securities'],
      ['Samsung Electronics', 'change_pct_1d', 2, null], ['Samsung Electronics', 'price', 58000, 'KRW'],
      ['Samsung Electronics', 'price_target', 62000, 'KRW', 'Daishin Securities'], ['Samsung Electronics', 'price_target', 80000, 'KRW', 'Mirae Asset Securities'],
    ]));
  });
});

describe("a most-active list writing '(TICKER, price, move)' after each name", () => {
  it('gives each company its price, in a currency written "PhP", and its move', () => {
    expect(facts('PSEi most active', 'The most active stocks were Universal Robina Corp. (URC, PhP118.60, 1.37%) and SM Investments Corp. (SM, PhP837.00, -3.65%).')).toEqual(sorted<Row>([
      ['SM Investments Corp.', 'change_pct_1d', -3.65, null], ['SM Investments Corp.', 'price', 837, 'PHP'],
      ['Universal Robina Corp.', 'change_pct_1d', 1.37, null], ['Universal Robina Corp.', 'price', 118.6, 'PHP'],
    ]));
  });
});

describe("a price after a second verb with the move before it ('… and closed 5.97% down at HKD 104')", () => {
  it("is the subject's price", () => {
    expect(facts('HSI', 'Alibaba Group came under selling pressure and closed 5.97% down at HKD 104.')).toEqual(sorted<Row>([
      ['Alibaba Group', 'change_pct_1d', -5.97, null], ['Alibaba Group', 'price', 104, 'HKD'],
    ]));
  });
});

describe("a list row 'Company (TICKER): +9,94%'", () => {
  it('gives the company its signed move, and nothing to a row without a sign', () => {
    expect(facts('Ibovespa close', 'Biggest movers:', 'Cogna Educacao S.A. (COGN3): +9,94%', 'Sao Paulo Turismo SA (AHEB3): −15,27%', 'Marcopolo SA (POMO3): 9,00%')).toEqual(sorted<Row>([
      ['Cogna Educacao S.A.', 'change_pct_1d', 9.94, null], ['Sao Paulo Turismo SA', 'change_pct_1d', -15.27, null],
    ]));
  });
});

describe('growth that is no revenue growth, and a multiple on forecasts', () => {
  it("leaves out sales counted in units and a P/E 'on forecasts for the current year'", () => {
    expect(facts('Reliance Industries results', 'Reliance Industries rose 2% to Rs 2,900 after the company said total sales climbed 14% to 4,12,358 units in February.',
      'On forecasts for the current year, the shares trade at around 13 times earnings.')).toEqual(sorted<Row>([
      ['Reliance Industries', 'change_pct_1d', 2, null], ['Reliance Industries', 'price', 2900, 'INR'],
    ]));
  });
});

describe('figures named after the noun they belong to', () => {
  it("reads '€212.4 million, 4.7% less than a year earlier' as a fall in revenue and 'the six targets average 315,000 won' as the average target", () => {
    expect(facts('Samsung Electronics', 'Samsung Electronics fell 2% to 58,000 won. In the fourth quarter, sales amounted to 71.2 trillion won, 4.7% less than a year earlier.',
      'Taken together, the six targets average 80,000 won, roughly 22% above Friday\'s price.')).toEqual(sorted<Row>([
      ['Samsung Electronics', 'change_pct_1d', -2, null], ['Samsung Electronics', 'price', 58000, 'KRW'], ['Samsung Electronics', 'price_target_avg', 80000, 'KRW'],
      ['Samsung Electronics', 'revenue', 71.2e12, 'KRW'], ['Samsung Electronics', 'revenue_growth_pct', -4.7, null],
    ]));
  });
});

describe("a company's worth given with what follows it ('is valued at about HK$199 billion and trades at …')", () => {
  it.each<[string, Row]>([
    ['At the current price, Baidu is valued at about $199 billion and trades at around 17 times trailing earnings.', ['Baidu', 'market_cap', 199e9, 'USD']],
    ['Baidu is valued at roughly $142 billion on the stock exchange.', ['Baidu', 'market_cap', 142e9, 'USD']],
    ['After the fall, the company is now worth roughly $24.7 billion.', ['Baidu', 'market_cap', 24.7e9, 'USD']],
  ])('%s', (line, row) => {
    expect(facts('Baidu climbs', 'Baidu rose 2% to $100.', line)).toContainEqual(row);
  });
});

describe("a move that is the second verb of its clause ('could not keep pace and added 1.1%')", () => {
  it.each<[string, string]>([
    ['Smaller Swiss peer Bachem could not keep pace and added 1.1% to CHF 58.75.', 'Bachem'],
    ['Private-sector rival Prio, which has no state shareholder, outperformed and rose 2.3% to R$41.05.', 'Prio'],
  ])('learns its subject: %s', (line, name) => {
    expect(facts('Market close', 'Baidu rose 2% to $100.', line).filter((r) => r[0] === name).map((r) => r[1])).toEqual(['change_pct_1d', 'price']);
  });
});

describe("a result's change named 'the increase came to'", () => {
  it("is not the share's move", () => {
    expect(facts('Shell plc results', 'Shell plc rose 1% to 2,700p.', 'Net sales for the year climbed 2.4% to $42.07 billion; at constant exchange rates, the increase came to 9.1%.')
      .filter((r) => r[1] === 'change_pct_1d')).toEqual([['Shell plc', 'change_pct_1d', 1, null]]);
  });
});

describe("a segment's sales named with a word between ('domestic motorcycle sales grew 6%')", () => {
  it('is no revenue growth of the company', () => {
    expect(facts('Reliance Industries', 'Reliance Industries rose 2% to Rs 2,900. Exports jumped 27%, while domestic motorcycle sales grew a more modest 6%.')
      .filter((r) => r[1] === 'revenue_growth_pct')).toEqual([]);
  });
});

describe("a volume counted in board lots and restated in shares ('2,000 lots, or 2 million shares')", () => {
  it('is the count of shares', () => {
    expect(facts('Taipei', 'Baidu rose 2% to $100 as its trading volume topped 2,000 lots, or 2 million shares.')).toContainEqual(['Baidu', 'volume', 2e6, null]);
  });
});
