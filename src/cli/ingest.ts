import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../config.js';
import { readRegistry } from '../facts/readRegistry.js';
import { openFactStore } from '../facts/store.js';
import { INGEST_USAGE, parseIngestArgs } from './ingestArgs.js';
import { ingestPaths } from './ingestPaths.js';
import { formatIngestReport } from './ingestReport.js';
import { createProgress } from './progressBar.js';

/** Exit codes: 0 all files ingested, 1 some files failed (the rest are stored), 2 nothing could be done. */
async function runIngest(argv: readonly string[]): Promise<number> {
  const args = parseIngestArgs(argv);
  if (args.help) {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return 0;
  }
  const config = loadConfig(process.env);
  const registry = await readRegistry();
  const store = await openFactStore({ url: args.store ?? config.STORE_URL, registry });
  const progress = createProgress(process.stderr);
  try {
    const paths = args.paths.length > 0 ? args.paths : [config.ARTICLES_DIR];
    const report = await ingestPaths(paths, { store, registry, prune: args.prune, onProgress: progress.update });
    progress.stop();
    process.stdout.write(`${formatIngestReport(report, process.cwd()).join('\n')}\n`);
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    progress.stop();
    await store.close();
  }
}

loadDotenv({ quiet: true });
try {
  process.exitCode = await runIngest(process.argv.slice(2));
} catch (error) {
  // A bad option, a bad setting, an unopenable store: one line, no stack (DEBUG=1 shows it).
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ingest: ${message}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  process.exitCode = 2;
}
