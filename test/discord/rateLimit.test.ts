import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/discord/rateLimit.js';

describe('RateLimiter', () => {
  it('allows `limit` actions per sliding window and names the moment the oldest one leaves it', () => {
    const limiter = new RateLimiter({ limit: 3, windowMs: 10_000 });
    expect([0, 1_000, 2_000].map((at) => limiter.take('u', at).allowed)).toEqual([true, true, true]);
    expect(limiter.take('u', 3_000)).toEqual({ allowed: false, retryAt: 10_000 });
    expect(limiter.take('u', 10_000).allowed).toBe(true);
    expect(limiter.take('u', 10_500)).toEqual({ allowed: false, retryAt: 11_000 });
  });

  it('does not count refused attempts, so hammering does not push the retry time back', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 5_000 });
    limiter.take('u', 0);
    for (let at = 100; at < 5_000; at += 100) expect(limiter.take('u', at)).toEqual({ allowed: false, retryAt: 5_000 });
    expect(limiter.take('u', 5_000).allowed).toBe(true);
  });

  it('keeps users apart and forgets those idle for a whole window', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000 });
    for (let user = 0; user < 1_000; user++) expect(limiter.take(`user${user}`, 0).allowed).toBe(true);
    expect(limiter.size).toBe(1_000);
    limiter.take('late', 2_000);
    expect(limiter.size).toBe(1);
  });
});
