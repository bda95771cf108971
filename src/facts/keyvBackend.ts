import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv, { type KeyvStoreAdapter } from 'keyv';

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

const NAMESPACE = 'stockfacts';
/** Keys per getMany: keyv's SQLite adapter matches its rows to keys with a linear search per key. */
const READ_CHUNK = 500;
/** Adapter packages for other keyv URLs; loaded only when such a URL is used, so none is a dependency. */
const ADAPTERS: Readonly<Record<string, string>> = {
  redis: '@keyv/redis',
  rediss: '@keyv/redis',
  postgres: '@keyv/postgres',
  postgresql: '@keyv/postgres',
  mysql: '@keyv/mysql',
  mongodb: '@keyv/mongo',
};

/** Opens the keyv store a URL names: `sqlite://path`, `memory://`, or another keyv adapter's URL. */
export async function openBackend(url: string, options: BackendOptions): Promise<StoreBackend> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'sqlite') return openSqlite(url, options);
  if (scheme === 'memory') return wrap('memory', new Keyv({ namespace: NAMESPACE, ...JSON_CODEC }), options);
  const pkg = scheme ? ADAPTERS[scheme] : undefined;
  if (!pkg) throw new Error(`Unsupported store URL ${redact(url)}: use sqlite://path, memory:// or a keyv adapter URL.`);
  const adapter = await loadAdapter(pkg, url);
  return wrap('adapter', new Keyv({ store: adapter, namespace: NAMESPACE, ...JSON_CODEC }), options);
}

/** Our records are plain JSON; the default codec walks every value in JavaScript and is several times slower. */
const JSON_CODEC = { serialize: JSON.stringify, deserialize: JSON.parse, throwOnErrors: true } as const;

async function openSqlite(url: string, options: BackendOptions): Promise<StoreBackend> {
  const file = url.replace(/^sqlite:\/\//i, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: options.busyTimeoutMs });
  const backend = wrap('sqlite', new Keyv({ store: sqlite, namespace: NAMESPACE, ...JSON_CODEC }), options);
  // WAL: readers never block the writer and a commit is one append; NORMAL sync is still crash-consistent in WAL.
  await sqlite.query('PRAGMA journal_mode=WAL');
  await sqlite.query('PRAGMA synchronous=NORMAL');
  const serialized = backend.write;
  return {
    ...backend,
    kv: { ...backend.kv, ...sqliteBulkWrites(sqlite) },
    write: (work) =>
      serialized(async () => {
        await sqlite.query('BEGIN IMMEDIATE');
        try {
          const result = await work();
          await sqlite.query('COMMIT');
          return result;
        } catch (error) {
          await sqlite.query('ROLLBACK').catch(options.onError);
          throw error;
        }
      }),
  };
}

/** Rows per multi-row statement: well under SQLite's 32,766 bound variables. */
const WRITE_CHUNK = 200;

/**
 * Many rows per statement. The adapter has no setMany and runs one statement per key (about 75 µs each, most of
 * an ingest's time); these statements write exactly the rows `keyv.set` would: the namespaced key and the
 * serialized `{ value }` envelope (no expiry), so keyv reads them back as its own.
 */
function sqliteBulkWrites(sqlite: KeyvSqlite): Pick<KeyValueStore, 'setMany' | 'deleteMany'> {
  const table = sqlite.opts.table ?? 'keyv';
  return {
    async setMany(entries) {
      for (let i = 0; i < entries.length; i += WRITE_CHUNK) {
        const chunk = entries.slice(i, i + WRITE_CHUNK);
        const rows = chunk.map(() => '(?, ?)').join(', ');
        const params = chunk.flatMap(([key, value]) => [`${NAMESPACE}:${key}`, JSON_CODEC.serialize({ value })]);
        await sqlite.query(`INSERT INTO ${table} (key, value) VALUES ${rows} ON CONFLICT(key) DO UPDATE SET value = excluded.value`, ...params);
      }
    },
    async deleteMany(keys) {
      const namespaced = JSON.stringify(keys.map((key) => `${NAMESPACE}:${key}`));
      if (keys.length > 0) await sqlite.query(`DELETE FROM ${table} WHERE key IN (SELECT value FROM json_each(?))`, namespaced);
    },
  };
}

function wrap(kind: BackendKind, keyv: Keyv, options: BackendOptions): StoreBackend {
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

async function loadAdapter(pkg: string, url: string): Promise<KeyvStoreAdapter> {
  let module: { default?: new (uri: string) => KeyvStoreAdapter };
  try {
    module = (await import(pkg)) as typeof module;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(`The store URL ${redact(url)} needs the ${pkg} package: npm install ${pkg}`);
  }
  if (!module.default) throw new Error(`${pkg} has no default export to build a keyv store from.`);
  return new module.default(url);
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
