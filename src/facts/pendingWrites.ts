import type { KeyValueStore } from './keyvBackend.js';

const DELETED = Symbol('deleted');

/**
 * The writes of one store transaction, held back until `flush`: reads see them first, so a batch can build on
 * its own changes; nothing reaches the store until the whole batch is worked out.
 */
export class PendingWrites {
  private readonly pending = new Map<string, unknown>();

  constructor(private readonly kv: KeyValueStore) {}

  async get<T>(key: string): Promise<T | undefined> {
    if (this.pending.has(key)) return this.pendingValue<T>(key);
    return this.kv.get<T>(key);
  }

  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    const missing = [...new Set(keys.filter((key) => !this.pending.has(key)))];
    const values = await this.kv.getMany<T>(missing);
    const loaded = new Map(missing.map((key, i) => [key, values[i]]));
    return keys.map((key) => (this.pending.has(key) ? this.pendingValue<T>(key) : loaded.get(key)));
  }

  set(key: string, value: unknown): void {
    this.pending.set(key, value);
  }

  delete(key: string): void {
    this.pending.set(key, DELETED);
  }

  /**
   * Writes everything out. Inside a SQLite transaction the order does not matter; on other backends article
   * records go after the company records that point at them and file records go last, so a crash part-way leaves
   * files that look unread (and are read again next time, which adds nothing twice) rather than files that look
   * read but whose facts are missing.
   */
  async flush(): Promise<void> {
    const rank = (key: string): number => (key.startsWith('file:') ? 2 : key.startsWith('article:') ? 1 : 0);
    const entries = [...this.pending];
    for (const stage of [0, 1, 2]) {
      await Promise.all(
        entries
          .filter(([key]) => rank(key) === stage)
          .map(([key, value]) => (value === DELETED ? this.kv.delete(key) : this.kv.set(key, value))),
      );
    }
    this.pending.clear();
  }

  private pendingValue<T>(key: string): T | undefined {
    const value = this.pending.get(key);
    return value === DELETED ? undefined : (value as T);
  }
}
