import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundFile } from '../../src/cli/findArticleFiles.js';
import { ingestPaths } from '../../src/cli/ingestPaths.js';
import { prepareArticle } from '../../src/cli/prepareArticle.js';
import { PreparePool } from '../../src/cli/preparePool.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { openFactStore } from '../../src/facts/store.js';
import { copySamples, tempWorkspace, writeVariants } from './ingestFixtures.js';

const registry = await readRegistry();
let workspace: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  workspace = tempWorkspace();
});
afterEach(() => workspace.cleanup());

const found = (path: string): FoundFile => {
  const stat = statSync(path);
  return { path, size: stat.size, mtimeMs: stat.mtimeMs };
};

describe('PreparePool', () => {
  it('prepares a file on a worker exactly as the main thread does', async () => {
    const [file = ''] = copySamples(workspace.articles);
    const pool = new PreparePool(registry, 1);
    try {
      const onWorker = await pool.prepare(found(file), undefined);
      expect(onWorker).toEqual(prepareArticle(found(file), undefined, registry));
      expect('item' in onWorker && onWorker.item.extraction.facts.length).toBeGreaterThan(5);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('reports a file that exhausts a worker\'s heap as failed, and goes on with a fresh worker', async () => {
    const huge = join(workspace.articles, 'huge.txt');
    const sentence = 'Shares of Alibaba rose 2% to $150.20 on Friday while Apple fell 1% to $180.10. ';
    writeFileSync(huge, `Title\n${sentence.repeat(55_000)}`);
    const [sample = ''] = copySamples(workspace.articles);
    const pool = new PreparePool(registry, 1, 24);
    try {
      const [bad, good] = await Promise.all([pool.prepare(found(huge), undefined), pool.prepare(found(sample), undefined)]);
      expect(bad).toEqual({ error: expect.stringMatching(/could not be read within the ingest's limits/) });
      expect(good).toMatchObject({ item: { article: { title: expect.stringMatching(/Alibaba/) } } });
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('ingestPaths on worker threads', () => {
  it('stores the same articles and facts as an ingest on the main thread, in file order', async () => {
    copySamples(workspace.articles);
    writeVariants(workspace.articles, 12);
    const inline = await openFactStore({ url: 'memory://', registry });
    const pooled = await openFactStore({ url: 'memory://', registry });
    try {
      const a = await ingestPaths([workspace.articles], { store: inline, registry, workers: 0 });
      const progress: number[] = [];
      const b = await ingestPaths([workspace.articles], { store: pooled, registry, workers: 2, onProgress: (done) => progress.push(done) });
      expect(b.counts).toEqual({ new: 14, updated: 0, unchanged: 0, duplicate: 0 });
      expect(b).toEqual(a);
      expect(progress).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
      const [alibaba] = inline.resolve('BABA').companies;
      expect(alibaba?.id).toBe('alibaba-group');
      const facts = await pooled.facts('alibaba-group');
      expect(Object.keys(facts).length).toBeGreaterThan(5);
      expect(facts).toEqual(await inline.facts('alibaba-group'));
      const titles = async (store: typeof inline) => (await store.articles('alibaba-group')).map((a) => [a.file, a.title, a.published]);
      expect(await titles(pooled)).toEqual(await titles(inline));
    } finally {
      await inline.close();
      await pooled.close();
    }
  }, 60_000);
});
