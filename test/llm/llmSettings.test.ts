import { describe, expect, it } from 'vitest';
import { LLM_DEFAULTS, llmSettingsFrom, LlmSettingsError } from '../../src/llm/llmSettings.js';

describe('llmSettingsFrom', () => {
  it('leaves the LLM off when nothing is set', () => {
    expect(llmSettingsFrom({})).toBeNull();
  });

  it('turns it on for OpenAI with a key and a model, with deliberate timeout and retries', () => {
    expect(llmSettingsFrom({ OPENAI_API_KEY: 'sk-1', OPENAI_MODEL: 'gpt-4o-mini' })).toEqual({
      apiKey: 'sk-1', baseUrl: null, model: 'gpt-4o-mini', ...LLM_DEFAULTS,
    });
    expect(LLM_DEFAULTS.timeoutMs * (LLM_DEFAULTS.maxRetries + 1)).toBeLessThan(15 * 60_000);
    expect(LLM_DEFAULTS.budgetMs).toBeLessThan(15 * 60_000);
  });

  it('turns it on for a local server without a key', () => {
    expect(llmSettingsFrom({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3' })?.baseUrl).toBe('http://127.0.0.1:11434/v1');
  });

  it.each([
    [{ OPENAI_API_KEY: 'sk-secret-value' }, 'OPENAI_MODEL'],
    [{ OPENAI_MODEL: 'gpt-4o-mini' }, 'OPENAI_API_KEY'],
  ])('refuses half a configuration without echoing the key', (env, named) => {
    const error = (() => {
      try {
        llmSettingsFrom(env);
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(LlmSettingsError);
    expect(error?.message).toContain(named);
    expect(error?.message).not.toContain('sk-secret-value');
  });
});
