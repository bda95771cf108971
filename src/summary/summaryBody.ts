import { createHash } from 'node:crypto';
import type { Invoker } from '../discord/command.js';
import type { Company } from '../facts/company.js';
import type { GroundedOutcome } from '../llm/groundedText.js';
import { llmOf, type LlmContext, type LlmLayer } from '../llm/llmLayer.js';
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

/** The cache key: model, prompt version, what is summarised and the exact articles, so a new article is a new key. */
export function summaryCacheKey(model: string, promptVersion: string, scope: string, items: readonly SummaryArticle[]): string {
  const parts = [model, promptVersion, scope, ...items.map((i) => i.article.id)];
  return `summary:${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`;
}

/** The model's grounded text as cached: checked once, sanitized every time it is shown. */
function readCached(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string' ? (value as { text: string }).text : null;
}

/** The model's text as shown: sanitized, linking only the articles given, citing only their numbers. */
function modelBody(text: string, model: string, items: readonly SummaryArticle[]): SummaryBody {
  const allowedUrls = items.flatMap((i) => (i.article.url ? [i.article.url] : []));
  return { kind: 'model', model, text: sanitizeModelText(text, { allowedUrls, citations: items.length, maxLength: MAX_MODEL_TEXT }) };
}

/** How one kind of model summary is cached, logged and asked for. */
export interface ModelSummaryPlan {
  key: string;
  ttlMs: number;
  /** Context for the log lines (the command or job), and what they say. */
  log: { context: Record<string, unknown>; fallback: string; cacheFailed: string };
  /** Runs just before the model is asked (not for a cached text): the rate limit, which may throw. */
  beforeCall?: () => void;
  write: (signal: AbortSignal) => Promise<GroundedOutcome>;
}

/**
 * A summary of `items`: the model's cached text for exactly these articles; else a new one, cached; the automatic
 * one when the LLM is off or its text fails grounding, saying why.
 */
export async function summaryWithModel(ctx: LlmContext, items: readonly SummaryArticle[], plan: (llm: LlmLayer) => ModelSummaryPlan): Promise<SummaryBody> {
  const llm = llmOf(ctx);
  if (!llm || items.length === 0) return { kind: 'automatic', bullets: extractiveSummary(items) };
  const { model } = llm.client;
  const { key, ttlMs, log, beforeCall, write } = plan(llm);
  const cached = readCached(await ctx.store.cacheGet(key));
  if (cached !== null) return modelBody(cached, model, items);
  beforeCall?.();
  const outcome = await write(AbortSignal.timeout(llm.budgetMs));
  if (!outcome.ok) {
    ctx.logger.info({ ...log.context, reason: outcome.reason }, log.fallback);
    return { kind: 'automatic', bullets: extractiveSummary(items), reason: outcome.reason };
  }
  await ctx.store.cacheSet(key, { text: outcome.text, model }, ttlMs).catch((error: unknown) => {
    ctx.logger.warn({ ...log.context, err: error }, log.cacheFailed);
  });
  return modelBody(outcome.text, model, items);
}

/**
 * What `/summary` says: the model's summary (a new one counted against the LLM rate limit, which throws a
 * UserError), or the automatic one.
 */
export function summaryBody(ctx: LlmContext, invoker: Invoker, company: Company, items: readonly SummaryArticle[]): Promise<SummaryBody> {
  return summaryWithModel(ctx, items, (llm) => ({
    key: summaryCacheKey(llm.client.model, SUMMARY_PROMPT_VERSION, company.id, items),
    ttlMs: SUMMARY_TTL_MS,
    log: { context: { command: 'summary', companyId: company.id }, fallback: 'Answered with the automatic summary', cacheFailed: 'Could not cache a summary; answering anyway' },
    beforeCall: () => llm.limiter.take(invoker, ctx.now().getTime()),
    write: (signal) => summarizeWithLlm(llm.client, company, items, signal),
  }));
}
