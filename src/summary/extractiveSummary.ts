import { FACT_KINDS, type FactKind } from '../facts/fact.js';
import { cleanInline } from '../format/escapeText.js';
import type { SummaryArticle } from './summaryInput.js';

/** A bullet of the automatic summary: an article's own sentence, and the article's citation number. */
export interface SummaryBullet {
  sentence: string;
  source: number;
}

export const MIN_BULLETS = 3;
export const MAX_BULLETS = 6;

/** What a reader wants first: the price and its moves, then what analysts say, then the chart, then the rest. */
const PRIORITY: readonly FactKind[] = [
  'price', 'change_pct_1d', 'price_target_avg', 'consensus_rating', 'price_target', 'analyst_rating', 'rsi_14',
  'revenue', 'revenue_growth_pct', 'eps', 'change_pct_7d', 'change_pct_12m', 'market_cap', 'pe_ratio',
];
const rank = (kind: FactKind): number => {
  const at = PRIORITY.indexOf(kind);
  return at >= 0 ? at : PRIORITY.length + FACT_KINDS.indexOf(kind);
};

/** An article's fact sentences, best first: by the most wanted kind each states, then by how many facts it holds. */
function rankedSentences(item: SummaryArticle): string[] {
  const bySentence = new Map<string, { best: number; count: number }>();
  for (const fact of item.facts) {
    // A bullet line quoted from the article ("- Current Share Price: €148.20") reads as a sentence without its marker.
    const sentence = cleanInline(fact.quote).replace(/^[-*•]\s+/, '');
    const seen = bySentence.get(sentence) ?? { best: Number.POSITIVE_INFINITY, count: 0 };
    bySentence.set(sentence, { best: Math.min(seen.best, rank(fact.kind)), count: seen.count + 1 });
  }
  return [...bySentence].sort(([, a], [, b]) => a.best - b.best || b.count - a.count).map(([sentence]) => sentence);
}

/**
 * The automatic summary: up to six sentences quoted from the articles, taking the best remaining sentence of each
 * article in turn (newest first) so every article is heard, listed by article; the titles stand in when no article gave a fact. Fewer
 * than three bullets only when the articles hold fewer sentences: nothing is made up to fill the list.
 */
export function extractiveSummary(items: readonly SummaryArticle[]): SummaryBullet[] {
  const queues = items.map(rankedSentences);
  const bullets: SummaryBullet[] = [];
  const used = new Set<string>();
  for (let round = 0; bullets.length < MAX_BULLETS && queues.some((q) => q.length > round); round++) {
    queues.forEach((queue, i) => {
      const sentence = queue[round];
      if (sentence === undefined || used.has(sentence) || bullets.length >= MAX_BULLETS) return;
      used.add(sentence);
      bullets.push({ sentence, source: i + 1 });
    });
  }
  // Chosen in turns for fairness, shown by article so each article's sentences read together.
  if (bullets.length > 0) return bullets.sort((a, b) => a.source - b.source);
  return items.slice(0, MAX_BULLETS).map((item, i) => ({ sentence: cleanInline(item.article.title || 'Untitled article'), source: i + 1 }));
}
