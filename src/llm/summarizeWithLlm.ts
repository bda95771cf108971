import type { Company } from '../facts/company.js';
import type { SummaryArticle } from '../summary/summaryInput.js';
import { groundingSource } from './grounding.js';
import { failureOutcome, groundedText, type GroundedOutcome } from './groundedText.js';
import type { LlmClient, LlmMessage } from './llmTypes.js';
import { summaryData, summaryMessages } from './summaryPrompt.js';
import { summaryShapeProblems } from './summaryShape.js';

/** Tickers with digits (9988, also inside 9988.HK): names, not figures to check. */
export function tickerWords(company: Company): string[] {
  return company.listings.map((l) => l.ticker).filter((t) => /\d/.test(t));
}

/** A summary to ask the model for: the conversation, the data its text is checked against, and its sources. */
export interface SummaryRequest {
  /** Names the calls in the token-usage log. */
  purpose: string;
  messages: LlmMessage[];
  texts: readonly string[];
  /** Distinct fact sentences in the data: fewer than three cannot honestly make three bullets. */
  sentences: number;
  /** How many articles the data numbers. */
  sources: number;
  /** Words with digits that are names (tickers), not figures. */
  ignore: readonly string[];
}

/**
 * A summary written by the model, grounded (every figure in the data, 3 to 6 cited bullets, one stricter retry),
 * or why there is none. Model failures become a reason; bugs are thrown.
 */
export async function writeSummary(client: LlmClient, request: SummaryRequest, signal?: AbortSignal): Promise<GroundedOutcome> {
  const options = { purpose: request.purpose, ...(signal ? { signal } : {}) };
  const check = {
    source: groundingSource(request.texts, request.ignore),
    ignore: request.ignore,
    shape: (text: string) => summaryShapeProblems(text, request.sources, request.sentences),
  };
  try {
    const first = await client.complete({ ...options, messages: request.messages });
    return await groundedText(client, request.messages, first, check, options);
  } catch (error) {
    return failureOutcome(error);
  }
}

/** A company's summary written by the model from its articles' facts and sentences (see `writeSummary`). */
export async function summarizeWithLlm(client: LlmClient, company: Company, items: readonly SummaryArticle[], signal?: AbortSignal): Promise<GroundedOutcome> {
  const { json, texts, sentences } = summaryData(company, items);
  const request = { purpose: 'summary', messages: summaryMessages(json), texts, sentences, sources: items.length, ignore: tickerWords(company) };
  return writeSummary(client, request, signal);
}
