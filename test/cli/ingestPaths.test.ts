import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { ingestPaths } from '../../src/cli/ingestPaths.js';
import { MAX_ARTICLE_BYTES } from '../../src/cli/readArticleFile.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import type { Company } from '../../src/facts/company.js';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { copySamples, tempWorkspace, writeVariants } from './ingestFixtures.js';

const registry: Company[] = [
  {
    id: 'alibaba-group',
    name: 'Alibaba Group',
    aliases: ['Alibaba', 'Alibaba Group Holding'],
    listings: [
      { ticker: 'BABA', exchange: 'NYSE', currency: 'USD' },
      { ticker: '9988', exchange: 'HKEX', currency: 'HKD' },
    ],
  },
];
const rootCanReadAnything = process.getuid?.() === 0;

let workspace: ReturnType<typeof tempWorkspace>;
let store: FactStore;
const ingest = (paths: string[], prune = false) => ingestPaths(paths, { store, registry, prune, batchSize: 3 });

beforeEach(async () => {
  workspace = tempWorkspace();
  store = await openFactStore({ url: workspace.storeUrl, registry });
});
afterEach(async () => {
  await store.close();
  workspace.cleanup();
});

/** What the extractor itself makes of a file: the store must hold exactly this, whatever its quality. */
function extracted(file: string) {
  const article = parseArticle(file, readFileSync(file));
  return { article, extraction: extractArticle(article, registry) };
}

describe('ingestPaths', () => {
  it('stores each article with exactly the facts the extractor gives, then skips them all when unchanged', async () => {
    const files = [...copySamples(workspace.articles), ...writeVariants(workspace.articles, 5)];
    const progress: number[] = [];
    const first = await ingestPaths([workspace.articles], { store, registry, onProgress: (done, total) => progress.push(done / total) });
    expect(first.counts).toEqual({ new: 7, updated: 0, unchanged: 0, duplicate: 0 });
    expect(first.failed).toEqual([]);
    expect(progress.at(-1)).toBe(1);
    const expectedFacts = files.flatMap((file) => extracted(file).extraction.facts);
    const counted = Object.values(first.factsByKind).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(expectedFacts.length);
    expect(await store.check()).toEqual([]);
    expect((await ingest([workspace.articles])).counts).toEqual({ new: 0, updated: 0, unchanged: 7, duplicate: 0 });
  });

  it('skips a touched but identical file and records its new time, so the next run need not read it', async () => {
    const [file = ''] = copySamples(workspace.articles);
    await ingest([file]);
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    expect((await ingest([file])).counts.unchanged).toBe(1);
    expect((await store.fileRecords([file]))[0]?.mtimeMs).toBe(new Date('2030-01-01').getTime());
  });

  it('replaces the facts of a changed file and prunes a deleted one', async () => {
    const [a = '', b = ''] = writeVariants(workspace.articles, 2);
    await ingest([workspace.articles]);
    const before = await store.articles(undefined, 10);
    writeFileSync(a, `${readFileSync(a, 'utf8')}\nA correction.\n`);
    rmSync(b);
    const report = await ingest([workspace.articles], true);
    expect(report.counts).toMatchObject({ updated: 1, new: 0 });
    expect(report.pruned).toEqual([b]);
    const after = await store.articles(undefined, 10);
    expect(after.map((article) => article.id)).toEqual([extracted(a).article.id]);
    expect(before.map((article) => article.id)).not.toContain(after[0]?.id);
    expect(await store.check()).toEqual([]);
  });

  it('stores the same text under two names once', async () => {
    const [file = ''] = copySamples(workspace.articles);
    writeFileSync(join(workspace.articles, 'copy.txt'), readFileSync(file));
    const report = await ingest([workspace.articles]);
    // Two sample articles plus a byte-identical copy of the first: the copy is recognised by its content hash.
    expect(report.counts).toMatchObject({ new: 2, duplicate: 1 });
    expect((await store.health()).articles).toBe(2);
  });

  it('gives each bad input one line and still stores every good file', async () => {
    const dir = workspace.articles;
    const good = [...copySamples(dir), ...writeVariants(dir, 2)];
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), MAX_ARTICLE_BYTES + 1);
    writeFileSync(join(dir, 'plain.txt'), 'A quiet day\nNothing happened at all, and nobody said a number.\n');
    writeFileSync(join(dir, 'page.html'), '<html><head><title>Alibaba shares rise</title></head><body><p>Alibaba shares rose 2% to $150.00 on Monday.</p></body></html>');
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    const missing = join(workspace.dir, 'no-such-dir');

    const report = await ingest([dir, missing]);
    const failedFiles = report.failed.map((failure) => failure.file).sort();
    expect(failedFiles).toEqual([join(dir, 'binary.txt'), join(dir, 'dangling.txt'), join(dir, 'empty.txt'), join(dir, 'huge.txt'), missing]);
    for (const failure of report.failed) expect(failure.error).toMatch(/^[^\n]{3,200}$/);
    expect(report.failed.find((f) => f.file === missing)?.error).toBe('no such file or directory');
    expect(report.counts.new).toBe(good.length + 2);
    const stored = new Set((await store.articles(undefined, 100)).map((article) => article.file));
    for (const file of [...good, join(dir, 'plain.txt'), join(dir, 'page.html')]) expect(stored).toContain(file);
    expect((await store.health()).failed).toEqual(report.failed);
  });

  it.skipIf(rootCanReadAnything)('reports a file it may not read in one line (skipped as root, whom chmod does not stop)', async () => {
    const [file = ''] = copySamples(workspace.articles);
    chmodSync(file, 0o000);
    const report = await ingest([workspace.articles]);
    chmodSync(file, 0o644);
    expect(report.failed).toEqual([{ file, error: 'permission denied' }]);
    expect(report.counts.new).toBe(1);
  });

  it('keeps the stored facts of a file that breaks, and does not prune it', async () => {
    const [file = ''] = copySamples(workspace.articles);
    await ingest([workspace.articles]);
    const facts = await store.facts('alibaba-group');
    writeFileSync(file, '');
    const report = await ingest([workspace.articles], true);
    expect(report.failed.map((failure) => failure.file)).toEqual([file]);
    expect(report.pruned).toEqual([]);
    expect(await store.facts('alibaba-group')).toEqual(facts);
  });

  it('prunes nothing when asked to prune under a directory that does not exist', async () => {
    copySamples(workspace.articles);
    await ingest([workspace.articles]);
    const report = await ingest([join(workspace.dir, 'typo')], true);
    expect(report.pruned).toEqual([]);
    expect((await store.health()).articles).toBe(2);
  });
});
