import type { Article } from '../articles/article.js';
import { newsLines } from '../articles/boilerplate.js';
import type { Company } from '../facts/company.js';
import { type ArticleExtraction, extractFromLines } from './extractFacts.js';

export type { ArticleExtraction };

/** Pure and deterministic: the same article and registry give the same facts. */
export function extractArticle(article: Article, registry: readonly Company[]): ArticleExtraction {
  return extractFromLines(article, newsLines(article.body), registry);
}
