import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openFactStore } from '../src/facts/store.js';
import { readRegistry } from '../src/facts/readRegistry.js';
import { articleFiles, ensureCorpus } from './corpusFiles.js';
import { corpusPaths, DEFAULT_ARTICLES, DEFAULT_COMPANIES, DEFAULT_CORPUS_DIR, DEFAULT_SEED } from './generateCorpus.js';
import { measureExtraction } from './measure/extraction.js';
import { measureIngest } from './measure/ingest.js';
import { lookupQueries, measureLookups } from './measure/lookups.js';
import { formatReport, passes, show, type Measurement } from './measure/report.js';
import { peakRssMb, percentile } from './measure/stats.js';

/**
 * `npm run bench [-- --articles N --out DIR --lookups N --check]`: throughput, latency and memory on a generated
 * corpus, printed beside their targets. A benchmark, not a test: exits 0 whatever the figures unless --check.
 */
const { values } = parseArgs({
  options: { articles: { type: 'string' }, out: { type: 'string' }, lookups: { type: 'string' }, check: { type: 'boolean' } },
});
const articles = Number(values.articles ?? DEFAULT_ARTICLES);
const lookups = Number(values.lookups ?? 20_000);
const dir = resolve(values.out ?? DEFAULT_CORPUS_DIR);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(lookups) || lookups < 1) {
  console.error('bench: --articles and --lookups take positive whole numbers');
  process.exit(2);
}

const corpus = ensureCorpus(dir, { articles, companies: DEFAULT_COMPANIES, seed: DEFAULT_SEED });
if (corpus.generated) console.log(`generated ${articles} articles into ${dir} in ${corpus.seconds.toFixed(1)} s`);
const registry = await readRegistry(corpusPaths(dir).registry);
const rss: string[] = [];
const noteRss = (at: string): void => void rss.push(`${at} ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

const extraction = measureExtraction(articleFiles(dir), registry);
noteRss('after extraction');

const storeDir = mkdtempSync(join(tmpdir(), 'stockfacts-bench-'));
const store = await openFactStore({ url: `sqlite://${join(storeDir, 'bench.sqlite')}`, registry });
let latencies: number[];
let first, second;
try {
  first = await measureIngest(corpusPaths(dir).articles, store, registry);
  noteRss('after ingest');
  second = await measureIngest(corpusPaths(dir).articles, store, registry);
  latencies = await measureLookups(store, lookupQueries(registry, lookups + 1_000, DEFAULT_SEED), 1_000);
  noteRss('after lookups');
} finally {
  await store.close();
  rmSync(storeDir, { recursive: true, force: true });
}

const n = extraction.articles;
const measurements: Measurement[] = [
  { label: 'extraction (parse + extract, 1 core)', value: n / extraction.seconds, unit: 'articles/s', goal: 'min', target: 2_000 },
  { label: 'full ingest into fresh SQLite', value: first.report.files / first.seconds, unit: 'articles/s', goal: 'min', target: 1_000 },
  { label: 'unchanged re-ingest', value: second.report.files / second.seconds, unit: 'articles/s', goal: 'min', target: 20_000 },
  { label: 'resolve + newest price p50', value: percentile(latencies, 50), unit: 'ms', goal: 'max', target: 0.5 },
  { label: 'resolve + newest price p99', value: percentile(latencies, 99), unit: 'ms', goal: 'max', target: 0.5 },
  { label: 'peak RSS (whole run)', value: peakRssMb(), unit: 'MB', goal: 'max', target: 300 },
];
console.log(`${n} articles (${(extraction.bytes / 1e6).toFixed(1)} MB), ${registry.length} companies, ${extraction.facts} facts extracted`);
console.log(`extraction passes ${extraction.passes.map((s) => show(n / s)).join(', ')} articles/s (median reported), ${(extraction.bytes / 1e6 / extraction.seconds).toFixed(2)} MB/s; ingest ${JSON.stringify(first.report.counts)}, ${first.report.failed.length} failed; re-ingest ${JSON.stringify(second.report.counts)}; ${latencies.length} lookups`);
console.log(`resident memory: ${rss.join(', ')}; node flags: ${process.execArgv.filter((a) => /^--(?:heap|max|semi|optimize)/.test(a)).join(' ') || 'none'}`);
console.log(formatReport(measurements));
if (values.check && !measurements.every(passes)) process.exitCode = 1;
