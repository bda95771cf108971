import { config as loadDotenv } from 'dotenv';
import { ingestPaths } from './cli/ingestPaths.js';
import { runLocalConsole } from './cli/localConsole.js';
import { ConfigError, loadConfig } from './config.js';
import { readRegistry } from './facts/readRegistry.js';
import { openFactStore } from './facts/store.js';

/**
 * Composition root. Without a Discord token the bot runs locally: it ingests the shipped articles into the
 * embedded store, then answers questions typed (or piped) on standard input.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  const registry = await readRegistry();
  const store = await openFactStore({ url: config.STORE_URL, registry });
  const stop = (): void => {
    void store.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const report = await ingestPaths([config.ARTICLES_DIR], { store, registry, prune: false });
    const counts = Object.entries(report.counts).map(([status, n]) => `${n} ${status}`).concat(`${report.failed.length} failed`).join(', ');
    process.stderr.write(`Articles in ${config.ARTICLES_DIR}: ${counts}\n`);
    if (config.DISCORD_TOKEN) process.stderr.write('A Discord token is set, but this build answers on the local console only.\n');
    await runLocalConsole(store, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) }, {
      now: () => new Date(),
      staleAfterDays: config.STALE_AFTER_DAYS,
    });
    return 0;
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`stockfacts: ${message}\n`);
  process.exitCode = 1;
}
