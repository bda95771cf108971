/** Nearest-rank percentile of an ascending-sorted sample; `p` in [0, 100]. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Runs `fn` and returns its result and the wall time in seconds. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await fn();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** Peak resident set size of this process so far, in MB (`maxRSS` is reported in KB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
