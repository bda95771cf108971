import { checkGrounding, type GroundingSource } from './grounding.js';
import { assistantMessage, LlmError, type Completion, type LlmClient, type LlmFailure, type LlmMessage } from './llmTypes.js';
import { stricterRequest } from './summaryPrompt.js';

/** Model text that passed grounding, or why there is none (said to the user beside the automatic answer). */
export type GroundedOutcome = { ok: true; text: string } | { ok: false; reason: string };

const REASONS: Readonly<Record<LlmFailure | 'figures' | 'form', string>> = {
  timeout: 'The model did not answer in time.',
  aborted: 'The model took too long.',
  'rate-limited': 'The model is busy; try again in a while.',
  server: 'The model service had an error.',
  connection: 'The model service could not be reached.',
  refused: 'The model service refused the request.',
  malformed: 'The model sent an unreadable answer.',
  figures: 'The model\'s text stated figures the articles do not, so it was not used.',
  form: 'The model\'s text did not keep to cited bullets, so it was not used.',
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
  /** What keeps the text from the form asked for (a summary's cited bullets); empty when it keeps it. */
  shape?: (text: string) => string[];
}

type Verdict = { ok: true } | { ok: false; unsupported: string[]; shape: string[] };

function judge(text: string, check: GroundingCheck): Verdict {
  if (!text) return { ok: false, unsupported: ['(no text)'], shape: [] };
  const grounding = checkGrounding(text, check.source, check.ignore);
  const shape = check.shape?.(text) ?? [];
  return grounding.ok && shape.length === 0 ? { ok: true } : { ok: false, unsupported: grounding.ok ? [] : grounding.unsupported, shape };
}

/**
 * The model's text if every figure in it is in the data (and it keeps the form asked for); otherwise one retry with
 * a stricter instruction naming what was wrong, and if that fails too, no text. `conversation` led to `first`.
 */
export async function groundedText(
  client: LlmClient,
  conversation: readonly LlmMessage[],
  first: Completion,
  check: GroundingCheck,
  options: { purpose: string; signal?: AbortSignal },
): Promise<GroundedOutcome> {
  const text = first.content?.trim() ?? '';
  const verdict = judge(text, check);
  if (verdict.ok) return { ok: true, text };
  const retry = await client.complete({
    purpose: `${options.purpose}-retry`,
    messages: [...conversation, assistantMessage({ content: text, toolCalls: [] }), stricterRequest(verdict.unsupported, verdict.shape)],
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const second = retry.content?.trim() ?? '';
  const final = judge(second, check);
  if (final.ok) return { ok: true, text: second };
  return { ok: false, reason: final.unsupported.length > 0 ? REASONS.figures : REASONS.form };
}
