import type { BotContext } from '../discord/command.js';
import type { Company } from '../facts/company.js';
import { answerWith } from '../discord/companyQuery.js';
import type { AnswerContext } from '../format/factNote.js';
import { formatDigest, quietDigest } from '../format/formatDigest.js';
import type { ArticleMeta } from '../facts/storeRecords.js';
import type { BuildDigest, Digest, DigestRequest } from './dailyTypes.js';
import { collectCompanyNews } from './collectCompanyNews.js';
import { digestSummary, summaryArticles } from './digestSummary.js';
import { coveredUntil } from './digestWindow.js';
import { readDigestWindow, type DigestItem } from './readDigestWindow.js';

/** The digest's clock and citations: `now` is the request's, so a digest built twice for one window reads the same. */
function digestAnswer(ctx: BotContext, request: DigestRequest, items: readonly DigestItem[]): AnswerContext {
  const sources = new Map<string, ArticleMeta>(items.map((i) => [i.article.id, i.article]));
  return answerWith({ ...ctx, now: () => request.now }, sources, items.flatMap((i) => i.facts));
}

/** The store's company, or one named as the facts name it when the store no longer knows the id. */
function companyFrom(ctx: BotContext): (id: string, name: string) => Company {
  return (id, name) => ctx.store.company(id) ?? { id, name, aliases: [], listings: [] };
}

/**
 * What is new since `request.since` up to `request.now` (see digestWindow for what counts as new), for the
 * request's companies or all: a summary on top (the model's when the LLM is on and its text holds, else the
 * automatic one, said so), then each company's moves, targets and ratings and RSI extremes, every figure dated and
 * citing its article; a quiet window is one short "nothing new" message.
 */
export const buildDigest: BuildDigest = async (ctx, request): Promise<Digest> => {
  await ctx.store.refresh();
  const items = await readDigestWindow(ctx.store, request);
  if (items.length === 0) {
    return { quiet: true, messages: [quietDigest(request.since)], coveredUntil: request.now.toISOString(), summary: 'none' };
  }
  const companyOf = companyFrom(ctx);
  const companies = collectCompanyNews(items, companyOf);
  const summaryItems = summaryArticles(items);
  const named = [...new Set(summaryItems.flatMap((i) => i.facts.map((f) => f.companyId)))].map((id) => companyOf(id, id));
  const body = await digestSummary(ctx, named, summaryItems);
  const answer = digestAnswer(ctx, request, items);
  const messages = formatDigest({ since: request.since, articles: items.length, summaryItems, body, companies, answer });
  return {
    quiet: false,
    messages,
    coveredUntil: coveredUntil(items.map((i) => i.article), request),
    summary: body.kind === 'model' ? 'llm' : 'automatic',
  };
};
