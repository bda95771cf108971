import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmClient } from '../../src/llm/llmClient.js';
import { llmSettingsFrom } from '../../src/llm/llmSettings.js';
import { LlmError } from '../../src/llm/llmTypes.js';
import { errorAnswer, HANG, MALFORMED, textAnswer, toolCallsAnswer } from '../e2e/openaiDouble/responses.js';
import { startOpenAiDouble, type OpenAiDouble } from '../e2e/openaiDouble/startOpenAiDouble.js';
import { captureLogs } from './logCapture.js';

const KEY = 'sk-test-secret-key-0123456789';
const messages = [{ role: 'user' as const, content: 'hi' }];
let double: OpenAiDouble;
beforeAll(async () => {
  double = await startOpenAiDouble();
});
afterAll(async () => double.close());
beforeEach(() => {
  double.requests.length = 0;
});

function client(timeoutMs = 2_000) {
  const logs = captureLogs();
  const settings = llmSettingsFrom({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: double.baseUrl, OPENAI_MODEL: 'double-model' }, { timeoutMs, maxRetries: 1 });
  if (!settings) throw new Error('settings expected');
  return { llm: createLlmClient(settings, logs.logger), logs };
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe('createLlmClient against the OpenAI double', () => {
  it('returns the model text and logs token usage, sending the key only to the endpoint', async () => {
    const { llm, logs } = client();
    double.script(textAnswer('Hello [1]'));
    expect(await llm.complete({ purpose: 'test', messages })).toEqual({ content: 'Hello [1]', toolCalls: [] });
    expect(double.requests[0]?.authorization).toBe(`Bearer ${KEY}`);
    expect(double.requests[0]?.body.model).toBe('double-model');
    expect(logs.lines()).toContainEqual(expect.objectContaining({ msg: 'LLM call', purpose: 'test', promptTokens: 120, completionTokens: 40, totalTokens: 160 }));
    expect(logs.text()).not.toContain(KEY);
  });

  it('returns tool calls with their raw arguments and sends the tools', async () => {
    const { llm } = client();
    double.script(toolCallsAnswer([{ name: 'resolve_company', args: { query: 'BABA' } }]));
    const tools = [{ name: 'resolve_company', description: 'd', parameters: { type: 'object', properties: {} } }];
    const completion = await llm.complete({ purpose: 'test', messages, tools });
    expect(completion.toolCalls).toEqual([{ id: expect.any(String), name: 'resolve_company', arguments: '{"query":"BABA"}' }]);
    expect(double.requests[0]?.body.tools).toEqual([{ type: 'function', function: tools[0] }]);
  });

  it('retries after a 429 and returns the answer', async () => {
    const { llm } = client();
    double.script(errorAnswer(429), textAnswer('after the wait'));
    expect((await llm.complete({ purpose: 'test', messages })).content).toBe('after the wait');
    expect(double.requests).toHaveLength(2);
  });

  it('gives up after one retry of repeated 500s, saying it was the server', async () => {
    const { llm, logs } = client();
    double.script(errorAnswer(500), errorAnswer(500));
    const error = await failure(llm.complete({ purpose: 'test', messages }));
    expect([error.failure, error.status]).toEqual(['server', 500]);
    expect(double.requests).toHaveLength(2);
    expect(logs.lines()).toContainEqual(expect.objectContaining({ msg: 'LLM call failed', failure: 'server', status: 500 }));
    expect(`${error.message}${logs.text()}`).not.toContain(KEY);
  });

  it('ends a call that hangs past the timeout', async () => {
    const { llm } = client(300);
    double.script(HANG, HANG);
    const started = Date.now();
    expect((await failure(llm.complete({ purpose: 'test', messages }))).failure).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it.each([
    ['a body that is not JSON', MALFORMED.notJson],
    ['no choices', MALFORMED.noChoices],
    ['a message with neither text nor tool calls', MALFORMED.emptyMessage],
  ])('reports %s as malformed', async (_name, answer) => {
    const { llm } = client();
    double.script(answer);
    expect((await failure(llm.complete({ purpose: 'test', messages }))).failure).toBe('malformed');
  });

  it('stops when the command budget aborts the call', async () => {
    const { llm } = client();
    double.script(HANG);
    const error = await failure(llm.complete({ purpose: 'test', messages, signal: AbortSignal.timeout(100) }));
    expect(error.failure).toBe('aborted');
  });
});
