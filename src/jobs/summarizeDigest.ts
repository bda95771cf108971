import type { Company } from '../facts/company.js';
import { groundingSource } from '../llm/grounding.js';
import { failureOutcome, groundedText, type GroundedOutcome } from '../llm/groundedText.js';
import type { LlmClient } from '../llm/llmTypes.js';
import { tickerWords } from '../llm/summarizeWithLlm.js';
import { summaryShapeProblems } from '../llm/summaryShape.js';
import type { SummaryArticle } from '../summary/summaryInput.js';
import { digestData, digestMessages } from './digestPrompt.js';

/**
 * A digest summary written by the model from the window's facts and sentences, held to what `/summary` holds its
 * summaries to (every figure in the data, 3 to 6 bullets citing the articles given, one stricter retry), or why
 * there is none. Model failures become a reason; bugs are thrown.
 */
export async function summarizeDigest(
  client: LlmClient,
  companies: readonly Company[],
  items: readonly SummaryArticle[],
  signal?: AbortSignal,
): Promise<GroundedOutcome> {
  const { json, texts, sentences } = digestData(items);
  const conversation = digestMessages(json);
  const ignore = companies.flatMap(tickerWords);
  const options = { purpose: 'digest', ...(signal ? { signal } : {}) };
  try {
    const first = await client.complete({ ...options, messages: conversation });
    const shape = (text: string): string[] => summaryShapeProblems(text, items.length, sentences);
    return await groundedText(client, conversation, first, { source: groundingSource(texts, ignore), ignore, shape }, options);
  } catch (error) {
    return failureOutcome(error);
  }
}
