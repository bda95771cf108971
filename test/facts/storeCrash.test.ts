import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import { tempSqlite } from './storeFixtures.js';

const child = fileURLToPath(new URL('./ingestManyChild.ts', import.meta.url));

function startIngest(url: string, label: string, files: number, batchSize: number, rounds: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', child, url, label, String(files), String(batchSize), String(rounds)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the child's exit code, and its stderr for the failure message. */
function finished(proc: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, stderr })));
}

function committedAtLeast(proc: ChildProcess, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    proc.stdout?.on('data', (chunk: Buffer) => {
      const last = [...chunk.toString().matchAll(/committed (\d+)/g)].pop();
      if (last && Number(last[1]) >= count) resolve();
    });
    proc.on('exit', () => reject(new Error('the ingest ended before it could be killed')));
  });
}

/** Every stored file points at an article that is fully present, and the records agree with each other. */
async function expectConsistent(store: FactStore, files: string[]): Promise<number> {
  expect(await store.check()).toEqual([]);
  const stored = new Set((await store.articles(undefined, 1_000_000)).map((article) => article.id));
  const records = await store.fileRecords(files);
  for (const record of records) if (record) expect(stored.has(record.articleId)).toBe(true);
  return records.filter(Boolean).length;
}

const targets: Array<{ cleanup: () => void }> = [];
afterAll(() => targets.forEach((target) => target.cleanup()));

describe('FactStore under crashes and concurrent writers', () => {
  it('keeps every article whole or absent when the writer is killed mid-ingest', async () => {
    const target = tempSqlite();
    targets.push(target);
    const files = Array.from({ length: 400 }, (_, n) => `/articles/crash/${n}.txt`);
    for (const round of [1, 2]) {
      const proc = startIngest(target.url, 'crash', 400, 40, 50);
      const exited = finished(proc);
      await committedAtLeast(proc, 120 * round);
      proc.kill('SIGKILL');
      expect((await exited).code).toBeNull();
      const store = await openFactStore({ url: target.url });
      expect(await expectConsistent(store, files)).toBeGreaterThan(0);
      await store.close();
    }
  }, 60_000);

  it('leaves a consistent store with both runs complete when two processes ingest at once', async () => {
    const target = tempSqlite();
    targets.push(target);
    const runs = ['left', 'right'].map((label) => finished(startIngest(target.url, label, 150, 15, 2)));
    for (const run of await Promise.all(runs)) expect(run).toEqual({ code: 0, stderr: '' });
    const store = await openFactStore({ url: target.url });
    const files = ['left', 'right'].flatMap((label) => Array.from({ length: 150 }, (_, n) => `/articles/${label}/${n}.txt`));
    expect(await expectConsistent(store, files)).toBe(300);
    expect((await store.health()).articles).toBe(300);
    await store.close();
  }, 60_000);
});
