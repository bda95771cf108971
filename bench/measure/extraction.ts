import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import type { Company } from '../../src/facts/company.js';

export interface ExtractionFigures {
  articles: number;
  bytes: number;
  facts: number;
  seconds: number;
}

/**
 * Parse + extract over files read into memory first, so the timed loop does no I/O. One warm-up pass lets the JIT
 * compile the hot paths; the second pass is the one timed.
 */
export function measureExtraction(paths: readonly string[], registry: readonly Company[]): ExtractionFigures {
  const files = paths.map((path) => ({ path, bytes: readFileSync(path) }));
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const extractAll = (): number => {
    let facts = 0;
    for (const f of files) facts += extractArticle(parseArticle(f.path, f.bytes), registry).facts.length;
    return facts;
  };
  extractAll();
  const started = performance.now();
  const facts = extractAll();
  return { articles: files.length, bytes, facts, seconds: (performance.now() - started) / 1000 };
}
