import type { StoreBackend } from './keyvStore.js';
import { KEYS } from './storeRecords.js';

/** A cached value and when it stops counting (epoch milliseconds). */
interface CacheRecord {
  value: unknown;
  expiresAt: number;
}

/** Values derived from the articles (LLM summaries), kept beside the facts under their own key prefix. */
export interface DerivedCache {
  /** The value stored under `key`, or undefined when there is none or it has expired (then it is removed). */
  cacheGet(key: string): Promise<unknown>;
  /** Stores `value` under `key` for `ttlMs`. */
  cacheSet(key: string, value: unknown, ttlMs: number): Promise<void>;
}

/**
 * The cache over a store's backend. Writes go through the backend's write queue (on SQLite a transaction of their
 * own), so a cache write never lands inside an ingest's transaction; they do not bump the store's revision, as no
 * fact changes. Expiry is checked here rather than by keyv, whose TTL envelope our bulk writes do not use.
 */
export function derivedCache(backend: StoreBackend, now: () => Date): DerivedCache {
  return {
    async cacheGet(key) {
      const record = await backend.kv.get<CacheRecord>(KEYS.cache(key));
      if (!record) return undefined;
      if (record.expiresAt > now().getTime()) return record.value;
      await backend.write(() => backend.kv.delete(KEYS.cache(key)));
      return undefined;
    },
    async cacheSet(key, value, ttlMs) {
      const record: CacheRecord = { value, expiresAt: now().getTime() + ttlMs };
      await backend.write(() => backend.kv.set(KEYS.cache(key), record));
    },
  };
}
