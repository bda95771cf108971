import { parseArgs } from 'node:util';

export const INGEST_USAGE = `Usage: npm run ingest -- [paths...] [--prune] [--store URL]
  paths        article files or directories (.txt .md .markdown .html .htm); default: ARTICLES_DIR or data/articles
  --prune      also forget stored articles whose files are gone from under the given paths
  --store URL  the fact store (sqlite://path, memory://, redis://...); default: STORE_URL or the SQLite file`;

export interface IngestArgs {
  paths: string[];
  prune: boolean;
  store: string | undefined;
  help: boolean;
}

/** The ingest command line; throws one-line errors for unknown options or missing values. */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      prune: { type: 'boolean', default: false },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { paths: positionals, prune: values.prune, store: values.store, help: values.help };
}
