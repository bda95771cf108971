import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/facts/company.js';
import { CompanyResolver } from '../../src/facts/companyResolver.js';

const company = (id: string, name: string, aliases: string[], listings: Array<[string, string | null, string]>): Company => ({
  id,
  name,
  aliases,
  listings: listings.map(([ticker, exchange, currency]) => ({ ticker, exchange, currency })),
});

const registry: Company[] = [
  company('alibaba-group', 'Alibaba Group', ['Alibaba Group Holding'], [['BABA', 'NYSE', 'USD'], ['9988', 'HKEX', 'HKD']]),
  company('alibaba-health', 'Alibaba Health Information Technology', [], [['0241', 'HKEX', 'HKD']]),
  company('nestle', 'Nestlé', ['Nestlé S.A.'], [['NESN', 'SIX', 'CHF']]),
  company('tesco', 'Tesco', [], [['TSCO', 'LSE', 'GBX']]),
  company('tractor-supply', 'Tractor Supply', [], [['TSCO', 'NASDAQ', 'USD']]),
  company('meta-platforms', 'Meta Platforms', ['Meta'], [['META', 'NASDAQ', 'USD']]),
];
const resolver = new CompanyResolver(registry);

describe('CompanyResolver.resolve', () => {
  it.each([
    ['BABA', 'exact', ['alibaba-group']],
    ['baba', 'exact', ['alibaba-group']],
    ['9988.HK', 'exact', ['alibaba-group']],
    ['NYSE:BABA', 'exact', ['alibaba-group']],
    ['hkex: 9988', 'exact', ['alibaba-group']],
    ['$META', 'exact', ['meta-platforms']],
    ['Alibaba Group', 'exact', ['alibaba-group']],
    ['ALIBABA GROUP', 'exact', ['alibaba-group']],
    ['  alibaba   group holding ', 'exact', ['alibaba-group']],
    ['meta', 'exact', ['meta-platforms']],
    ['TSCO.L', 'exact', ['tesco']],
    ['TSCO', 'ambiguous', ['tesco', 'tractor-supply']],
    ['Alibaba Health', 'prefix', ['alibaba-health']],
    ['Tes', 'prefix', ['tesco']],
    ['alibaba', 'ambiguous', ['alibaba-group', 'alibaba-health']],
    ['Alibaba-Group', 'fuzzy', ['alibaba-group']],
    ['Nestle', 'fuzzy', ['nestle']],
    ['nestle s a', 'fuzzy', ['nestle']],
    ['alibabagroup', 'fuzzy', ['alibaba-group']],
    ['Alibba Group', 'fuzzy', ['alibaba-group']],
    ['Tescoo', 'fuzzy', ['tesco']],
    ['Zebra Widgets', 'none', []],
    ['', 'none', []],
    ['!!!', 'none', []],
  ])('resolves %j as %s', (query, match, ids) => {
    const result = resolver.resolve(query);
    expect(result.match).toBe(match);
    expect(result.companies.map((c) => c.id).sort()).toEqual(ids);
  });

  it('knows companies only an article introduced, merged with the registry', () => {
    const introduced = company('veltrano', 'Veltrano', [], [['VLT', 'NYSE', 'USD']]);
    const withArticles = new CompanyResolver([...registry, introduced]);
    expect(withArticles.resolve('VLT').companies).toEqual([introduced]);
    expect(withArticles.size).toBe(registry.length + 1);
  });

  it('shows a registry company as the registry names it, main listing first, with the listings articles added after', () => {
    const stored = company('alibaba-group', 'Alibaba Group', ['Alibaba Group Holding'], [['9988', 'HKEX', 'HKD'], ['AHLA', 'XETRA', 'EUR'], ['BABA', 'NYSE', 'USD']]);
    const renamed = company('alibaba-group', 'Alibaba', [], [['BABA', 'NYSE', 'USD']]);
    const merged = new CompanyResolver([...registry, stored, renamed]).get('alibaba-group');
    expect(merged?.name).toBe('Alibaba Group');
    expect(merged?.aliases).toEqual(['Alibaba', 'Alibaba Group Holding']);
    expect(merged?.listings.map((l) => l.ticker)).toEqual(['BABA', '9988', 'AHLA']);
  });
});

describe('CompanyResolver.suggest', () => {
  it('offers names and tickers starting with what was typed', () => {
    expect(resolver.suggest('ali').map((c) => c.id)).toEqual(['alibaba-group', 'alibaba-health']);
    expect(resolver.suggest('TS').map((c) => c.id).sort()).toEqual(['tesco', 'tractor-supply']);
    expect(resolver.suggest('nes').map((c) => c.id)).toEqual(['nestle']);
  });

  it('caps the number of suggestions', () => {
    expect(resolver.suggest('', 3)).toHaveLength(3);
    expect(resolver.suggest('a', 1)).toHaveLength(1);
  });
});
