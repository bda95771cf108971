import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { loadRegistry, RegistryError } from '../../src/facts/registry.js';

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
  it('names the bad entry and field', () => {
    expect(() => loadRegistry([{ id: 'ok', name: 'Ok', aliases: [], listings: [] }, { id: 'Bad Id', name: 'X', aliases: [], listings: [] }])).toThrow(/entry 1 \(Bad Id\): id/);
  });

  it('rejects duplicate ids', () => {
    const c = { id: 'dup', name: 'A', aliases: [], listings: [] };
    expect(() => loadRegistry([c, c])).toThrow(RegistryError);
  });
});
