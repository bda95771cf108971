import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../src/articles/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { factSchema } from '../../src/facts/fact.js';
import { REGISTRY } from './helpers.js';

/** A small deterministic generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

const PIECES = ['Alibaba', 'BABA', '(NYSE:BABA)', 'shares', 'rose', 'fell', '3.2%', '$155.74', '€148.20', 'HK$', 'Rs', 'crore',
  'target', 'Jefferies', '"Buy"', 'rating', '52-week high', 'RSI', '200-day', 'of', 'to', 'from', 'at', ',', '.', ';', '(', ')',
  '@everyone', '<@123>', '**', 'مرحبا', '😀', '\u0000', '\u200b', '\t', '\n', '1,2,3,4', '999999999999999999999', '-', '—'];

describe('the extractor throws nothing but ArticleError and only emits valid facts', () => {
  it('survives 500 random articles built from finance words, symbols and junk', () => {
    const next = random(42);
    for (let i = 0; i < 500; i++) {
      const words = Array.from({ length: 5 + Math.floor(next() * 200) }, () => PIECES[Math.floor(next() * PIECES.length)]);
      const text = `Title ${i}\n${words.join(next() > 0.5 ? ' ' : '')}`;
      let extracted: ReturnType<typeof extractArticle> | undefined;
      try {
        extracted = extractArticle(parseArticle(`f${i}.txt`, new TextEncoder().encode(text)), REGISTRY);
      } catch (error) {
        // A NUL byte makes the file binary: refusing it with an ArticleError is the expected outcome.
        expect(error).toBeInstanceOf(ArticleError);
      }
      for (const fact of extracted?.facts ?? []) expect(factSchema.safeParse(fact).success).toBe(true);
    }
  });

  it('handles a very long single line in reasonable time', () => {
    const line = readFileSync('data/articles/seed_002.txt', 'utf8').replace(/\n/g, ' ').repeat(200);
    const started = performance.now();
    const { facts } = extractArticle(parseArticle('long.txt', new TextEncoder().encode(`Long\n${line}`)), REGISTRY);
    expect(facts.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
