import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function extract(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run extract', () => {
  it('prints the corpus JSON format for the sample articles without touching the store', () => {
    const { status, stdout } = extract('--json', 'data/articles/seed_002.txt');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as { articles: Array<{ file: string; published: string; companies: Array<{ name: string; tickers: string[] }>; facts: Array<Record<string, unknown>> }> };
    const [article] = doc.articles;
    expect(article?.file).toBe('data/articles/seed_002.txt');
    expect(article?.published).toBe('2026-01-03T13:41:04');
    expect(article?.companies[0]).toMatchObject({ name: 'Alibaba Group', tickers: expect.arrayContaining(['BABA']) });
    expect(article?.facts).toContainEqual(expect.objectContaining({ kind: 'price', value: 155.74, currency: 'USD', asOf: '2026-01-03', company: 'Alibaba Group' }));
    expect(article?.facts).toContainEqual(expect.objectContaining({ kind: 'price_target', value: 230, firm: 'Jefferies' }));
  }, 70_000);

  it('lists a file it cannot read with its reason and exits non-zero, still extracting the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stockfacts-extract-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { status, stdout, stderr } = extract('--json', join(dir, 'empty.txt'), join(dir, 'missing.txt'), 'data/articles/seed_000.txt');
    expect(status).toBe(1);
    const doc = JSON.parse(stdout) as { articles: Array<{ error?: string; facts: unknown[] }> };
    expect(doc.articles.map((a) => a.error ?? 'ok')).toEqual(['empty file', expect.stringMatching(/cannot be read/), 'ok']);
    expect(doc.articles[2]?.facts.length).toBeGreaterThan(5);
    expect(stderr).toMatch(/empty\.txt: empty file/);
  }, 70_000);
});
