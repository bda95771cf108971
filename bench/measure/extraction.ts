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
/**
 * All files as views into one buffer: 10,000 separate small buffers cost about twice their bytes in RSS, which
 * would be the harness's memory, not the product's.
 */
function readIntoOneBuffer(paths: readonly string[]): Array<{ path: string; bytes: Buffer }> {
  const parts = paths.map((path) => readFileSync(path));
  const whole = Buffer.concat(parts);
  let offset = 0;
  return parts.map((part, i) => {
    const bytes = whole.subarray(offset, offset + part.length);
    offset += part.length;
    return { path: paths[i] as string, bytes };
  });
}

export function measureExtraction(paths: readonly string[], registry: readonly Company[]): ExtractionFigures {
  const files = readIntoOneBuffer(paths);
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
