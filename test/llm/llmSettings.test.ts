import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { llmRateLimitsFrom } from '../../src/llm/llmRateLimit.js';
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

  it('takes the timeout, retries and limits from the settings, validated', () => {
    const config = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3', OPENAI_TIMEOUT_SECONDS: '90', OPENAI_MAX_RETRIES: '0', LLM_USER_LIMIT_PER_MINUTE: '5', LLM_GUILD_LIMIT_PER_MINUTE: ' ' });
    expect(llmSettingsFrom(config)).toMatchObject({ timeoutMs: 90_000, maxRetries: 0, budgetMs: LLM_DEFAULTS.budgetMs });
    expect(llmRateLimitsFrom(config)).toEqual({ perUser: { limit: 5, windowMs: 60_000 }, perGuild: { limit: 20, windowMs: 60_000 } });
    expect(() => loadConfig({ OPENAI_TIMEOUT_SECONDS: '900', OPENAI_MAX_RETRIES: 'many' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPENAI_TIMEOUT_SECONDS: '900' })).toThrow(/OPENAI_TIMEOUT_SECONDS/);
  });
});
