import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { JSON_CODEC, NAMESPACE, wrapKeyv, type BackendOptions, type StoreBackend } from './keyvStore.js';
import { openSqlite } from './sqliteBackend.js';

export type { BackendKind } from './keyvStore.js';

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
  if (scheme === 'memory') return wrapKeyv('memory', new Keyv({ namespace: NAMESPACE, ...JSON_CODEC }), options);
  const pkg = scheme ? ADAPTERS[scheme] : undefined;
  if (!pkg) throw new Error(`Unsupported store URL ${redact(url)}: use sqlite://path, memory:// or a keyv adapter URL.`);
  const adapter = await loadAdapter(pkg, url);
  return wrapKeyv('adapter', new Keyv({ store: adapter, namespace: NAMESPACE, ...JSON_CODEC }), options);
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
