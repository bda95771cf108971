import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../src/articles/parseArticle.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import { FACT_KINDS, type FactKind } from '../src/facts/fact.js';
import { readRegistry } from '../src/facts/readRegistry.js';
import { articleFiles, ensureCorpus, readGold } from './corpusFiles.js';
import { corpusPaths, DEFAULT_ARTICLES, DEFAULT_COMPANIES, DEFAULT_CORPUS_DIR, DEFAULT_SEED } from './generateCorpus.js';
import { scoreArticle, type PredictedFact } from './score/matchFacts.js';
import { ScoreTally } from './score/tally.js';

/**
 * `tsx bench/scoreGenerated.ts [--sample 300] [--verbose]`: runs the real parser and extractor over an evenly spread
 * sample of the generated corpus and prints precision and recall per kind, matched as the shared score.mjs matches.
 * A development check, not a gate: the generated styles are ours, so high scores here prove less than on the corpus.
 */
const { values } = parseArgs({
  options: {
    sample: { type: 'string' }, articles: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' },
  },
});
const articles = Number(values.articles ?? DEFAULT_ARTICLES);
const sample = Number(values.sample ?? 300);
const dir = resolve(values.out ?? DEFAULT_CORPUS_DIR);
const KINDS: ReadonlySet<string> = new Set<FactKind>(FACT_KINDS);

ensureCorpus(dir, { articles, companies: DEFAULT_COMPANIES, seed: DEFAULT_SEED });
const registry = await readRegistry(corpusPaths(dir).registry);
const all = articleFiles(dir);
const step = Math.max(1, Math.floor(all.length / Math.max(1, sample)));
const chosen = all.filter((_, i) => i % step === 0).slice(0, sample);

const tally = new ScoreTally();
const lines: string[] = [];
let failed = 0;
for (const path of chosen) {
  const file = basename(path);
  const gold = readGold(dir, file);
  let predicted: PredictedFact[] = [];
  let published: string | null = null;
  try {
    const article = parseArticle(path, readFileSync(path));
    published = article.published;
    predicted = extractArticle(article, registry).facts.filter((f) => KINDS.has(f.kind));
  } catch (error) {
    failed++;
    lines.push(`FAILED  ${file}: ${(error as Error).message}`);
  }
  const score = scoreArticle(gold, predicted);
  tally.add(score);
  tally.addDate(gold.published, published);
  if (values.verbose) {
    for (const m of score.misses) lines.push(`MISSED  ${file}: ${m.kind} ${m.value}${m.currency ? ` ${m.currency}` : ''}${m.firm ? ` (${m.firm})` : ''} «${m.quote}»`);
    for (const e of score.extras) lines.push(`WRONG   ${file}: ${e.kind} ${e.value}${e.currency ? ` ${e.currency}` : ''}${e.firm ? ` (${e.firm})` : ''} [${e.company ?? e.ticker ?? '?'}]`);
  }
}

const totals = tally.totals();
const precision = totals.predicted ? totals.hit / totals.predicted : 0;
const recall = totals.gold ? totals.hit / totals.gold : 0;
console.log(`${chosen.length} of ${all.length} generated articles, ${registry.length} companies; ${failed} failed to parse or extract`);
console.log(tally.format());
if (lines.length > 0) console.log(lines.join('\n'));
console.log(`precision ${(100 * precision).toFixed(1)}% recall ${(100 * recall).toFixed(1)}%`);
