import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, RateLimitError } from 'openai';
import type { Logger } from '../logger.js';
import type { LlmSettings } from './llmSettings.js';
import { LlmError, type Completion, type CompletionRequest, type LlmClient, type ToolCall } from './llmTypes.js';

/** Model output beyond this is cut by the server: a summary or an answer needs a few hundred tokens. */
const MAX_OUTPUT_TOKENS = 800;

/** Why a call failed, in words that carry no key, header or response body. */
function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof APIUserAbortError) return new LlmError('aborted', 'The command ran out of time for the model');
  if (error instanceof APIConnectionTimeoutError) return new LlmError('timeout', 'The model did not answer in time');
  if (error instanceof APIConnectionError) return new LlmError('connection', 'The model endpoint could not be reached');
  if (error instanceof RateLimitError) return new LlmError('rate-limited', 'The model endpoint is rate limiting us', 429);
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : undefined;
    return new LlmError(status !== undefined && status >= 500 ? 'server' : 'refused', `The model endpoint answered ${status ?? 'an error'}`, status);
  }
  return new LlmError('malformed', 'The model endpoint sent a response that is not a chat completion');
}

/** The parts of a chat completion the bot reads, checked: a body of another shape is an error, not a crash. */
function readCompletion(body: unknown): Completion & { usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } } {
  const response = body as { choices?: Array<{ message?: { content?: unknown; tool_calls?: unknown } }>; usage?: Record<string, number> } | null;
  const message = response?.choices?.[0]?.message;
  if (!message || typeof message !== 'object') throw new LlmError('malformed', 'The model sent no message');
  const content = typeof message.content === 'string' ? message.content : null;
  const calls = Array.isArray(message.tool_calls) ? (message.tool_calls as Array<{ id?: unknown; function?: { name?: unknown; arguments?: unknown } }>) : [];
  const toolCalls: ToolCall[] = calls.flatMap((call, i) =>
    typeof call?.function?.name === 'string'
      ? [{ id: typeof call.id === 'string' ? call.id : `call_${i}`, name: call.function.name, arguments: typeof call.function.arguments === 'string' ? call.function.arguments : '{}' }]
      : [],
  );
  if (content === null && toolCalls.length === 0) throw new LlmError('malformed', 'The model sent neither text nor tool calls');
  return { content, toolCalls, ...(response?.usage ? { usage: response.usage } : {}) };
}

/**
 * A client for an OpenAI-compatible endpoint, with the timeout and retries set deliberately (see LLM_DEFAULTS) and
 * one log line per call with its token usage. The key goes only to the endpoint: never into logs or errors.
 */
export function createLlmClient(settings: LlmSettings, logger: Logger): LlmClient {
  const openai = new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl ?? undefined,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    // The client's own logger would print to the console beside ours; every call is logged below.
    logLevel: 'off',
  });
  return {
    model: settings.model,
    async complete(request: CompletionRequest): Promise<Completion> {
      const started = Date.now();
      const context = { model: settings.model, purpose: request.purpose };
      try {
        const tools = request.tools?.map((tool) => ({ type: 'function' as const, function: { ...tool } }));
        // OpenAI's newer models take only max_completion_tokens; local servers know max_tokens best.
        const limit = settings.baseUrl === null ? { max_completion_tokens: MAX_OUTPUT_TOKENS } : { max_tokens: MAX_OUTPUT_TOKENS };
        const body = await openai.chat.completions.create(
          { model: settings.model, messages: [...request.messages], ...limit, ...(tools?.length ? { tools } : {}) },
          request.signal ? { signal: request.signal } : undefined,
        );
        const { usage, ...completion } = readCompletion(body);
        logger.info({ ...context, ms: Date.now() - started, promptTokens: usage?.prompt_tokens, completionTokens: usage?.completion_tokens, totalTokens: usage?.total_tokens }, 'LLM call');
        return completion;
      } catch (error) {
        const failure = toLlmError(error);
        logger.warn({ ...context, ms: Date.now() - started, failure: failure.failure, status: failure.status }, 'LLM call failed');
        throw failure;
      }
    },
  };
}
