import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { FactStore } from '../../src/facts/store.js';
import { createLlmLayer, type LlmContext } from '../../src/llm/llmLayer.js';
import { llmSettingsFrom } from '../../src/llm/llmSettings.js';
import { startOpenAiDouble, type OpenAiDouble } from '../e2e/openaiDouble/startOpenAiDouble.js';
import { captureLogs } from '../llm/logCapture.js';
import { makeContext, sampleStore } from './context.js';

export const TEST_KEY = 'sk-test-do-not-log-4242';

/** A command context with the LLM on, talking to the double with short timeouts; its logs are captured. */
export function llmContext(store: FactStore, double: OpenAiDouble, now?: Date): { ctx: LlmContext; logs: ReturnType<typeof captureLogs> } {
  const logs = captureLogs();
  const env = { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: double.baseUrl, OPENAI_MODEL: 'double-model' };
  const settings = llmSettingsFrom(env, { timeoutMs: 400, maxRetries: 1, budgetMs: 5_000 });
  if (!settings) throw new Error('LLM settings expected');
  const ctx: LlmContext = { ...makeContext(store, now), logger: logs.logger, llm: createLlmLayer(settings, logs.logger) };
  return { ctx, logs };
}

/** The sample store and a running OpenAI double for a test file, requests cleared before each test. */
export function useStoreAndDouble(): { store: () => FactStore; double: () => OpenAiDouble } {
  let store: FactStore | undefined;
  let double: OpenAiDouble | undefined;
  beforeAll(async () => {
    [store, double] = await Promise.all([sampleStore(), startOpenAiDouble()]);
  });
  afterAll(async () => Promise.all([store?.close(), double?.close()]));
  beforeEach(() => {
    if (double) double.requests.length = 0;
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('used outside a test');
    return value;
  };
  return { store: () => need(store), double: () => need(double) };
}
