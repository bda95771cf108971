import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFactStore } from '../../src/facts/store.js';
import { copySamples, tempWorkspace, writeVariants } from './ingestFixtures.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function runIngest(args: string[], env: Record<string, string> = {}): { proc: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, STORE_URL: '', DISCORD_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { proc, done: new Promise((resolve) => proc.on('exit', (code) => resolve({ code, stdout, stderr }))) };
}

let workspace: ReturnType<typeof tempWorkspace>;
afterEach(() => workspace.cleanup());

/**
 * Waits until a reader sees at least `count` articles committed. The reader opens only once the writer has put
 * the file in WAL mode (its `-wal` file exists), so the two never race to set up a blank file; and it gives up
 * with the writer's output if the writer exits first, rather than polling until the test times out.
 */
async function untilStored(storeUrl: string, count: number, run: ReturnType<typeof runIngest>): Promise<void> {
  let exited: { code: number | null; stderr: string } | undefined;
  void run.done.then((result) => (exited = result));
  const pause = (): Promise<void> => {
    if (exited) throw new Error(`ingest exited (${exited.code}) before ${count} articles were stored: ${exited.stderr}`);
    return new Promise((resolve) => setTimeout(resolve, 10));
  };
  while (!existsSync(`${storeUrl.replace('sqlite://', '')}-wal`)) await pause();
  const reader = await openFactStore({ url: storeUrl });
  try {
    while ((await reader.health()).articles < count) await pause();
  } finally {
    await reader.close();
  }
}

async function expectConsistent(storeUrl: string, files: string[]): Promise<number> {
  const store = await openFactStore({ url: storeUrl });
  expect(await store.check()).toEqual([]);
  const stored = new Set((await store.articles(undefined, 1_000_000)).map((article) => article.id));
  const records = await store.fileRecords(files);
  for (const record of records) if (record) expect(stored.has(record.articleId)).toBe(true);
  await store.close();
  return records.filter(Boolean).length;
}

describe('npm run ingest', () => {
  it('ingests the good files, prints one line per bad one and exits 1', async () => {
    workspace = tempWorkspace();
    copySamples(workspace.articles);
    writeFileSync(join(workspace.articles, 'empty.txt'), '');
    const { done } = runIngest([workspace.articles, join(workspace.dir, 'missing'), '--store', workspace.storeUrl]);
    const { code, stdout, stderr } = await done;
    expect(code).toBe(1);
    expect(stdout).toMatch(/^3 article files: 2 new, 0 updated, 0 unchanged, 0 duplicate, 2 failed\.$/m);
    expect(stdout).toMatch(/^FAILED .*missing: no such file or directory$/m);
    expect(stdout).toMatch(/^FAILED .*empty\.txt: .+$/m);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);

  it('takes the store from STORE_URL and exits 0 when every file is ingested', async () => {
    workspace = tempWorkspace();
    copySamples(workspace.articles);
    const { code, stdout } = await runIngest([workspace.articles], { STORE_URL: workspace.storeUrl }).done;
    expect({ code, stdout }).toMatchObject({ code: 0, stdout: expect.stringContaining('2 new') });
    expect(existsSync(workspace.storeUrl.replace('sqlite://', ''))).toBe(true);
  }, 30_000);

  it('reports the figures it left out for doubt, per reason', async () => {
    workspace = tempWorkspace();
    writeFileSync(join(workspace.articles, 'doubts.txt'), [
      'Alibaba slips into oversold territory',
      'January 14, 2026',
      'Alibaba shares fell 2% to $150.20, with an RSI reading of 28.5.',
      'The S&P 500 ETF, for comparison, shows an RSI reading of 41.2.',
      'Local brokerages put the target price at around $180.',
    ].join('\n'));
    const { code, stdout } = await runIngest([workspace.articles, '--store', workspace.storeUrl]).done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Facts stored: price 1, change_pct_1d 1, rsi_14 1\.$/m);
    expect(stdout).toMatch(/^Left out for doubt: another subject 1, unattributed rough target 1\.$/m);
  }, 30_000);

  it('refuses an unknown option in one line with exit code 2', async () => {
    workspace = tempWorkspace();
    const { code, stdout, stderr } = await runIngest(['--purge']).done;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^ingest: Unknown option '--purge'/);
  }, 30_000);

  it('leaves every article whole or absent when killed in the middle of an ingest', async () => {
    workspace = tempWorkspace();
    const files = writeVariants(workspace.articles, 3000);
    const run = runIngest([workspace.articles, '--store', workspace.storeUrl]);
    const { proc, done } = run;
    await untilStored(workspace.storeUrl, 500, run);
    await new Promise((resolve) => setTimeout(resolve, 100));
    proc.kill('SIGKILL');
    expect((await done).code).toBeNull();
    const stored = await expectConsistent(workspace.storeUrl, files);
    expect(stored).toBeLessThan(files.length);
    const rerun = await runIngest([workspace.articles, '--store', workspace.storeUrl]).done;
    expect(rerun.code).toBe(0);
    expect(await expectConsistent(workspace.storeUrl, files)).toBe(files.length);
  }, 60_000);

  it('leaves a consistent store with every file when two ingests run at once', async () => {
    workspace = tempWorkspace();
    const files = writeVariants(workspace.articles, 600);
    const runs = [runIngest([workspace.articles, '--store', workspace.storeUrl]), runIngest([workspace.articles, '--store', workspace.storeUrl])];
    const results = await Promise.all(runs.map((run) => run.done));
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    expect(await expectConsistent(workspace.storeUrl, files)).toBe(files.length);
  }, 60_000);
});
