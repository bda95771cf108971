import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/articles/article.js';
import type { Company } from '../../src/facts/company.js';
import type { Fact } from '../../src/facts/fact.js';
import type { IngestItem } from '../../src/facts/store.js';
import { makeFact } from './makeFact.js';

export const alibaba: Company = {
  id: 'alibaba-group',
  name: 'Alibaba Group',
  aliases: ['Alibaba'],
  listings: [
    { ticker: 'BABA', exchange: 'NYSE', currency: 'USD' },
    { ticker: '9988', exchange: 'HKEX', currency: 'HKD' },
  ],
};
export const tesco: Company = { id: 'tesco', name: 'Tesco', aliases: [], listings: [{ ticker: 'TSCO', exchange: 'LSE', currency: 'GBX' }] };

/** An article about some companies with the given facts, stored under `/articles/<file>`. */
export function makeItem(
  id: string,
  options: { file?: string; published?: string | null; companies?: Company[]; facts?: Array<Partial<Fact>> } = {},
): IngestItem {
  const companies = options.companies ?? [alibaba];
  const article: Article = {
    id,
    file: `/articles/${options.file ?? `${id}.txt`}`,
    title: `Article ${id}`,
    body: 'text',
    published: options.published === undefined ? '2026-01-10T09:00:00' : options.published,
    url: null,
  };
  const facts = (options.facts ?? [{}]).map((overrides) =>
    makeFact({ articleId: id, quote: `${id}: ${overrides.kind ?? 'price'} ${String(overrides.value ?? 100)}`, ...overrides }),
  );
  return { article, extraction: { companies, facts } };
}

/** A SQLite store URL in a fresh temporary directory, and a function removing the directory. */
export function tempSqlite(): { url: string; file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stockfacts-store-'));
  const file = join(dir, 'facts.sqlite');
  return { url: `sqlite://${file}`, file, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The store's backends, for `describe.each`: a SQLite file (transactions) and memory (none), each made afresh. */
export const STORE_BACKENDS = [
  ['SQLite', (): { url: string; cleanup: () => void } => tempSqlite()],
  ['memory', (): { url: string; cleanup: () => void } => ({ url: 'memory://', cleanup: () => undefined })],
] as const;
