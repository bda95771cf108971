import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import type { Company } from '../../src/facts/company.js';
import { FACT_KINDS, type FactKind } from '../../src/facts/fact.js';
import type { GoldArticle } from '../corpus/draft.js';
import { scoreArticle, type PredictedFact } from './matchFacts.js';
import { ScoreTally } from './tally.js';

const KINDS: ReadonlySet<string> = new Set<FactKind>(FACT_KINDS);

/** What scoring a labelled set gives: the tally per kind and one line per missed or wrong fact. */
export interface SetScore {
  tally: ScoreTally;
  articles: number;
  precision: number;
  recall: number;
  /** `MISSED file: …` and `WRONG file: …`, as score.mjs --verbose prints them. */
  lines: string[];
}

/**
 * Runs the real parser and extractor over a labelled set laid out as the shared corpus is (`articles/` beside
 * `gold/`, one gold file per article) and matches the facts as score.mjs does, in this process.
 */
export function scoreLabelledSet(dir: string, registry: readonly Company[]): SetScore {
  const tally = new ScoreTally();
  const lines: string[] = [];
  const golds = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort();
  for (const name of golds) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold', name), 'utf8')) as GoldArticle;
    for (const c of gold.companies) c.aliases ??= [];
    const article = parseArticle(gold.file, readFileSync(join(dir, 'articles', gold.file)));
    const predicted: PredictedFact[] = extractArticle(article, registry).facts.filter((f) => KINDS.has(f.kind));
    const score = scoreArticle(gold, predicted);
    tally.add(score);
    tally.addDate(gold.published, article.published);
    for (const m of score.misses) lines.push(`MISSED  ${gold.file}: ${m.kind} ${m.value}${m.currency ? ` ${m.currency}` : ''}${m.firm ? ` (${m.firm})` : ''} [${m.company}] «${m.quote}»`);
    for (const e of score.extras) lines.push(`WRONG   ${gold.file}: ${e.kind} ${e.value}${e.currency ? ` ${e.currency}` : ''}${e.firm ? ` (${e.firm})` : ''} [${e.company ?? e.ticker ?? '?'}] «${'quote' in e ? String(e.quote).slice(0, 160) : ''}»`);
  }
  const totals = tally.totals();
  return {
    tally, articles: golds.length, lines,
    precision: totals.predicted ? totals.hit / totals.predicted : 0,
    recall: totals.gold ? totals.hit / totals.gold : 0,
  };
}
