import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Company } from '../src/facts/company.js';
import { generateCompanies } from './corpus/companies.js';
import { generateArticle, type GeneratedArticle } from './corpus/generateArticle.js';

export const DEFAULT_ARTICLES = 10_000;
export const DEFAULT_COMPANIES = 10_000;
export const DEFAULT_SEED = 20_260_114;
export const DEFAULT_CORPUS_DIR = '.bench/corpus';
/** Bumped whenever the generator's output changes, so a corpus written by an older one is regenerated. */
export const GENERATOR_VERSION = 3;

export interface CorpusOptions {
  articles: number;
  companies: number;
  seed: number;
}

/** What `writeCorpus` leaves beside the articles, so a later run can tell whether the corpus is the one it wants. */
export interface CorpusManifest extends CorpusOptions {
  generator: number;
}

/** The registry for `options` in the shape of `Company[]`. */
export function generateRegistry(options: Pick<CorpusOptions, 'companies' | 'seed'>): Company[] {
  return generateCompanies(options.companies, options.seed).map((c) => c.company);
}

/** Articles 0..articles-1 with their gold files, one at a time; the same options always give the same bytes. */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  const companies = generateCompanies(options.companies, options.seed);
  for (let i = 0; i < options.articles; i++) yield generateArticle(i, options.seed, companies);
}

export const corpusPaths = (dir: string) => ({
  articles: join(dir, 'articles'),
  gold: join(dir, 'gold'),
  registry: join(dir, 'registry.json'),
  manifest: join(dir, 'manifest.json'),
});

export function readManifest(dir: string): CorpusManifest | null {
  const { manifest } = corpusPaths(dir);
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as CorpusManifest) : null;
}

/**
 * Writes `dir/articles/*`, `dir/gold/*.json` (the layout of the shared corpus, so its score.mjs can read it),
 * `dir/registry.json` and `dir/manifest.json`. Refuses a non-empty directory it did not write itself.
 */
export function writeCorpus(dir: string, options: CorpusOptions): { articles: number; bytes: number } {
  const paths = corpusPaths(dir);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(paths.manifest)) {
    throw new Error(`${dir} is not empty and holds no generated corpus; choose another --out`);
  }
  rmSync(paths.articles, { recursive: true, force: true });
  rmSync(paths.gold, { recursive: true, force: true });
  rmSync(paths.manifest, { force: true });
  mkdirSync(paths.articles, { recursive: true });
  mkdirSync(paths.gold, { recursive: true });
  writeFileSync(paths.registry, `${JSON.stringify(generateRegistry(options))}\n`);
  let articles = 0;
  let bytes = 0;
  for (const article of generateCorpus(options)) {
    writeFileSync(join(paths.articles, article.file), article.text);
    writeFileSync(join(paths.gold, article.file.replace(/\.\w+$/, '.json')), `${JSON.stringify(article.gold, null, 2)}\n`);
    articles++;
    bytes += Buffer.byteLength(article.text);
  }
  const manifest: CorpusManifest = { ...options, generator: GENERATOR_VERSION };
  writeFileSync(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  return { articles, bytes };
}

function main(): void {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, companies: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const options: CorpusOptions = {
    articles: Number(values.articles ?? DEFAULT_ARTICLES),
    companies: Number(values.companies ?? DEFAULT_COMPANIES),
    seed: Number(values.seed ?? DEFAULT_SEED),
  };
  if (![options.articles, options.companies, options.seed].every(Number.isInteger) || options.companies < 2) {
    throw new Error('--articles, --companies and --seed take whole numbers (at least two companies)');
  }
  const dir = resolve(values.out ?? DEFAULT_CORPUS_DIR);
  const started = performance.now();
  const { articles, bytes } = writeCorpus(dir, options);
  const seconds = (performance.now() - started) / 1000;
  console.log(`wrote ${articles} articles (${(bytes / 1e6).toFixed(1)} MB) and ${options.companies} companies to ${dir} in ${seconds.toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`generateCorpus: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
