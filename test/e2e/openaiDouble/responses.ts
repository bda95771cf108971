import type { ScriptedResponse } from './startOpenAiDouble.js';

const USAGE = { prompt_tokens: 120, completion_tokens: 40, total_tokens: 160 };
let sequence = 0;

function chatCompletion(message: Record<string, unknown>, finishReason: string): ScriptedResponse {
  sequence++;
  return {
    body: {
      id: `chatcmpl-${sequence}`,
      object: 'chat.completion',
      created: 1_767_225_600,
      model: 'double-model',
      choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: finishReason, logprobs: null }],
      usage: USAGE,
    },
  };
}

/** A normal answer: the model's text. */
export function textAnswer(content: string): ScriptedResponse {
  return chatCompletion({ content }, 'stop');
}

/** The model asks for tool calls (arguments as objects, or raw text to test malformed JSON). */
export function toolCallsAnswer(calls: Array<{ name: string; args: Record<string, unknown> | string }>): ScriptedResponse {
  const toolCalls = calls.map((call, i) => ({
    id: `call_${sequence}_${i}`,
    type: 'function',
    function: { name: call.name, arguments: typeof call.args === 'string' ? call.args : JSON.stringify(call.args) },
  }));
  return chatCompletion({ content: null, tool_calls: toolCalls }, 'tool_calls');
}

/** An error status as OpenAI sends it; `retry-after-ms: 0` keeps the client's retry from sleeping in tests. */
export function errorAnswer(status: number, message = 'scripted failure'): ScriptedResponse {
  return { status, body: { error: { message, type: 'server_error' } }, headers: { 'retry-after-ms': '1' } };
}

/** Bodies that are not chat completions. */
export const MALFORMED = {
  notJson: { raw: '{"choices": [ this is not json', headers: { 'content-type': 'application/json' } } satisfies ScriptedResponse,
  noChoices: { body: { id: 'x', object: 'chat.completion', choices: [] } } satisfies ScriptedResponse,
  emptyMessage: { body: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: null }, finish_reason: 'stop' }] } } satisfies ScriptedResponse,
};

/** A hang: the double never answers, so the client's timeout must end the call. */
export const HANG: ScriptedResponse = { hang: true };
