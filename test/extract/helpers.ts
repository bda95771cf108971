import type { Company } from '../../src/facts/company.js';
import { extractFromLines } from '../../src/extract/extractFacts.js';

/** A small registry with the distractors the rules must tell apart. */
export const REGISTRY: Company[] = [
  { id: 'alibaba-group', name: 'Alibaba Group', aliases: ['Alibaba', 'Alibaba Group Holding'], listings: [
    { ticker: 'BABA', exchange: 'NYSE', currency: 'USD' }, { ticker: '9988', exchange: 'HKEX', currency: 'HKD' }] },
  { id: 'baidu', name: 'Baidu', aliases: [], listings: [{ ticker: 'BIDU', exchange: 'NASDAQ', currency: 'USD' }] },
  { id: 'jpmorgan-chase', name: 'JPMorgan Chase & Co.', aliases: ['JPMorgan', 'JPMorgan Chase'], listings: [{ ticker: 'JPM', exchange: 'NYSE', currency: 'USD' }] },
  { id: 'nvidia', name: 'NVIDIA Corporation', aliases: ['Nvidia'], listings: [{ ticker: 'NVDA', exchange: 'NASDAQ', currency: 'USD' }] },
  { id: 'amd', name: 'Advanced Micro Devices', aliases: ['AMD'], listings: [{ ticker: 'AMD', exchange: 'NASDAQ', currency: 'USD' }] },
  { id: 'tesco', name: 'Tesco PLC', aliases: ['Tesco'], listings: [{ ticker: 'TSCO', exchange: 'LSE', currency: 'GBX' }] },
  { id: 'reliance-industries', name: 'Reliance Industries', aliases: ['Reliance', 'RIL'], listings: [{ ticker: 'RELIANCE', exchange: 'NSE', currency: 'INR' }] },
  { id: 'toyota-motor', name: 'Toyota Motor Corporation', aliases: ['Toyota'], listings: [{ ticker: '7203', exchange: 'TSE', currency: 'JPY' }, { ticker: 'TM', exchange: 'NYSE', currency: 'USD' }] },
  { id: 'samsung-electronics', name: 'Samsung Electronics', aliases: ['Samsung'], listings: [{ ticker: '005930', exchange: 'KRX', currency: 'KRW' }] },
  { id: 'nestle', name: 'Nestlé S.A.', aliases: ['Nestle', 'Nestlé'], listings: [{ ticker: 'NESN', exchange: 'SIX', currency: 'CHF' }] },
  { id: 'shopify', name: 'Shopify Inc.', aliases: ['Shopify'], listings: [{ ticker: 'SHOP', exchange: 'NASDAQ', currency: 'USD' }, { ticker: 'SHOP', exchange: 'TSX', currency: 'CAD' }] },
  { id: 'bhp-group', name: 'BHP Group', aliases: ['BHP'], listings: [{ ticker: 'BHP', exchange: 'ASX', currency: 'AUD' }] },
  { id: 'maybank', name: 'Malayan Banking Berhad', aliases: ['Maybank'], listings: [{ ticker: '1155', exchange: 'MYX', currency: 'MYR' }] },
];

export type Row = [kind: string, value: number | string, currency?: string | null, firm?: string | null];

/** Runs the extractor over one paragraph of an article titled about `title` and returns compact rows. */
export function extract(text: string, title = 'Alibaba stock in focus', published: string | null = '2026-01-14T12:54:04'): Row[] {
  const lines = text.split('\n').filter(Boolean);
  const out = extractFromLines({ id: 'test', file: 't.txt', title, body: text, published, url: null }, lines, REGISTRY);
  return out.facts.map((f) => {
    const row: Row = [f.kind, f.value, f.currency];
    if (f.firm) row.push(f.firm);
    return row;
  });
}

/** Facts with their company ids, for attribution tests. */
export function extractWithCompany(text: string, title: string): Array<[string, number | string, string]> {
  const out = extractFromLines({ id: 'test', file: 't.txt', title, body: text, published: '2026-01-14T00:00:00', url: null }, text.split('\n'), REGISTRY);
  return out.facts.map((f) => [f.kind, f.value, f.companyId]);
}

/** Rows in a stable order, so tables can list expected facts in any order. */
export const sorted = <T>(rows: T[]): T[] => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
