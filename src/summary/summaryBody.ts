import { createHash } from 'node:crypto';
import type { Invoker } from '../discord/command.js';
import type { Company } from '../facts/company.js';
import { llmOf, type LlmContext } from '../llm/llmLayer.js';
import { sanitizeModelText } from '../llm/sanitizeModelText.js';
import { summarizeWithLlm } from '../llm/summarizeWithLlm.js';
import { SUMMARY_PROMPT_VERSION } from '../llm/summaryPrompt.js';
import { extractiveSummary } from './extractiveSummary.js';
import type { SummaryBody } from './formatSummary.js';
import type { SummaryArticle } from './summaryInput.js';

/** A summary stays valid while its articles do; a month bounds what stale keys cost. */
const SUMMARY_TTL_MS = 30 * 86_400_000;
/** Leaves room in the 4,096-character description for the freshness line and the note. */
const MAX_MODEL_TEXT = 3_000;

/** The cache key: model, prompt version, company and the exact articles covered, so a new article is a new key. */
export function summaryCacheKey(model: string, companyId: string, items: readonly SummaryArticle[]): string {
  const parts = [model, SUMMARY_PROMPT_VERSION, companyId, ...items.map((i) => i.article.id)];
  return `summary:${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`;
}

/** The model's grounded text as cached: checked once, sanitized every time it is shown. */
export function readCached(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string' ? (value as { text: string }).text : null;
}

/** The model's text as shown: sanitized, linking only the articles given, citing only their numbers. */
export function modelBody(text: string, model: string, items: readonly SummaryArticle[]): SummaryBody {
  const allowedUrls = items.flatMap((i) => (i.article.url ? [i.article.url] : []));
  return { kind: 'model', model, text: sanitizeModelText(text, { allowedUrls, citations: items.length, maxLength: MAX_MODEL_TEXT }) };
}

/**
 * What `/summary` says: the cached model summary for exactly these articles; else a new one (counted against the
 * LLM rate limit, which throws a UserError); the automatic one when the LLM is off or its text fails grounding.
 */
export async function summaryBody(ctx: LlmContext, invoker: Invoker, company: Company, items: readonly SummaryArticle[]): Promise<SummaryBody> {
  const llm = llmOf(ctx);
  if (!llm || items.length === 0) return { kind: 'automatic', bullets: extractiveSummary(items) };
  const { model } = llm.client;
  const key = summaryCacheKey(model, company.id, items);
  const cached = readCached(await ctx.store.cacheGet(key));
  if (cached !== null) return modelBody(cached, model, items);
  llm.limiter.take(invoker, ctx.now().getTime());
  const outcome = await summarizeWithLlm(llm.client, company, items, AbortSignal.timeout(llm.budgetMs));
  if (!outcome.ok) {
    ctx.logger.info({ command: 'summary', companyId: company.id, reason: outcome.reason }, 'Answered with the automatic summary');
    return { kind: 'automatic', bullets: extractiveSummary(items), reason: outcome.reason };
  }
  await ctx.store.cacheSet(key, { text: outcome.text, model }, SUMMARY_TTL_MS).catch((error: unknown) => {
    ctx.logger.warn({ command: 'summary', companyId: company.id, err: error }, 'Could not cache a summary; answering anyway');
  });
  return modelBody(outcome.text, model, items);
}
