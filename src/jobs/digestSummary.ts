import type { BotContext } from '../discord/command.js';
import type { Company } from '../facts/company.js';
import { tickerWords, writeSummary } from '../llm/summarizeWithLlm.js';
import type { SummaryBody } from '../summary/formatSummary.js';
import { summaryCacheKey, summaryWithModel } from '../summary/summaryBody.js';
import type { SummaryArticle } from '../summary/summaryInput.js';
import { DIGEST_PROMPT_VERSION, digestData, digestMessages } from './digestPrompt.js';
import type { DigestItem } from './readDigestWindow.js';

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
export function digestSummary(ctx: BotContext, companies: readonly Company[], items: readonly SummaryArticle[]): Promise<SummaryBody> {
  return summaryWithModel(ctx, items, (llm) => ({
    key: summaryCacheKey(llm.client.model, DIGEST_PROMPT_VERSION, 'digest', items),
    ttlMs: DIGEST_SUMMARY_TTL_MS,
    log: { context: { job: 'digest' }, fallback: 'Digest with the automatic summary', cacheFailed: 'Could not cache a digest summary; posting anyway' },
    write: (signal) => {
      const { json, texts, sentences } = digestData(items);
      const request = { purpose: 'digest', messages: digestMessages(json), texts, sentences, sources: items.length, ignore: companies.flatMap(tickerWords) };
      return writeSummary(llm.client, request, signal);
    },
  }));
}
