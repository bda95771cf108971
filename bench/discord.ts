import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPaths } from '../src/cli/ingestPaths.js';
import { openFactStore } from '../src/facts/store.js';
import { readRegistry } from '../src/facts/readRegistry.js';
import { discordEnv, startScript } from '../test/e2e/childProcess.js';
import { startBotSession, waitForAnswer } from '../test/e2e/botSession.js';
import { startDiscordDouble } from '../test/e2e/discordDouble/startDiscordDouble.js';
import type { DiscordDouble, InteractionSpec } from '../test/e2e/discordDouble/types.js';
import { ensureCorpus } from './corpusFiles.js';
import { corpusPaths, DEFAULT_ARTICLES, DEFAULT_COMPANIES, DEFAULT_CORPUS_DIR, DEFAULT_SEED } from './generateCorpus.js';
import { percentile } from './measure/stats.js';

/**
 * `npm run bench:discord [-- --count N --warmup N]`: the real bot (src/index.ts, a child process) against the Discord
 * double, over a store built from the generated corpus (10,000 companies), beside the bare discord.js bot that only
 * answers "pong". Per kind of interaction: time from INTERACTION_CREATE sent to the acknowledgement, and to the answer.
 * A benchmark, not a test: it prints figures and exits 0.
 */
const { values } = parseArgs({ options: { count: { type: 'string' }, warmup: { type: 'string' } } });
const count = Number(values.count ?? 1_000);
const warmup = Number(values.warmup ?? 20);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error('bench:discord: --count and --warmup take whole numbers');
  process.exit(2);
}

const BENCH_DIR = resolve('.bench/discord');
/** The p99 the issue asks for: within 1.5 times the bare bot's. */
const TARGET_RATIO = 1.5;

interface Timing { ack: number; answer: number }

/** Builds (or brings up to date: unchanged files are skipped) a store from the generated corpus; returns its URL and size. */
async function benchStore(): Promise<{ url: string; companies: number; articles: number }> {
  const corpusDir = resolve(DEFAULT_CORPUS_DIR);
  const corpus = ensureCorpus(corpusDir, { articles: DEFAULT_ARTICLES, companies: DEFAULT_COMPANIES, seed: DEFAULT_SEED });
  if (corpus.generated) console.log(`generated the corpus in ${corpus.seconds.toFixed(0)} s`);
  mkdirSync(BENCH_DIR, { recursive: true });
  const url = `sqlite://${BENCH_DIR}/store.sqlite`;
  const registry = await readRegistry(corpusPaths(corpusDir).registry);
  const store = await openFactStore({ url, registry });
  try {
    const started = performance.now();
    await ingestPaths([corpusPaths(corpusDir).articles], { store, registry });
    console.log(`store ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const health = await store.health();
    return { url, companies: health.knownCompanies, articles: health.articles };
  } finally {
    await store.close();
  }
}

/** One interaction at a time, each from a different user (so the per-user limit never applies). */
async function measure(double: DiscordDouble, spec: (i: number) => InteractionSpec, n: number): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = double.dispatchInteraction({ ...spec(i), userId: String(300_000_000_000_000_000n + BigInt(i)) } as InteractionSpec);
    const { callback, answer } = await waitForAnswer(double, id, 30_000);
    timings.push({ ack: callback.msSinceDispatch ?? Number.NaN, answer: answer.msSinceDispatch ?? Number.NaN });
  }
  return timings;
}

async function measureKind(double: DiscordDouble, spec: (i: number) => InteractionSpec): Promise<Timing[]> {
  await measure(double, spec, warmup);
  return measure(double, spec, count);
}

const p = (timings: readonly Timing[], key: keyof Timing, at: number): number => percentile(timings.map((t) => t[key]).sort((a, b) => a - b), at);

function row(label: string, timings: readonly Timing[], bareP99?: number): string {
  const cells = [p(timings, 'ack', 50), p(timings, 'ack', 99), p(timings, 'answer', 50), p(timings, 'answer', 99)].map((ms) => ms.toFixed(1).padStart(8));
  const ratio = bareP99 ? p(timings, 'answer', 99) / bareP99 : undefined;
  const verdict = ratio === undefined ? '' : `  ${ratio.toFixed(2)}x bare p99 ${ratio <= TARGET_RATIO ? '(within 1.5x)' : '(OVER 1.5x)'}`;
  return `${label.padEnd(26)}${String(timings.length).padStart(6)}${cells.join('')}${verdict}`;
}

async function measureBareBot(): Promise<Timing[]> {
  const double = await startDiscordDouble();
  const bot = startScript('test/e2e/bareBot.ts', [], discordEnv(double));
  try {
    await double.waitForReady(60_000);
    return await measureKind(double, () => ({ name: 'ping' }));
  } finally {
    bot.kill('SIGTERM');
    await new Promise((done) => bot.once('exit', done));
    await double.close();
  }
}

async function measureOurBot(storeUrl: string): Promise<Array<[string, Timing[]]>> {
  const session = await startBotSession({ STORE_URL: storeUrl, RATE_LIMIT_COMMANDS: '1000' });
  try {
    return [
      ['/quote BABA', await measureKind(session.double, () => ({ name: 'quote', options: { ticker: 'BABA' } }))],
      ['/targets BABA', await measureKind(session.double, () => ({ name: 'targets', options: { ticker: 'BABA' } }))],
      ['autocomplete (quote)', await measureKind(session.double, (i) => ({ type: 4, name: 'quote', options: { ticker: ['a', 'al', 'ali', 'alib', 'nv', 'micro'][i % 6] ?? 'a' }, focused: 'ticker' }))],
    ];
  } finally {
    await session.close();
  }
}

const store = await benchStore();
const bare = await measureBareBot();
const ours = await measureOurBot(store.url);
const bareP99 = p(bare, 'answer', 99);
console.log(`\nDiscord latency: ${count} timed interactions per kind after ${warmup} warm-up, one at a time; store: ${store.articles} articles, ${store.companies} companies`);
console.log(`${'interaction'.padEnd(26)}${'n'.padStart(6)}${'ack p50'.padStart(8)}${'ack p99'.padStart(8)}${'ans p50'.padStart(8)}${'ans p99'.padStart(8)}   (ms from INTERACTION_CREATE sent)`);
console.log(row('bare bot "pong"', bare));
for (const [label, timings] of ours) console.log(row(label, timings, bareP99));
