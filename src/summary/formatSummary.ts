import type { APIEmbed } from 'discord.js';
import type { Company } from '../facts/company.js';
import { companyEmbed } from '../format/companyEmbed.js';
import { isoDay } from '../format/dates.js';
import { inlineText } from '../format/escapeText.js';
import type { AnswerContext } from '../format/factNote.js';
import type { SummaryBullet } from './extractiveSummary.js';
import type { SummaryArticle } from './summaryInput.js';

/** What a summary says: the model's checked and sanitized text, or the automatic one (with why, when the model failed). */
export type SummaryBody =
  | { kind: 'model'; text: string; model: string }
  | { kind: 'automatic'; bullets: readonly SummaryBullet[]; reason?: string };

/** Room for six quoted sentences of this length in a description, beside the freshness line and the note. */
const MAX_SENTENCE = 350;

/** Cites the articles in the order given, so `[n]` in the text is the n-th article, whatever the text cites first. */
export function citeInOrder(items: readonly SummaryArticle[], answer: AnswerContext): void {
  for (const { article, facts } of items) {
    const newest = facts.reduce<string | null>((max, f) => (f.asOf !== null && (max === null || f.asOf > max) ? f.asOf : max), null);
    answer.citations.cite({ articleId: article.id, asOf: newest ?? isoDay(article.published) });
  }
}

/** A summary's text for a description: the model's with who wrote it, or the quoted bullets said to be automatic. */
export function bodyText(body: SummaryBody): string {
  if (body.kind === 'model') {
    return `${body.text}\n\n*Written by ${inlineText(body.model, 60)} from the articles below; every figure was checked against them.*`;
  }
  const bullets = body.bullets.map((b) => `- ${inlineText(b.sentence, MAX_SENTENCE)} [${b.source}]`).join('\n');
  const why = body.reason ? ` ${body.reason}` : '';
  return `${bullets}\n\n*Automatic summary: sentences quoted from the articles.${why}*`;
}

/**
 * `/summary`: a few bullets about the company's newest articles, each citing its article, the sources in the footer.
 * With no article (in the window asked), says so.
 */
export function formatSummary(company: Company, items: readonly SummaryArticle[], body: SummaryBody, answer: AnswerContext, days?: number): APIEmbed {
  citeInOrder(items, answer);
  const description = items.length > 0
    ? bodyText(body)
    : `No article about ${inlineText(company.name, 100)}${days === undefined ? ' yet' : ` in the last ${days} day${days === 1 ? '' : 's'}`}.`;
  return companyEmbed(company, answer, { topic: 'Summary', fields: [], description, noun: 'article' });
}
