/** One function call the model asked for; `arguments` is the model's JSON text, untrusted until parsed. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A chat message in the OpenAI chat-completions shape (only what this bot sends). */
export type LlmMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }> }
  | { role: 'tool'; tool_call_id: string; content: string };

/** A read-only function the model may call, described by a JSON schema of its arguments. */
export interface LlmTool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface CompletionRequest {
  /** Names the call in logs: `summary`, `summary-retry`, `ask`. */
  purpose: string;
  messages: readonly LlmMessage[];
  tools?: readonly LlmTool[];
  /** Cuts the call short when the command's budget runs out. */
  signal?: AbortSignal;
}

/** What the model answered: text, tool calls, or both. */
export interface Completion {
  content: string | null;
  toolCalls: ToolCall[];
}

/** Talks to the model; the only way the rest of the bot reaches it. */
export interface LlmClient {
  readonly model: string;
  complete(request: CompletionRequest): Promise<Completion>;
}

/** Why a model call gave nothing usable: the caller answers without the model. */
export type LlmFailure = 'timeout' | 'rate-limited' | 'server' | 'refused' | 'connection' | 'malformed' | 'aborted';

/** A model call that failed after the client's own retries; says why in words safe to log (no key, no body). */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  constructor(readonly failure: LlmFailure, message: string, readonly status?: number) {
    super(message);
  }
}

/** Wraps a model's text as an assistant message, tool calls included, to continue a conversation. */
export function assistantMessage(completion: Completion): LlmMessage {
  if (completion.toolCalls.length === 0) return { role: 'assistant', content: completion.content ?? '' };
  const toolCalls = completion.toolCalls.map((call) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } }));
  return { role: 'assistant', content: completion.content, tool_calls: toolCalls };
}
