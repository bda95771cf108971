import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Company } from '../src/facts/company.js';
import type { GoldArticle } from './corpus/draft.js';
import { corpusPaths, GENERATOR_VERSION, readManifest, writeCorpus, type CorpusOptions } from './generateCorpus.js';

/** One article file read into memory. */
export interface CorpusFile {
  /** Absolute (or as-given) path, as an ingest would see it. */
  path: string;
  file: string;
  text: string;
}

/** Generates the corpus into `dir` unless one from this generator with the same options is already there. */
export function ensureCorpus(dir: string, options: CorpusOptions): { generated: boolean; seconds: number } {
  const m = readManifest(dir);
  if (m && m.generator === GENERATOR_VERSION && m.articles === options.articles && m.companies === options.companies && m.seed === options.seed) {
    return { generated: false, seconds: 0 };
  }
  const started = performance.now();
  writeCorpus(dir, options);
  return { generated: true, seconds: (performance.now() - started) / 1000 };
}

export function articleFiles(dir: string): string[] {
  const { articles } = corpusPaths(dir);
  return readdirSync(articles).sort().map((f) => join(articles, f));
}

export function readArticles(paths: readonly string[]): CorpusFile[] {
  return paths.map((path) => ({ path, file: path.slice(path.lastIndexOf('/') + 1), text: readFileSync(path, 'utf8') }));
}

export function readRegistryFile(dir: string): Company[] {
  return JSON.parse(readFileSync(corpusPaths(dir).registry, 'utf8')) as Company[];
}

export function readGold(dir: string, file: string): GoldArticle {
  return JSON.parse(readFileSync(join(corpusPaths(dir).gold, file.replace(/\.\w+$/, '.json')), 'utf8')) as GoldArticle;
}
