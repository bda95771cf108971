import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHARED_ARTICLES = '/work/shared/corpus/articles';
const seed = (): string => readFileSync(join(SHARED_ARTICLES, 'seed_000.txt'), 'utf8');

/** A temporary workspace: an articles directory and a store file beside it. */
export function tempWorkspace(): { dir: string; articles: string; storeUrl: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stockfacts-ingest-'));
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  return { dir, articles, storeUrl: `sqlite://${join(dir, 'store.sqlite')}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the two shared sample articles into `dir`. */
export function copySamples(dir: string): string[] {
  return ['seed_000.txt', 'seed_002.txt'].map((name) => {
    copyFileSync(join(SHARED_ARTICLES, name), join(dir, name));
    return join(dir, name);
  });
}

/**
 * `count` distinct articles in the sample's template (other prices, dates and a reference line), so a run has
 * many articles with facts without depending on which facts the extractor finds.
 */
export function writeVariants(dir: string, count: number, prefix = 'variant'): string[] {
  const text = seed();
  return Array.from({ length: count }, (_, n) => {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const body = text
      .replace('14.01.2026', `${day}.01.2026`)
      .replace('€148.20', `€${100 + (n % 90)}.${String(n % 100).padStart(2, '0')}`)
      .concat(`\nReference ${prefix}-${n}\n`);
    const file = join(dir, `${prefix}_${String(n).padStart(5, '0')}.txt`);
    writeFileSync(file, body);
    return file;
  });
}
