/** What a rate-limit check decided: go ahead, or wait until `retryAt` (epoch milliseconds). */
export type RateDecision = { allowed: true } | { allowed: false; retryAt: number };

export interface RateLimitOptions {
  /** Commands (and button clicks) one user may run per window. */
  limit: number;
  windowMs: number;
}

/**
 * A sliding-window limit per user: at most `limit` actions in any `windowMs`. Refused attempts do not count, so a
 * user who keeps clicking is told the same retry time rather than being locked out longer. Users idle for a whole
 * window are forgotten, so memory follows the number of active users.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(private readonly options: RateLimitOptions) {}

  take(userId: string, nowMs: number): RateDecision {
    this.sweep(nowMs);
    const since = nowMs - this.options.windowMs;
    const times = (this.recent.get(userId) ?? []).filter((at) => at > since);
    if (times.length >= this.options.limit) {
      this.recent.set(userId, times);
      return { allowed: false, retryAt: (times[times.length - this.options.limit] ?? nowMs) + this.options.windowMs };
    }
    times.push(nowMs);
    this.recent.set(userId, times);
    return { allowed: true };
  }

  /** Users being tracked; for tests and metrics. */
  get size(): number {
    return this.recent.size;
  }

  private sweep(nowMs: number): void {
    if (nowMs - this.lastSweep < this.options.windowMs) return;
    this.lastSweep = nowMs;
    for (const [userId, times] of this.recent) {
      if ((times.at(-1) ?? 0) <= nowMs - this.options.windowMs) this.recent.delete(userId);
    }
  }
}
