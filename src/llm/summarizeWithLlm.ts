import type { Company } from '../facts/company.js';
import type { SummaryArticle } from '../summary/summaryInput.js';
import { groundingSource } from './grounding.js';
import { failureOutcome, groundedText, type GroundedOutcome } from './groundedText.js';
import type { LlmClient } from './llmTypes.js';
import { summaryData, summaryMessages } from './summaryPrompt.js';
import { summaryShapeProblems } from './summaryShape.js';

/** Tickers with digits (9988, also inside 9988.HK): names, not figures to check. */
export function tickerWords(company: Company): string[] {
  return company.listings.map((l) => l.ticker).filter((t) => /\d/.test(t));
}

/**
 * A summary written by the model from the articles' facts and sentences, grounded (every figure in the data, 3 to 6
 * cited bullets, one stricter retry), or why there is none. Model failures become a reason; bugs are thrown.
 */
export async function summarizeWithLlm(client: LlmClient, company: Company, items: readonly SummaryArticle[], signal?: AbortSignal): Promise<GroundedOutcome> {
  const { json, texts, sentences } = summaryData(company, items);
  const conversation = summaryMessages(json);
  const ignore = tickerWords(company);
  const options = { purpose: 'summary', ...(signal ? { signal } : {}) };
  try {
    const first = await client.complete({ ...options, messages: conversation });
    return await groundedText(client, conversation, first, { source: groundingSource(texts, ignore), ignore, shape: (text) => summaryShapeProblems(text, items.length, sentences) }, options);
  } catch (error) {
    return failureOutcome(error);
  }
}
