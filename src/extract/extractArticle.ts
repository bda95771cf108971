import type { Article } from '../articles/article.js';
import type { Company } from '../facts/company.js';
import type { Fact } from '../facts/fact.js';

/** What the extractor makes of one article. */
export interface ArticleExtraction {
  /** Companies the article speaks of (registry entries, or ones the article itself introduces). */
  companies: Company[];
  facts: Fact[];
}

/**
 * Pure and deterministic: the same article and registry give the same facts.
 * (Stub: the rule families land in later commits.)
 */
export function extractArticle(article: Article, registry: readonly Company[]): ArticleExtraction {
  void article;
  void registry;
  return { companies: [], facts: [] };
}
