import { UserError, type Invoker } from '../discord/command.js';
import { slowDownReply } from '../discord/errorReply.js';
import { RateLimiter, type RateLimitOptions } from '../discord/rateLimit.js';

/** How many model-backed answers a user, and a whole server, may ask for in a window. */
export interface LlmRateLimits {
  perUser: RateLimitOptions;
  perGuild: RateLimitOptions;
}

/**
 * Model calls cost money and time, so on top of the router's per-user limit: 3 a minute per user and 20 a minute
 * per server (a busy server cannot run up the bill through many users).
 */
export const LLM_RATE_LIMITS: LlmRateLimits = {
  perUser: { limit: 3, windowMs: 60_000 },
  perGuild: { limit: 20, windowMs: 60_000 },
};

/** The limits as the settings give them, each over a minute. */
export function llmRateLimitsFrom(config: { LLM_USER_LIMIT_PER_MINUTE: number; LLM_GUILD_LIMIT_PER_MINUTE: number }): LlmRateLimits {
  return {
    perUser: { limit: config.LLM_USER_LIMIT_PER_MINUTE, windowMs: 60_000 },
    perGuild: { limit: config.LLM_GUILD_LIMIT_PER_MINUTE, windowMs: 60_000 },
  };
}

/** The per-user and per-guild limit for commands that call the model (answers from the cache do not count). */
export class LlmRateLimiter {
  private readonly users: RateLimiter;
  private readonly guilds: RateLimiter;

  constructor(limits: LlmRateLimits = LLM_RATE_LIMITS) {
    this.users = new RateLimiter(limits.perUser);
    this.guilds = new RateLimiter(limits.perGuild);
  }

  /**
   * Counts one model-backed answer, or throws a UserError with an ephemeral "slow down" naming when to ask again.
   * The server's limit is checked first, so a user refused for the server's sake keeps their own allowance.
   */
  take(invoker: Invoker, nowMs: number): void {
    const guild = invoker.guildId === null ? { allowed: true as const } : this.guilds.take(invoker.guildId, nowMs);
    const decision = guild.allowed ? this.users.take(invoker.userId, nowMs) : guild;
    if (decision.allowed) return;
    const reply = slowDownReply(new Date(decision.retryAt));
    throw new UserError(reply.content ?? 'Slow down a little.', reply);
  }
}
