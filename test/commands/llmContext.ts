import type { FactStore } from '../../src/facts/store.js';
import { createLlmLayer, type LlmContext } from '../../src/llm/llmLayer.js';
import { llmSettingsFrom } from '../../src/llm/llmSettings.js';
import type { OpenAiDouble } from '../e2e/openaiDouble/startOpenAiDouble.js';
import { captureLogs } from '../llm/logCapture.js';
import { makeContext } from './context.js';

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
