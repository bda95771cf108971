import type { Company } from '../../src/facts/company.js';
import type { FactStore } from '../../src/facts/store.js';
import { createRandom, hashSeed } from '../corpus/random.js';

/** Queries as users type them: a ticker, the name, the name in lower case, or the first letters of the name. */
export function lookupQueries(registry: readonly Company[], count: number, seed: number): string[] {
  const random = createRandom(hashSeed(seed, 'lookups'));
  return Array.from({ length: count }, () => {
    const company = random.pick(registry);
    switch (random.int(0, 3)) {
      case 0:
        return random.pick(company.listings).ticker;
      case 1:
        return company.name;
      case 2:
        return company.name.toLowerCase();
      default:
        return company.name.slice(0, random.int(4, Math.max(4, company.name.length - 1))).toLowerCase();
    }
  });
}

/**
 * Latency of what the bot does per question: resolve the text, then read the newest price of the first match.
 * The first `warmup` queries are run but not counted. Returns milliseconds, sorted ascending.
 */
export async function measureLookups(store: FactStore, queries: readonly string[], warmup = 1_000): Promise<number[]> {
  const latencies: number[] = [];
  for (const [i, query] of queries.entries()) {
    const started = performance.now();
    const found = store.resolve(query).companies[0];
    if (found) await store.latest(found.id, 'price');
    if (i >= warmup) latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}
