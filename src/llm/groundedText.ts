import { checkGrounding, type GroundingSource } from './grounding.js';
import { assistantMessage, LlmError, type Completion, type LlmClient, type LlmFailure, type LlmMessage } from './llmTypes.js';
import { stricterRequest } from './summaryPrompt.js';

/** Model text that passed grounding, or why there is none (said to the user beside the automatic answer). */
export type GroundedOutcome = { ok: true; text: string } | { ok: false; reason: string };

const REASONS: Readonly<Record<LlmFailure | 'figures', string>> = {
  timeout: 'The model did not answer in time.',
  aborted: 'The model took too long.',
  'rate-limited': 'The model is busy; try again in a while.',
  server: 'The model service had an error.',
  connection: 'The model service could not be reached.',
  refused: 'The model service refused the request.',
  malformed: 'The model sent an unreadable answer.',
  figures: 'The model\'s text stated figures the articles do not, so it was not used.',
};

/** What to tell the user when a model call failed; a bug (not an LlmError) is rethrown for the router to report. */
export function failureOutcome(error: unknown): GroundedOutcome {
  if (error instanceof LlmError) return { ok: false, reason: REASONS[error.failure] };
  throw error;
}

export interface GroundingCheck {
  source: GroundingSource;
  /** Words with digits that are names (tickers), not figures. */
  ignore: readonly string[];
}

/**
 * The model's text if every figure in it is in the data; otherwise one retry with a stricter instruction naming the
 * figures it made up, and if that fails too, no text. `conversation` is what led to `first`.
 */
export async function groundedText(
  client: LlmClient,
  conversation: readonly LlmMessage[],
  first: Completion,
  check: GroundingCheck,
  options: { purpose: string; signal?: AbortSignal },
): Promise<GroundedOutcome> {
  const text = first.content?.trim() ?? '';
  const result = checkGrounding(text, check.source, check.ignore);
  if (text && result.ok) return { ok: true, text };
  const unsupported = text ? result.unsupported : ['(no text)'];
  const retry = await client.complete({
    purpose: `${options.purpose}-retry`,
    messages: [...conversation, assistantMessage({ content: text, toolCalls: [] }), stricterRequest(unsupported)],
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const second = retry.content?.trim() ?? '';
  return second && checkGrounding(second, check.source, check.ignore).ok ? { ok: true, text: second } : { ok: false, reason: REASONS.figures };
}
