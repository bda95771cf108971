import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv } from './childProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'stockfacts-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a shell line the way a person would type it, without a Discord token. */
async function shell(line: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = childEnv({ STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, ARTICLES_DIR: 'data/articles' });
  try {
    const { stdout, stderr } = await promisify(execFile)('sh', ['-c', line], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the local console (no DISCORD_TOKEN)', () => {
  it('answers `echo "/quote BABA" | npm start` and exits 0', async () => {
    const run = await shell('echo "/quote BABA" | npm start');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Alibaba Group/);
    expect(run.stdout).toMatch(/€148\.20 · as of 14 Jan 2026/);
    expect(run.stdout).toMatch(/\$155\.74 · as of 3 Jan 2026/);
    expect(run.stdout).not.toContain('stockfacts>');
  }, 60_000);

  it('answers several piped lines in order, explaining a line it cannot run, and still exits 0', async () => {
    const run = await shell('printf "/rsi ticker:BABA\\n/quote\\n/targets alibaba\\n" | npm start --silent');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/29\.4 — oversold[^]*ticker: required\. Usage: \/quote ticker:<string>[^]*Jefferies: \$230\.00/);
  }, 60_000);

  it('names every configuration problem in one line set and exits 1', async () => {
    const run = await shell('echo "/quote BABA" | LOG_LEVEL=loud STALE_AFTER_DAYS=-1 npm start --silent');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^stockfacts: Invalid configuration:\n- LOG_LEVEL: [^\n]+\n- STALE_AFTER_DAYS: [^\n]+\n$/);
  }, 60_000);
});
