import type { Article } from '../articles/article.js';
import type { ArticleExtraction } from '../extract/extractArticle.js';

/** One article in the `extract --json` document (the format shared/corpus/README.md describes). */
export interface ExtractedArticle {
  file: string;
  title: string | null;
  published: string | null;
  companies: Array<{ name: string; tickers: string[] }>;
  facts: Array<Record<string, unknown>>;
  error?: string;
}

/** Shapes an article and its facts for the JSON output; the file is named as the caller gave it. */
export function toExtractedArticle(file: string, article: Article, extraction: ArticleExtraction): ExtractedArticle {
  return {
    file,
    title: article.title,
    published: article.published,
    companies: extraction.companies.map((c) => ({ name: c.name, tickers: [...new Set(c.listings.map((l) => l.ticker))] })),
    facts: extraction.facts.map((f) => ({
      company: f.company, ticker: f.ticker, kind: f.kind, value: f.value, currency: f.currency, firm: f.firm,
      period: f.period, asOf: f.asOf, approximate: f.approximate, quote: f.quote,
    })),
  };
}

/** A readable listing of one article's facts, for a terminal. */
export function formatExtractedArticle(a: ExtractedArticle): string[] {
  if (a.error) return [`${a.file}: ${a.error}`];
  const lines = [`${a.file}: ${a.title ?? ''} (${a.published ?? 'undated'})`];
  for (const f of a.facts) {
    const money = f.currency ? ` ${String(f.currency)}` : '';
    const firm = f.firm ? ` [${String(f.firm)}]` : '';
    lines.push(`  ${String(f.company)}  ${String(f.kind).padEnd(18)} ${String(f.value)}${money}${firm}`);
  }
  if (a.facts.length === 0) lines.push('  (no facts)');
  return lines;
}
