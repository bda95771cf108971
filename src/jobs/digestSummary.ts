import type { BotContext } from '../discord/command.js';
import type { Company } from '../facts/company.js';
import { llmOf } from '../llm/llmLayer.js';
import { extractiveSummary } from '../summary/extractiveSummary.js';
import type { SummaryBody } from '../summary/formatSummary.js';
import { modelBody, readCached, summaryCacheKey } from '../summary/summaryBody.js';
import type { SummaryArticle } from '../summary/summaryInput.js';
import { DIGEST_PROMPT_VERSION } from './digestPrompt.js';
import type { DigestItem } from './readDigestWindow.js';
import { summarizeDigest } from './summarizeDigest.js';

/** Six articles: one bullet each at most, and a small prompt however busy the day was. */
export const MAX_DIGEST_SUMMARY_ARTICLES = 6;
/** A digest summary is asked for again only when its articles change (a preview, then the post). */
const DIGEST_SUMMARY_TTL_MS = 7 * 86_400_000;

/** The articles the summary covers: the newest ones that gave facts, or the newest ones when none did. */
export function summaryArticles(items: readonly DigestItem[]): SummaryArticle[] {
  const withFacts = items.filter((item) => item.facts.length > 0);
  return (withFacts.length > 0 ? withFacts : items).slice(0, MAX_DIGEST_SUMMARY_ARTICLES);
}

/**
 * The summary on top of a digest: the model's grounded text (cached for exactly these articles, so a preview and
 * the post ask once), or the automatic one when the LLM is off or its text fails, saying why. Scheduled posts are
 * not counted against the per-user LLM limit: no user asked for them.
 */
export async function digestSummary(ctx: BotContext, companies: readonly Company[], items: readonly SummaryArticle[]): Promise<SummaryBody> {
  const llm = llmOf(ctx);
  if (!llm || items.length === 0) return { kind: 'automatic', bullets: extractiveSummary(items) };
  const { model } = llm.client;
  const key = summaryCacheKey(model, DIGEST_PROMPT_VERSION, items);
  const cached = readCached(await ctx.store.cacheGet(key));
  if (cached !== null) return modelBody(cached, model, items);
  const outcome = await summarizeDigest(llm.client, companies, items, AbortSignal.timeout(llm.budgetMs));
  if (!outcome.ok) {
    ctx.logger.info({ job: 'digest', reason: outcome.reason }, 'Digest with the automatic summary');
    return { kind: 'automatic', bullets: extractiveSummary(items), reason: outcome.reason };
  }
  await ctx.store.cacheSet(key, { text: outcome.text, model }, DIGEST_SUMMARY_TTL_MS).catch((error: unknown) => {
    ctx.logger.warn({ job: 'digest', err: error }, 'Could not cache a digest summary; posting anyway');
  });
  return modelBody(outcome.text, model, items);
}
