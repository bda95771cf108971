import type { KeyValueStore } from './keyvStore.js';

const DELETED = Symbol('deleted');

/**
 * The reads and writes of one store transaction. Reads are remembered (so `prefetch` can fetch a batch's rows in
 * a few round trips) and writes are held back until `flush`; reads see the held-back writes, so a batch can build
 * on its own changes, and nothing reaches the store until the whole batch is worked out.
 */
export class PendingWrites {
  /** Each key's value as this transaction sees it: read, written, or DELETED; undefined when absent. */
  private readonly known = new Map<string, unknown>();
  private readonly dirty = new Set<string>();

  constructor(private readonly kv: KeyValueStore) {}

  async get<T>(key: string): Promise<T | undefined> {
    if (!this.known.has(key)) this.known.set(key, await this.kv.get<T>(key));
    return this.valueOf<T>(key);
  }

  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    await this.prefetch(keys);
    return keys.map((key) => this.valueOf<T>(key));
  }

  /** Reads in bulk the rows the next steps will ask for one at a time. */
  async prefetch(keys: Iterable<string>): Promise<void> {
    const missing = [...new Set(keys)].filter((key) => !this.known.has(key));
    const values = await this.kv.getMany(missing);
    missing.forEach((key, i) => this.known.set(key, values[i]));
  }

  set(key: string, value: unknown): void {
    this.known.set(key, value);
    this.dirty.add(key);
  }

  delete(key: string): void {
    this.known.set(key, DELETED);
    this.dirty.add(key);
  }

  /**
   * Writes everything out. Inside a SQLite transaction the order does not matter; on other backends article
   * records go after the company records that point at them and file records go last, so a crash part-way leaves
   * files that look unread (and are read again next time, which adds nothing twice) rather than files that look
   * read but whose facts are missing.
   */
  async flush(): Promise<void> {
    const rank = (key: string): number => (key.startsWith('file:') ? 2 : key.startsWith('article:') ? 1 : 0);
    const entries = [...this.dirty].map((key) => [key, this.known.get(key)] as const);
    for (const stage of [0, 1, 2]) {
      const inStage = entries.filter(([key]) => rank(key) === stage);
      await this.kv.setMany(inStage.filter(([, value]) => value !== DELETED));
      await this.kv.deleteMany(inStage.filter(([, value]) => value === DELETED).map(([key]) => key));
    }
    this.dirty.clear();
  }

  private valueOf<T>(key: string): T | undefined {
    const value = this.known.get(key);
    return value === DELETED ? undefined : (value as T | undefined);
  }
}
