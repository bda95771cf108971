import { describe, expect, it } from 'vitest';
import type { Listing } from '../../src/facts/company.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { loadRegistry, normalizeName, RegistryError, tickerKeys } from '../../src/facts/registry.js';

const EXCHANGE_CURRENCY: Record<string, string> = {
  NASDAQ: 'USD', NYSE: 'USD', LSE: 'GBX', XETRA: 'EUR', EPA: 'EUR', AMS: 'EUR', SIX: 'CHF', TSX: 'CAD', ASX: 'AUD',
  NSE: 'INR', HKEX: 'HKD', TYO: 'JPY', KRX: 'KRW', CPH: 'DKK', TWSE: 'TWD', MYX: 'MYR', SGX: 'SGD', OTC: 'USD',
};

describe('the shipped company registry', () => {
  it('loads, with unique ids and each listing in its exchange\'s trading currency', async () => {
    const registry = await readRegistry();
    expect(registry.length).toBeGreaterThan(100);
    expect(new Set(registry.map((c) => c.id)).size).toBe(registry.length);
    for (const c of registry) for (const l of c.listings) expect([c.id, l.exchange, l.currency]).toEqual([c.id, l.exchange, EXCHANGE_CURRENCY[l.exchange ?? '']]);
  });

  it('shares no alias between two companies', async () => {
    const owner = new Map<string, string>();
    for (const c of await readRegistry()) {
      for (const name of [c.name, ...c.aliases].map((n) => n.toLowerCase())) {
        expect(owner.get(name) ?? c.id).toBe(c.id);
        owner.set(name, c.id);
      }
    }
  });

  it('lets "Alibaba", "Alibaba Group", "BABA" and "9988.HK" in articles all name Alibaba Group', async () => {
    const registry = await readRegistry();
    for (const name of ['Alibaba', 'Alibaba Group', 'BABA', '9988.HK']) {
      const body = name.includes('.') ? `Shares of ${name} rose 2% to HK$80.50.` : `${name} shares rose 2% to $150.20 on Friday.`;
      const { facts } = extractArticle({ id: 'x', file: 'x.txt', title: 'Market wrap', body, published: '2026-01-02T00:00:00', url: null }, registry);
      expect(facts.map((f) => f.companyId)).toContain('alibaba-group');
    }
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
