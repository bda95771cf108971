/** The environment's OpenAI settings as config gives them (blank already treated as unset). */
export interface LlmEnv {
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_MODEL?: string | undefined;
  OPENAI_TIMEOUT_SECONDS?: number | undefined;
  OPENAI_MAX_RETRIES?: number | undefined;
}

/** How the bot talks to an OpenAI-compatible endpoint. */
export interface LlmSettings {
  apiKey: string;
  /** OpenAI's own API when null; a local server (Ollama, vLLM, LM Studio) or a test double otherwise. */
  baseUrl: string | null;
  model: string;
  /** Per attempt. The client's default is 10 minutes, which could outlive a 15-minute interaction token. */
  timeoutMs: number;
  /** Retries after a 429, a 5xx or a timeout; the client's default is 2. */
  maxRetries: number;
  /** All of one command's model calls together; beyond it the command answers without the model. */
  budgetMs: number;
}

/**
 * 30 s per attempt and one retry: a slow call costs at most about a minute, and a whole command (a few calls) is
 * cut off by the 3-minute budget, far inside Discord's 15 minutes for editing a deferred reply.
 */
export const LLM_DEFAULTS = { timeoutMs: 30_000, maxRetries: 1, budgetMs: 180_000 } as const;

/** Local servers ignore the key, but the client refuses to start without one. */
const KEYLESS = 'no-key';

/** A settings problem; names the variable, never echoes a value (the key is a secret). */
export class LlmSettingsError extends Error {
  override readonly name = 'LlmSettingsError';
}

/**
 * The LLM's settings, or null when it is off (nothing set). It is on with a model and either a key (OpenAI) or a
 * base URL (a local server, key optional); a key or URL without a model is a mistake worth stopping for.
 */
export function llmSettingsFrom(env: LlmEnv, overrides: Partial<Pick<LlmSettings, 'timeoutMs' | 'maxRetries' | 'budgetMs'>> = {}): LlmSettings | null {
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  const baseUrl = env.OPENAI_BASE_URL?.trim() || null;
  const model = env.OPENAI_MODEL?.trim() || undefined;
  if (!apiKey && !baseUrl && !model) return null;
  if (!model) throw new LlmSettingsError('OPENAI_MODEL: required when OPENAI_API_KEY or OPENAI_BASE_URL is set');
  if (!apiKey && !baseUrl) throw new LlmSettingsError('OPENAI_API_KEY: required for OpenAI\'s API (or set OPENAI_BASE_URL for a local server)');
  const fromEnv = {
    ...(env.OPENAI_TIMEOUT_SECONDS === undefined ? {} : { timeoutMs: env.OPENAI_TIMEOUT_SECONDS * 1_000 }),
    ...(env.OPENAI_MAX_RETRIES === undefined ? {} : { maxRetries: env.OPENAI_MAX_RETRIES }),
  };
  return { apiKey: apiKey ?? KEYLESS, baseUrl, model, ...LLM_DEFAULTS, ...fromEnv, ...overrides };
}
