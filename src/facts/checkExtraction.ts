import type { Article } from '../articles/article.js';
import type { ArticleExtraction } from '../extract/extractArticle.js';
import { factSchema } from './fact.js';

/** Extractions found sound, by identity: the ingest checks each file's, then the store would check them again. */
const sound = new WeakMap<ArticleExtraction, string>();

/**
 * Why an extraction cannot be stored, in one line, or null when it can: every fact valid, tied to this article and
 * to a company the extraction lists. The store refuses such input whole rather than storing part of an article.
 */
export function checkExtraction(article: Article, extraction: ArticleExtraction): string | null {
  if (sound.get(extraction) === article.id) return null;
  const problem = findProblem(article, extraction);
  if (!problem) sound.set(extraction, article.id);
  return problem;
}

function findProblem(article: Article, extraction: ArticleExtraction): string | null {
  if (article.id.length === 0) return 'the article has no id';
  const companyIds = new Set(extraction.companies.map((company) => company.id));
  for (const [i, fact] of extraction.facts.entries()) {
    const parsed = factSchema.safeParse(fact);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return `fact ${i + 1} (${String(fact.kind)}) is invalid: ${where}${issue?.message ?? 'unknown problem'}`;
    }
    if (fact.articleId !== article.id) return `fact ${i + 1} (${fact.kind}) belongs to another article`;
    if (!companyIds.has(fact.companyId)) return `fact ${i + 1} (${fact.kind}) names unlisted company ${fact.companyId}`;
  }
  return null;
}
