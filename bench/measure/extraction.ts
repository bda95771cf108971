import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import type { Company } from '../../src/facts/company.js';

export interface ExtractionFigures {
  articles: number;
  bytes: number;
  facts: number;
  /** The median of the timed passes. */
  seconds: number;
  /** Every timed pass, in order: their spread shows how steady the machine was. */
  passes: number[];
}

/** Timed passes after the warm-up: one pass moves by ±15% on a shared machine, the median of three far less. */
const TIMED_PASSES = 3;

/**
 * All files as views into one buffer: 10,000 separate small buffers cost about twice their bytes in RSS, which
 * would be the harness's memory, not the product's.
 */
function readIntoOneBuffer(paths: readonly string[]): Array<{ path: string; bytes: Buffer }> {
  // Sized first and read in place: reading each file and concatenating would hold every byte twice for a moment.
  const sizes = paths.map((path) => statSync(path).size);
  const whole = Buffer.allocUnsafe(sizes.reduce((sum, n) => sum + n, 0));
  let offset = 0;
  return paths.map((path, i) => {
    const size = sizes[i] ?? 0;
    const fd = openSync(path, 'r');
    try {
      let read = 0;
      while (read < size) {
        const n = readSync(fd, whole, offset + read, size - read, read);
        if (n === 0) throw new Error(`${path} shrank while being read`);
        read += n;
      }
    } finally {
      closeSync(fd);
    }
    const bytes = whole.subarray(offset, offset + size);
    offset += size;
    return { path, bytes };
  });
}

/**
 * Parse + extract over files read into memory first, so the timed loop does no I/O. One warm-up pass lets the JIT
 * compile the hot paths; then TIMED_PASSES passes are timed and their median reported.
 */
export function measureExtraction(paths: readonly string[], registry: readonly Company[]): ExtractionFigures {
  const files = readIntoOneBuffer(paths);
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const extractAll = (): number => {
    let facts = 0;
    for (const f of files) facts += extractArticle(parseArticle(f.path, f.bytes), registry).facts.length;
    return facts;
  };
  const facts = extractAll();
  const passes: number[] = [];
  for (let i = 0; i < TIMED_PASSES; i++) {
    const started = performance.now();
    if (extractAll() !== facts) throw new Error('extraction gave different facts on a second pass: it must be deterministic');
    passes.push((performance.now() - started) / 1000);
  }
  const seconds = [...passes].sort((a, b) => a - b)[Math.floor(TIMED_PASSES / 2)] ?? 0;
  return { articles: files.length, bytes, facts, seconds, passes };
}
