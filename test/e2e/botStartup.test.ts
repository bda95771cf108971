import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordEnv, runScript } from './childProcess.js';
import { startDiscordDouble } from './discordDouble/startDiscordDouble.js';
import type { DiscordDouble } from './discordDouble/types.js';

describe('starting the bot with a token Discord refuses', () => {
  let double: DiscordDouble;
  const dir = mkdtempSync(join(tmpdir(), 'stockfacts-startup-'));
  beforeAll(async () => {
    double = await startDiscordDouble();
  });
  afterAll(async () => {
    await double?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 with one line saying so, never printing the token', async () => {
    const token = 'MTAwMDAwMDAwMDAwMDAwMDAx.refused.token-that-must-not-print';
    const run = await runScript('src/index.ts', [], { ...discordEnv(double), DISCORD_TOKEN: token, STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, LOG_LEVEL: 'warn' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^stockfacts: An invalid token was provided\.\n$/m);
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(double.captured.at(-1)).toMatchObject({ route: '/gateway/bot', status: 401 });
  }, 60_000);
});
