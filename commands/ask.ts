import { SlashCommandBuilder } from 'discord.js';
import { UserError, type Command } from '../src/discord/command.js';
import { answerWith } from '../src/discord/companyQuery.js';
import { answerByRules } from '../src/ask/answerByRules.js';
import { formatAnswer } from '../src/ask/formatAnswer.js';
import type { ArticleMeta } from '../src/facts/storeRecords.js';
import { textLength } from '../src/format/truncate.js';
import { askWithLlm } from '../src/llm/askWithLlm.js';
import { llmOf } from '../src/llm/llmLayer.js';
import { sanitizeModelText } from '../src/llm/sanitizeModelText.js';
import { StoreTools } from '../src/llm/storeTools.js';

/** A question, not an essay: also bounds what a user can put in front of the model. */
const MAX_QUESTION = 300;
/** Leaves room in the description for the question, the freshness line and the note. */
const MAX_MODEL_TEXT = 3_000;

function readQuestionOption(raw: unknown): string {
  const question = typeof raw === 'string' ? raw.trim() : '';
  const length = textLength(question);
  if (length > 0 && length <= MAX_QUESTION) return question;
  const message = `Ask a question of 1 to ${MAX_QUESTION} characters, such as “is BABA oversold?”.`;
  throw new UserError(message);
}

export const ask = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about a stock in your own words; answered only from the articles, with sources')
    .addStringOption((option) =>
      option.setName('question').setDescription('e.g. what did Jefferies say about Alibaba? · is BABA oversold?').setRequired(true).setMaxLength(MAX_QUESTION))
    .toJSON(),
  // A model call can take seconds: the router defers first.
  slow: true,
  async execute(options, ctx, invoker) {
    const question = readQuestionOption(options['question']);
    const llm = llmOf(ctx);
    if (!llm) return { embeds: [formatAnswer(question, await answerByRules(ctx, question), { kind: 'automatic' })] };
    llm.limiter.take(invoker, ctx.now().getTime());
    const metas = new Map<string, ArticleMeta>();
    const answer = answerWith(ctx, metas, []);
    const tools = new StoreTools(ctx, answer, metas);
    const outcome = await askWithLlm(llm.client, tools, question, AbortSignal.timeout(llm.budgetMs));
    if (!outcome.ok) {
      ctx.logger.info({ command: 'ask', reason: outcome.reason }, 'Answered by the rules');
      return { embeds: [formatAnswer(question, await answerByRules(ctx, question), { kind: 'automatic', reason: outcome.reason })] };
    }
    const allowedUrls = [...metas.values()].flatMap((m) => (m.url ? [m.url] : []));
    const text = sanitizeModelText(outcome.text, { allowedUrls, citations: answer.citations.count, maxLength: MAX_MODEL_TEXT });
    const [only, ...others] = tools.companies.values();
    const result = { company: only && others.length === 0 ? only : null, answer, lines: [], quotes: [] };
    return { embeds: [formatAnswer(question, result, { kind: 'model', text, model: llm.client.model })] };
  },
} satisfies Command;
