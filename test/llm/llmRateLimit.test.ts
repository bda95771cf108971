import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/command.js';
import { LlmRateLimiter } from '../../src/llm/llmRateLimit.js';

const user = (userId: string, guildId: string | null = 'g1') => ({ userId, guildId, channelId: null });
const limits = { perUser: { limit: 2, windowMs: 60_000 }, perGuild: { limit: 3, windowMs: 60_000 } };

function refusal(limiter: LlmRateLimiter, who: ReturnType<typeof user>, at: number): UserError | undefined {
  try {
    limiter.take(who, at);
    return undefined;
  } catch (error) {
    return error as UserError;
  }
}

describe('LlmRateLimiter', () => {
  it('tells a user over their limit to slow down, privately, with when to ask again', () => {
    const limiter = new LlmRateLimiter(limits);
    limiter.take(user('a'), 0);
    limiter.take(user('a'), 1);
    const error = refusal(limiter, user('a'), 2);
    expect(error).toBeInstanceOf(UserError);
    expect(error?.reply).toEqual({ content: 'Slow down a little: you can ask again <t:60:R>.', ephemeral: true });
  });

  it('limits a whole server across its users', () => {
    const limiter = new LlmRateLimiter(limits);
    limiter.take(user('a'), 0);
    limiter.take(user('b'), 0);
    limiter.take(user('c'), 0);
    expect(refusal(limiter, user('d'), 1)).toBeInstanceOf(UserError);
    expect(refusal(limiter, user('d', 'g2'), 1)).toBeUndefined();
  });

  it('lets a user ask again once the window has passed', () => {
    const limiter = new LlmRateLimiter(limits);
    limiter.take(user('a', null), 0);
    limiter.take(user('a', null), 0);
    expect(refusal(limiter, user('a', null), 60_001)).toBeUndefined();
  });
});
