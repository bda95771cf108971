import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPaths, generateCorpus, generateRegistry, writeCorpus, type CorpusOptions } from '../../bench/generateCorpus.js';
import { FACT_KINDS, MONEY_KINDS, TEXT_KINDS } from '../../src/facts/fact.js';

const small: CorpusOptions = { articles: 40, companies: 500, seed: 7 };
const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const readTree = (dir: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const sub of ['articles', 'gold']) {
    for (const f of readdirSync(join(dir, sub))) out.set(`${sub}/${f}`, readFileSync(join(dir, sub, f), 'utf8'));
  }
  out.set('registry.json', readFileSync(corpusPaths(dir).registry, 'utf8'));
  return out;
};

describe('generateCorpus', () => {
  it('writes the same bytes for the same seed', () => {
    const [a, b] = [tempDir(), tempDir()];
    writeCorpus(a, small);
    writeCorpus(b, small);
    expect(readTree(a)).toEqual(readTree(b));
  });

  it('writes something else for another seed', () => {
    const first = [...generateCorpus(small)].map((x) => x.text);
    const other = [...generateCorpus({ ...small, seed: 8 })].map((x) => x.text);
    expect(other).not.toEqual(first);
  });

  it('writes exactly the requested number of articles and gold files', () => {
    const dir = tempDir();
    const result = writeCorpus(dir, { ...small, articles: 123 });
    expect(result.articles).toBe(123);
    expect(readdirSync(corpusPaths(dir).articles)).toHaveLength(123);
    expect(readdirSync(corpusPaths(dir).gold)).toHaveLength(123);
  });

  it('replaces an earlier corpus instead of leaving its extra files behind', () => {
    const dir = tempDir();
    writeCorpus(dir, { ...small, articles: 30 });
    writeCorpus(dir, { ...small, articles: 10 });
    expect(readdirSync(corpusPaths(dir).articles)).toHaveLength(10);
  });

  it('refuses to write into a non-empty directory it did not create', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(() => writeCorpus(dir, small)).toThrow(/not empty/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('gives article i the same content however many articles are generated', () => {
    const few = [...generateCorpus({ ...small, articles: 5 })];
    const many = [...generateCorpus({ ...small, articles: 20 })];
    expect(many.slice(0, 5)).toEqual(few);
  });

  const sample = [...generateCorpus({ articles: 1500, companies: 2000, seed: 11 })];

  it('quotes every gold fact verbatim from its article, in text, HTML and Markdown alike', () => {
    const formats = new Set(sample.map((a) => a.file.split('.').pop()));
    expect(formats).toEqual(new Set(['txt', 'html', 'md']));
    const missing = sample.flatMap((a) => a.gold.facts.filter((f) => !a.text.includes(f.quote)).map((f) => `${a.file}: ${f.quote}`));
    expect(missing).toEqual([]);
  });

  it('labels facts with known kinds, currencies on money, text on ratings and the article date', () => {
    const problems: string[] = [];
    for (const { gold } of sample) {
      for (const f of gold.facts) {
        if (!FACT_KINDS.includes(f.kind)) problems.push(`${gold.file}: kind ${f.kind}`);
        if (MONEY_KINDS.has(f.kind) !== (f.currency !== null)) problems.push(`${gold.file}: ${f.kind} currency ${f.currency}`);
        if (TEXT_KINDS.has(f.kind) !== (typeof f.value === 'string')) problems.push(`${gold.file}: ${f.kind} value ${f.value}`);
        if (f.asOf !== (gold.published?.slice(0, 10) ?? null)) problems.push(`${gold.file}: asOf ${f.asOf}`);
        if (!gold.companies.some((c) => c.name === f.company)) problems.push(`${gold.file}: unlisted company ${f.company}`);
      }
    }
    expect(problems).toEqual([]);
    expect(sample.every((a) => a.gold.facts.length > 0)).toBe(true);
  });

  it('keeps articles between 2 and 6 KB like the samples', () => {
    const sizes = sample.map((a) => Buffer.byteLength(a.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(6_500);
  });
});

describe('generateRegistry', () => {
  const registry = generateRegistry({ companies: 10_000, seed: 20_260_114 });

  it('makes 10,000 companies with distinct ids, names and tickers', () => {
    expect(registry).toHaveLength(10_000);
    expect(new Set(registry.map((c) => c.id)).size).toBe(10_000);
    expect(new Set(registry.map((c) => c.name.toLowerCase())).size).toBe(10_000);
    const tickers = registry.flatMap((c) => c.listings.map((l) => l.ticker));
    expect(new Set(tickers).size).toBe(tickers.length);
  });

  it('gives every company a slug id, an alias and a listing with exchange and currency', () => {
    const bad = registry.filter((c) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id) || c.aliases.length === 0
      || c.listings.some((l) => !l.exchange || !/^[A-Z]{3}$/.test(l.currency)));
    expect(bad).toEqual([]);
  });
});
