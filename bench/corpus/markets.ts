/** The home markets of generated companies; each one has its own article style. */
export const MARKETS = ['us', 'de', 'uk', 'in', 'jp', 'kr', 'ch', 'hk'] as const;
export type Market = (typeof MARKETS)[number];

export interface MarketInfo {
  /** Share of the generated registry that lists here (sums to 1 over all markets). */
  share: number;
  exchanges: readonly string[];
  /** Trading currency of the listing (GBX: London quotes in pence). */
  currency: string;
  /** Currency for totals such as market cap and revenue. */
  bigCurrency: string;
  priceRange: readonly [number, number];
  priceDecimals: number;
  suffixes: readonly string[];
  /** Benchmark indices quoted as distractors, with a plausible level range. */
  indices: ReadonlyArray<{ name: string; low: number; high: number }>;
}

export const MARKET_INFO: Record<Market, MarketInfo> = {
  us: {
    share: 0.35, exchanges: ['NASDAQ', 'NYSE'], currency: 'USD', bigCurrency: 'USD', priceRange: [4, 900],
    priceDecimals: 2, suffixes: ['Corp', 'Inc.', 'Holdings', 'Group', 'Technologies', 'Systems', 'Brands'],
    indices: [{ name: 'S&P 500', low: 3800, high: 6900 }, { name: 'Nasdaq Composite', low: 11000, high: 23500 },
      { name: 'Dow Jones Industrial Average', low: 30000, high: 48000 }],
  },
  de: {
    share: 0.15, exchanges: ['XETRA'], currency: 'EUR', bigCurrency: 'EUR', priceRange: [3, 420],
    priceDecimals: 2, suffixes: ['AG', 'SE', 'Holding AG', 'Group AG'],
    indices: [{ name: 'DAX', low: 12000, high: 24500 }, { name: 'MDAX', low: 22000, high: 31000 }],
  },
  uk: {
    share: 0.12, exchanges: ['LSE'], currency: 'GBX', bigCurrency: 'GBP', priceRange: [40, 6000],
    priceDecimals: 0, suffixes: ['plc', 'Group plc', 'Holdings plc'],
    indices: [{ name: 'FTSE 100', low: 6800, high: 9700 }, { name: 'FTSE 250', low: 17000, high: 22500 }],
  },
  in: {
    share: 0.12, exchanges: ['NSE', 'BSE'], currency: 'INR', bigCurrency: 'INR', priceRange: [60, 6000],
    priceDecimals: 2, suffixes: ['Ltd', 'Industries Ltd', 'Enterprises Ltd', 'Finance Ltd'],
    indices: [{ name: 'Nifty 50', low: 15000, high: 26500 }, { name: 'Sensex', low: 52000, high: 86000 }],
  },
  jp: {
    share: 0.07, exchanges: ['TSE'], currency: 'JPY', bigCurrency: 'JPY', priceRange: [300, 24000],
    priceDecimals: 0, suffixes: ['Holdings', 'Corp', 'Co.'],
    indices: [{ name: 'Nikkei 225', low: 26000, high: 50000 }, { name: 'Topix', low: 1900, high: 3300 }],
  },
  kr: {
    share: 0.06, exchanges: ['KRX'], currency: 'KRW', bigCurrency: 'KRW', priceRange: [4000, 900000],
    priceDecimals: 0, suffixes: ['Co', 'Corp', 'Industries'],
    indices: [{ name: 'Kospi', low: 2100, high: 4200 }, { name: 'Kosdaq', low: 650, high: 1000 }],
  },
  ch: {
    share: 0.06, exchanges: ['SIX'], currency: 'CHF', bigCurrency: 'CHF', priceRange: [8, 650],
    priceDecimals: 2, suffixes: ['AG', 'SA', 'Holding AG'],
    indices: [{ name: 'SMI', low: 10000, high: 13500 }],
  },
  hk: {
    share: 0.07, exchanges: ['HKEX'], currency: 'HKD', bigCurrency: 'HKD', priceRange: [1.5, 620],
    priceDecimals: 2, suffixes: ['Holdings Ltd', 'Group Ltd', 'International Ltd'],
    indices: [{ name: 'Hang Seng Index', low: 14500, high: 27500 }],
  },
};

/** How wire copy prefixes a ticker with its exchange (`NASDAQ:XYZ`, `LON:TSCO`). */
export const TEXT_EXCHANGE: Record<string, string> = {
  NASDAQ: 'NASDAQ', NYSE: 'NYSE', XETRA: 'ETR', LSE: 'LON', NSE: 'NSE', BSE: 'BOM', TSE: 'TYO', KRX: 'KRX',
  SIX: 'SWX', HKEX: 'HKG',
};
