import { describe, expect, it } from 'vitest';
import type { Company, Listing } from '../../src/facts/company.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { EXCHANGE_TICKER_FORMS, loadRegistry, normalizeName, RegistryError, tickerKeys } from '../../src/facts/registry.js';

/** Trading currency per exchange code, written out independently of the registry (London quotes in pence). */
const TRADING_CURRENCY: Readonly<Record<string, string>> = {
  NASDAQ: 'USD', NYSE: 'USD', OTC: 'USD', LSE: 'GBX', XETRA: 'EUR', FRA: 'EUR', EPA: 'EUR', AMS: 'EUR', BIT: 'EUR',
  BME: 'EUR', HEL: 'EUR', SIX: 'CHF', CPH: 'DKK', STO: 'SEK', OSL: 'NOK', TYO: 'JPY', TSE: 'JPY', KRX: 'KRW',
  KOSDAQ: 'KRW', HKEX: 'HKD', SSE: 'CNY', SZSE: 'CNY', TWSE: 'TWD', NSE: 'INR', BSE: 'INR', TSX: 'CAD', ASX: 'AUD',
  MYX: 'MYR', SGX: 'SGD', TADAWUL: 'SAR', BVMF: 'BRL',
};

/** Names that two companies really share: a lookup for them must answer "ambiguous". */
const SHARED_NAMES = new Set(['merck', 'porsche']);

const registry = await readRegistry();
const listings = registry.flatMap((c) => c.listings.map((l) => ({ id: c.id, ...l })));

/** Keys that more than one company owns, sorted. */
function sharedKeys(pairs: ReadonlyArray<readonly [string, string]>): string[] {
  const owners = new Map<string, Set<string>>();
  for (const [key, id] of pairs) owners.set(key, (owners.get(key) ?? new Set()).add(id));
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key]) => key).sort();
}

/** The smallest lookup a caller could build: ticker forms first, then folded names. */
function lookup(companies: readonly Company[]): (query: string) => string[] {
  const keys = new Map<string, Set<string>>();
  const add = (key: string, id: string) => keys.set(key, (keys.get(key) ?? new Set()).add(id));
  for (const c of companies) {
    for (const l of c.listings) for (const key of tickerKeys(l)) add(`ticker ${key}`, c.id);
    for (const name of [c.name, ...c.aliases]) add(`name ${normalizeName(name)}`, c.id);
  }
  return (query) => [...(keys.get(`ticker ${query.toUpperCase()}`) ?? keys.get(`name ${normalizeName(query)}`) ?? [])];
}

describe('the shipped company registry', () => {
  it('holds several hundred companies under unique ids', () => {
    expect(registry.length).toBeGreaterThanOrEqual(350);
    expect(new Set(registry.map((c) => c.id)).size).toBe(registry.length);
  });

  it('quotes every listing in its exchange\'s trading currency', () => {
    const wrong = listings.filter((l) => l.currency !== TRADING_CURRENCY[l.exchange ?? '']);
    expect(wrong).toEqual([]);
  });

  it('knows how tickers are written on every exchange it uses', () => {
    const unknown = listings.filter((l) => !l.exchange || !EXCHANGE_TICKER_FORMS[l.exchange]);
    expect(unknown).toEqual([]);
  });

  it('lists each exchange ticker under one company only', () => {
    expect(sharedKeys(listings.map((l) => [`${l.exchange}:${l.ticker}`, l.id]))).toEqual([]);
  });

  it('gives no name or alias to two companies, even with case folded', () => {
    expect(sharedKeys(registry.flatMap((c) => [c.name, ...c.aliases].map((n) => [n.toLowerCase(), c.id] as const)))).toEqual([]);
  });

  it('folds names of different companies to different keys, except names they really share', () => {
    const folded = registry.flatMap((c) => [c.name, ...c.aliases].map((n) => [normalizeName(n), c.id] as const));
    expect(sharedKeys(folded)).toEqual([...SHARED_NAMES].sort());
  });

  it.each([
    ['Alibaba', 'alibaba-group'],
    ['alibaba group', 'alibaba-group'],
    ['Alibaba Group Holding Ltd.', 'alibaba-group'],
    ['BABA', 'alibaba-group'],
    ['9988.HK', 'alibaba-group'],
    ['HKG:9988', 'alibaba-group'],
    ['Alibaba Health', 'alibaba-health'],
    ['0700.HK', 'tencent-holdings'],
    ['700.HK', 'tencent-holdings'],
    ['TSCO.L', 'tesco'],
    ['LON:TSCO', 'tesco'],
    ['SAP.DE', 'sap'],
    ['RELIANCE.NS', 'reliance-industries'],
    ['7203.T', 'toyota-motor'],
    ['005930.KS', 'samsung-electronics'],
    ['SHOP.TO', 'shopify'],
    ['BHP.AX', 'bhp-group'],
    ['NOVO-B.CO', 'novo-nordisk'],
    ['2330.TW', 'taiwan-semiconductor-manufacturing-company'],
    ['BRK-B', 'berkshire-hathaway'],
    ['1155.KL', 'malayan-banking'],
    ['Nestle', 'nestle'],
    ["L'Oreal", 'l-oreal'],
    ['procter and gamble', 'procter-and-gamble'],
    ['Ørsted', 'orsted'],
  ])('resolves %s to %s alone', (query, id) => {
    expect(lookup(registry)(query)).toEqual([id]);
  });

  it('answers a name two companies share with both', () => {
    expect(lookup(registry)('Merck').sort()).toEqual(['merck-and-co', 'merck-kgaa']);
  });
});

describe('loadRegistry', () => {
  const ok = { id: 'ok', name: 'Ok', aliases: [], listings: [] };

  it('names the bad entry and field', () => {
    expect(() => loadRegistry([ok, { ...ok, id: 'Bad Id' }])).toThrow(/entry 1 \(Bad Id\): id/);
  });

  it('rejects a currency that is not a three-letter code', () => {
    const listing: Listing = { ticker: 'OK', exchange: 'NYSE', currency: 'usd' };
    expect(() => loadRegistry([{ ...ok, listings: [listing] }])).toThrow(/entry 0 \(ok\): listings\.0\.currency/);
  });

  it('rejects something other than a list', () => {
    expect(() => loadRegistry({ companies: [] })).toThrow(RegistryError);
  });

  it('rejects duplicate ids', () => {
    expect(() => loadRegistry([ok, ok])).toThrow(/duplicate id ok/);
  });

  it('accepts a listing whose exchange is unknown', () => {
    const listing: Listing = { ticker: 'OK', exchange: null, currency: 'USD' };
    expect(loadRegistry([{ ...ok, listings: [listing] }])).toEqual([{ ...ok, listings: [listing] }]);
  });
});

describe('normalizeName', () => {
  it.each([
    ['Alibaba Group Holding Limited', 'alibaba'],
    ['alibaba group', 'alibaba'],
    ['Nestlé S.A.', 'nestle'],
    ["L'Oréal S.A.", 'loreal'],
    ['The Procter & Gamble Company', 'procter and gamble'],
    ['Eli Lilly and Company', 'eli lilly'],
    ['Merck & Co., Inc.', 'merck'],
    ['Henkel AG & Co. KGaA', 'henkel'],
    ['Berkshire Hathaway Inc. Class B', 'berkshire hathaway'],
    ['Novo Nordisk A/S', 'novo nordisk'],
    ['Ørsted A/S', 'orsted'],
    ['Leonardo S.p.A.', 'leonardo'],
    ['ASML Holding N.V.', 'asml'],
    ['Malayan Banking Berhad', 'malayan banking'],
    ['Top Glove Corporation Bhd', 'top glove'],
    ['Nokia Oyj', 'nokia'],
    ['Equinor ASA', 'equinor'],
    ['Atlas Copco AB', 'atlas copco'],
    ['Tencent Holdings Ltd', 'tencent'],
    ['Deutsche Börse AG', 'deutsche borse'],
    ['Alibaba ADR', 'alibaba'],
    ['Apollo Global Management, LLC', 'apollo global management'],
    ['AT&T Inc.', 'at and t'],
    ["McDonald's Corp.", 'mcdonalds'],
    ['  Mercedes-Benz   Group AG ', 'mercedes benz'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['The Group', 'group'],
    ['Holdings', 'holdings'],
    ['', ''],
  ])('folds %j to %j', (name, folded) => {
    expect(normalizeName(name)).toBe(folded);
  });
});

describe('tickerKeys', () => {
  const listing = (ticker: string, exchange: string | null): Listing => ({ ticker, exchange, currency: 'USD' });

  it.each([
    [listing('BABA', 'NYSE'), ['BABA', 'NYSE:BABA']],
    [listing('9988', 'HKEX'), ['9988', 'HKG:9988', 'HKEX:9988', '9988.HK']],
    [listing('0700', 'HKEX'), ['0700', 'HKG:0700', 'HKG:700', 'HKEX:0700', 'HKEX:700', '0700.HK', '700.HK']],
    [listing('TSCO', 'LSE'), ['TSCO', 'LON:TSCO', 'LSE:TSCO', 'TSCO.L']],
    [listing('BT.A', 'LSE'), ['BT.A', 'BT-A', 'LON:BT.A', 'LON:BT-A', 'LSE:BT.A', 'LSE:BT-A', 'BT-A.L']],
    [listing('SAP', 'XETRA'), ['SAP', 'ETR:SAP', 'XETRA:SAP', 'SAP.DE']],
    [listing('AHLA', 'FRA'), ['AHLA', 'FRA:AHLA', 'AHLA.F']],
    [listing('RELIANCE', 'NSE'), ['RELIANCE', 'NSE:RELIANCE', 'RELIANCE.NS']],
    [listing('500325', 'BSE'), ['500325', 'BOM:500325', 'BSE:500325', '500325.BO']],
    [listing('7203', 'TYO'), ['7203', 'TYO:7203', 'TSE:7203', '7203.T']],
    [listing('005930', 'KRX'), ['005930', 'KRX:005930', '005930.KS']],
    [listing('SHOP', 'TSX'), ['SHOP', 'TSX:SHOP', 'TSE:SHOP', 'SHOP.TO']],
    [listing('BHP', 'ASX'), ['BHP', 'ASX:BHP', 'BHP.AX']],
    [listing('NOVO-B', 'CPH'), ['NOVO-B', 'NOVO.B', 'CPH:NOVO-B', 'CPH:NOVO.B', 'NOVO-B.CO']],
    [listing('BRK.B', 'NYSE'), ['BRK.B', 'BRK-B', 'NYSE:BRK.B', 'NYSE:BRK-B']],
    [listing('1155', 'MYX'), ['1155', 'KLSE:1155', 'MYX:1155', 'BURSA:1155', '1155.KL']],
    [listing('tcehy', 'otc'), ['TCEHY', 'OTC:TCEHY', 'OTCMKTS:TCEHY']],
    [listing('ABC', 'ZZZ'), ['ABC', 'ZZZ:ABC']],
    [listing('ABC', null), ['ABC']],
  ])('writes %o as %j', (written, keys) => {
    expect(tickerKeys(written)).toEqual(keys);
  });

  it('leaves a hyphenated ticker that is no share class alone', () => {
    expect(tickerKeys(listing('BAJAJ-AUTO', 'NSE'))).toEqual(['BAJAJ-AUTO', 'NSE:BAJAJ-AUTO', 'BAJAJ-AUTO.NS']);
  });
});
