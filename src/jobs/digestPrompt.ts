import { cleanInline } from '../format/escapeText.js';
import type { LlmMessage } from '../llm/llmTypes.js';
import { articlesForModel, BULLET_RULE, DATA_RULES, dataConversation, factForModel } from '../llm/summaryPrompt.js';
import type { SummaryArticle } from '../summary/summaryInput.js';

/** Part of the digest summaries' cache key: a change to the instructions below must not serve older summaries. */
export const DIGEST_PROMPT_VERSION = 'digest-1';

const SYSTEM = [
  'You summarise what is new in the news about several companies since the last daily digest, for the moderators of a Discord server, in plain English.',
  ...DATA_RULES,
  'Name the company each bullet is about. Never attribute a figure to a company other than the one DATA gives it for.',
  BULLET_RULE,
].join('\n');

/** The data of a digest summary, and every text in it: what the model's figures are checked against. */
export function digestData(items: readonly SummaryArticle[]): { json: string; texts: string[]; sentences: number } {
  const { articles, texts, sentences } = articlesForModel(items, (f) => `${cleanInline(f.company)} · ${factForModel(f)}`);
  const companies = [...new Set(items.flatMap((i) => i.facts.map((f) => cleanInline(f.company))))];
  return { json: JSON.stringify({ companies, articles }, null, 1), texts: [...companies, ...texts], sentences };
}

/** The conversation asking for a digest summary. */
export function digestMessages(dataJson: string): LlmMessage[] {
  return dataConversation(SYSTEM, 'Summarise what is new in the articles in DATA.', dataJson);
}
