import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../src/articles/parseArticle.js';
import { ingestPaths } from '../src/cli/ingestPaths.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import type { Company } from '../src/facts/company.js';
import { openFactStore } from '../src/facts/store.js';
import { articleFiles, ensureCorpus, readRegistryFile } from './corpusFiles.js';
import { corpusPaths, DEFAULT_COMPANIES, DEFAULT_SEED } from './generateCorpus.js';
import { formatReport, type Measurement, passes } from './measure/report.js';
import { peakRssMb, percentile } from './measure/stats.js';

/**
 * `npm run bench`: prints throughput, latency and memory on a generated corpus beside their targets. A benchmark,
 * not a test: it exits 0 whatever the figures unless --check is given.
 */
const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' }, lookups: { type: 'string' } } });
const articles = Number(values.articles ?? 10_000);
const dir = resolve(values.out ?? '.bench/corpus');
const lookups = Number(values.lookups ?? 20_000);

const corpus = ensureCorpus(dir, { articles, companies: DEFAULT_COMPANIES, seed: DEFAULT_SEED });
if (corpus.generated) console.log(`generated ${articles} articles in ${corpus.seconds.toFixed(1)} s`);
const registry: Company[] = readRegistryFile(dir);
const paths = articleFiles(dir);
const files = paths.map((path) => ({ path, bytes: readFileSync(path) }));
const totalBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);

function extractAll(): number {
  let facts = 0;
  for (const f of files) facts += extractArticle(parseArticle(f.path, f.bytes), registry).facts.length;
  return facts;
}

// Extraction: files already in memory, one core, after one warm-up pass (the JIT compiles the hot paths).
extractAll();
const started = performance.now();
const facts = extractAll();
const extractSeconds = (performance.now() - started) / 1000;
const rss: Array<[string, number]> = [['after extraction', process.memoryUsage().rss / 1e6]];

const storeDir = mkdtempSync(join(tmpdir(), 'stockfacts-bench-'));
const store = await openFactStore({ url: `sqlite://${join(storeDir, 'bench.sqlite')}`, registry });
let t = performance.now();
const first = await ingestPaths([corpusPaths(dir).articles], { store, registry });
const ingestSeconds = (performance.now() - t) / 1000;
rss.push(['after ingest', process.memoryUsage().rss / 1e6]);
t = performance.now();
const second = await ingestPaths([corpusPaths(dir).articles], { store, registry });
const reingestSeconds = (performance.now() - t) / 1000;

// Lookups as the bot makes them: resolve what a user typed, then read the newest price.
const queries: string[] = [];
for (let i = 0; i < lookups; i++) {
  const company = registry[(i * 7919) % registry.length] as Company;
  const ticker = company.listings[0]?.ticker ?? company.name;
  const forms = [ticker, company.name, company.name.toLowerCase(), company.name.slice(0, Math.max(4, Math.floor(company.name.length / 2)))];
  queries.push(forms[i % forms.length] as string);
}
const latencies: number[] = [];
for (const [i, query] of queries.entries()) {
  const t0 = performance.now();
  const found = store.resolve(query).companies[0];
  if (found) await store.latest(found.id, 'price');
  if (i >= 1000) latencies.push(performance.now() - t0);
}
latencies.sort((a, b) => a - b);
rss.push(['after lookups', process.memoryUsage().rss / 1e6]);
await store.close();
rmSync(storeDir, { recursive: true, force: true });

const measurements: Measurement[] = [
  { label: 'extraction (parse + extract, 1 core)', value: files.length / extractSeconds, unit: 'articles/s', goal: 'min', target: 2000 },
  { label: 'full ingest into SQLite', value: files.length / ingestSeconds, unit: 'articles/s', goal: 'min', target: 1000 },
  { label: 'unchanged re-ingest', value: files.length / reingestSeconds, unit: 'articles/s', goal: 'min', target: 20000 },
  { label: 'resolve + newest price p50', value: percentile(latencies, 50), unit: 'ms', goal: 'max', target: 0.5 },
  { label: 'resolve + newest price p99', value: percentile(latencies, 99), unit: 'ms', goal: 'max', target: 0.5 },
  { label: 'peak RSS', value: peakRssMb(), unit: 'MB', goal: 'max', target: 300 },
];
console.log(`${files.length} articles (${(totalBytes / 1e6).toFixed(1)} MB), ${registry.length} companies, ${facts} facts; extraction ${(totalBytes / 1e6 / extractSeconds).toFixed(2)} MB/s; ingest: ${JSON.stringify(first.counts)}, re-ingest: ${JSON.stringify(second.counts)}`);
console.log(`resident memory: ${rss.map(([at, mb]) => `${at} ${mb.toFixed(0)} MB`).join(', ')}`);
console.log(formatReport(measurements));
if (values.check && !measurements.every(passes)) process.exitCode = 1;
