import type { BotContext } from '../discord/command.js';
import type { Logger } from '../logger.js';
import { createLlmClient } from './llmClient.js';
import { LlmRateLimiter, type LlmRateLimits } from './llmRateLimit.js';
import type { LlmSettings } from './llmSettings.js';
import type { LlmClient } from './llmTypes.js';

/** What the model-backed commands need: the client, the limit on model calls and the time one command may spend. */
export interface LlmLayer {
  client: LlmClient;
  limiter: LlmRateLimiter;
  budgetMs: number;
}

/** Built once in the entry point from the settings (none when the LLM is off). */
export function createLlmLayer(settings: LlmSettings, logger: Logger, limits?: LlmRateLimits): LlmLayer {
  return { client: createLlmClient(settings, logger), limiter: new LlmRateLimiter(limits), budgetMs: settings.budgetMs };
}

/** A command's context; BotContext carries the optional LLM layer. */
export type LlmContext = BotContext;

/** The LLM layer when it is on, else null: every caller answers without it too. */
export function llmOf(ctx: LlmContext): LlmLayer | null {
  return ctx.llm ?? null;
}
