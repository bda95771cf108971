import type Keyv from 'keyv';

/** The few key-value operations the store's records need, whatever keyv adapter is underneath. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<Array<T | undefined>>;
  set(key: string, value: unknown): Promise<unknown>;
  delete(key: string): Promise<unknown>;
  setMany(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
}

export type BackendKind = 'sqlite' | 'memory' | 'adapter';

export interface StoreBackend {
  readonly kind: BackendKind;
  readonly kv: KeyValueStore;
  /**
   * Runs `work` as one write. On SQLite it is one `BEGIN IMMEDIATE` transaction: all or nothing even after a crash,
   * and serialized with every other process writing the same file. Elsewhere it is only serialized in this process.
   */
  write<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface BackendOptions {
  onError: (error: unknown) => void;
  /** How long a writer waits for another process's transaction before giving up (ms). */
  busyTimeoutMs: number;
}

/** Every key lives in this keyv namespace, in one table: one SQLite connection, so one transaction covers all. */
export const NAMESPACE = 'stockfacts';
/** Keys per getMany: keyv's SQLite adapter matches its rows to keys with a linear search per key. */
const READ_CHUNK = 500;

/** Our records are plain JSON; the default codec walks every value in JavaScript and is several times slower. */
export const JSON_CODEC = { serialize: JSON.stringify, deserialize: JSON.parse, throwOnErrors: true } as const;

/** The store's operations on a Keyv instance; writes queue up so one runs at a time in this process. */
export function wrapKeyv(kind: BackendKind, keyv: Keyv, options: BackendOptions): StoreBackend {
  keyv.on('error', options.onError);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind,
    kv: {
      get: (key) => keyv.get(key),
      getMany: async <T>(keys: string[]) => {
        const values: Array<T | undefined> = [];
        for (let i = 0; i < keys.length; i += READ_CHUNK) values.push(...(await keyv.getMany<T>(keys.slice(i, i + READ_CHUNK))));
        return values;
      },
      set: (key, value) => keyv.set(key, value),
      delete: (key) => keyv.delete(key),
      setMany: async (entries) => {
        if (entries.length > 0) await keyv.setMany(entries.map(([key, value]) => ({ key, value })));
      },
      deleteMany: async (keys) => {
        if (keys.length > 0) await keyv.delete([...keys]);
      },
    },
    write: <T>(work: () => Promise<T>): Promise<T> => {
      const run = queue.then(work, work);
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => keyv.disconnect(),
  };
}

