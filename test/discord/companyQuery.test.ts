import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCompany, loadSources, suggestCompanies } from '../../src/discord/companyQuery.js';
import { UserError } from '../../src/discord/command.js';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { makeFact } from '../facts/makeFact.js';
import { alibaba, makeItem, tesco } from '../facts/storeFixtures.js';
import { makeContext } from '../commands/context.js';

let store: FactStore;
beforeAll(async () => {
  store = await openFactStore({ url: 'memory://', registry: [alibaba, tesco] });
  await store.ingestBatch(Array.from({ length: 30 }, (_, n) => makeItem(`n${String(n).padStart(2, '0')}`, {
    published: `2025-12-${String(1 + n).padStart(2, '0')}T10:00:00`,
    facts: [{ kind: 'price', value: 100 + n, asOf: `2025-12-${String(1 + n).padStart(2, '0')}` }],
  })));
});
afterAll(async () => store.close());

describe('findCompany', () => {
  it('takes an autocomplete id as is and resolves anything else by ticker or name', () => {
    const ctx = makeContext(store);
    expect(findCompany(ctx, 'alibaba-group').id).toBe('alibaba-group');
    expect(findCompany(ctx, ' tsco ').id).toBe('tesco');
    expect(() => findCompany(ctx, 42)).toThrow(UserError);
  });
});

describe('suggestCompanies', () => {
  it('names companies with their tickers and answers with their ids', () => {
    expect(suggestCompanies(makeContext(store), 'tes')).toEqual([{ name: 'Tesco (TSCO)', value: 'tesco' }]);
  });
});

describe('loadSources', () => {
  it('finds the newest articles with one short read, and older ones when a fact cites them', async () => {
    const ctx = makeContext(store);
    const newest = await loadSources(ctx, 'alibaba-group', [makeFact({ articleId: 'n29' })]);
    expect([...newest.keys()]).toEqual(['n29']);
    const old = await loadSources(ctx, 'alibaba-group', [makeFact({ articleId: 'n29' }), makeFact({ articleId: 'n00' })]);
    expect(old.get('n00')?.title).toBe('Article n00');
    expect(await loadSources(ctx, 'alibaba-group', [])).toEqual(new Map());
  });
});
