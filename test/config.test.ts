import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('uses the embedded store and shipped articles when nothing is set', () => {
    const config = loadConfig({});
    expect(config.STORE_URL).toBe('sqlite://data/stockfacts.sqlite');
    expect(config.ARTICLES_DIR).toBe('data/articles');
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ STORE_URL: '  ', LOG_LEVEL: '' }).STORE_URL).toBe('sqlite://data/stockfacts.sqlite');
  });

  it('lists every problem in one error without echoing the values', () => {
    let error: unknown;
    try {
      loadConfig({ DISCORD_APPLICATION_ID: 'secret-looking-value', LOG_LEVEL: 'loud', STALE_AFTER_DAYS: '-3', DISCORD_API_BASE: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DISCORD_APPLICATION_ID');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('STALE_AFTER_DAYS');
    expect(message).toContain('DISCORD_API_BASE');
    expect(message).not.toContain('secret-looking-value');
  });

  it('limits each user to 5 commands per 10 seconds unless told otherwise, and refuses a limit that is not a positive whole number', () => {
    expect(loadConfig({})).toMatchObject({ RATE_LIMIT_COMMANDS: 5, RATE_LIMIT_WINDOW_SECONDS: 10 });
    expect(loadConfig({ RATE_LIMIT_COMMANDS: '20', RATE_LIMIT_WINDOW_SECONDS: '60' })).toMatchObject({ RATE_LIMIT_COMMANDS: 20, RATE_LIMIT_WINDOW_SECONDS: 60 });
    expect(() => loadConfig({ RATE_LIMIT_COMMANDS: '0', RATE_LIMIT_WINDOW_SECONDS: 'soon' })).toThrow(/RATE_LIMIT_COMMANDS[^]*RATE_LIMIT_WINDOW_SECONDS/);
  });

  it('leaves the LLM off until it is configured, and takes a key, base URL and model', () => {
    expect(loadConfig({ OPENAI_API_KEY: ' ', OPENAI_MODEL: '' }).OPENAI_API_KEY).toBeUndefined();
    const config = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.1' });
    expect(config).toMatchObject({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.1' });
  });

  it('names every LLM setting problem without echoing the key', () => {
    let message = '';
    try {
      loadConfig({ OPENAI_API_KEY: 'sk-very-secret-key', OPENAI_BASE_URL: 'not a url', DISCORD_TOKEN: 'abc' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('OPENAI_BASE_URL');
    expect(() => loadConfig({ OPENAI_API_KEY: 'sk-very-secret-key', DISCORD_TOKEN: 'abc' })).toThrow(/DISCORD_APPLICATION_ID[^]*OPENAI_MODEL/);
    expect(message).not.toContain('sk-very-secret-key');
  });

  it('requires an application id once a token is given', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'abc' })).toThrow(/DISCORD_APPLICATION_ID/);
  });
});
