import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { JSON_CODEC, NAMESPACE, wrapKeyv, type BackendOptions, type KeyValueStore, type StoreBackend } from './keyvStore.js';

/**
 * The embedded default: a SQLite file in WAL mode where each write is one `BEGIN IMMEDIATE` transaction, so an
 * article's records appear all at once, survive `kill -9` whole or not at all, and writers in several processes
 * take turns (waiting up to the busy timeout).
 */
export async function openSqlite(url: string, options: BackendOptions): Promise<StoreBackend> {
  const file = url.replace(/^sqlite:\/\//i, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: options.busyTimeoutMs });
  const backend = wrapKeyv('sqlite', new Keyv({ store: sqlite, namespace: NAMESPACE, ...JSON_CODEC }), options);
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

