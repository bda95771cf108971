import { sep } from 'node:path';
import type { Company } from './company.js';
import { CompanyResolver } from './companyResolver.js';
import type { StoreBackend } from './keyvStore.js';
import { PendingWrites } from './pendingWrites.js';
import { readArticleMetas } from './storeQueries.js';
import { KEYS, STORE_SCHEMA, type ArticleMeta, type IndexedArticle, type IngestRun, type StoreMeta } from './storeRecords.js';
import { StoreWrite, type StoreIndexes } from './storeWrite.js';

/** What the store holds and how the last ingest went. */
export interface StoreHealth {
  articles: number;
  /** Companies with at least one stored article. */
  companies: number;
  /** Companies `resolve` knows: the registry's and the articles'. */
  knownCompanies: number;
  newestArticle: ArticleMeta | null;
  lastIngest: string | null;
  failed: IngestRun['failed'];
}

/**
 * What one process keeps of the store in memory: the indexes (reused by the next write while no other process has
 * written, which the revision in `meta` tells) and the resolver built from them.
 */
export class StoreState {
  private cache: { rev: number; indexes: StoreIndexes } | null = null;
  private knownRev = -1;
  private companies: Company[] = [];
  private built: CompanyResolver | null = null;

  constructor(
    private readonly backend: StoreBackend,
    private readonly registry: readonly Company[],
    private readonly now: () => Date,
  ) {}

  /** Built on first use after a change, so an ingest that never resolves never pays for it. */
  resolver(): CompanyResolver {
    this.built ??= new CompanyResolver([...this.registry, ...this.companies]);
    return this.built;
  }

  async refresh(): Promise<boolean> {
    const rev = revisionOf(await this.backend.kv.get<StoreMeta>(KEYS.meta));
    if (rev === this.knownRev) return false;
    this.companies = (await this.backend.kv.get<Company[]>(KEYS.companies)) ?? [];
    this.knownRev = rev;
    this.built = null;
    return true;
  }

  /** Runs `work` in one write transaction, then bumps the revision so other processes notice. */
  async write<T>(work: (write: StoreWrite, indexes: StoreIndexes) => Promise<T>): Promise<T> {
    const outcome = await this.backend.write(async () => {
      const writes = new PendingWrites(this.backend.kv);
      const rev = revisionOf(await writes.get<StoreMeta>(KEYS.meta));
      const indexes = this.cache?.rev === rev ? this.cache.indexes : await loadIndexes(writes);
      this.cache = null;
      const write = new StoreWrite(writes, indexes, this.now().toISOString());
      const result = await work(write, indexes);
      await write.finish();
      writes.set(KEYS.meta, { schema: STORE_SCHEMA, rev: rev + 1 } satisfies StoreMeta);
      await writes.flush();
      return { result, rev: rev + 1, indexes };
    });
    this.cache = { rev: outcome.rev, indexes: outcome.indexes };
    this.knownRev = outcome.rev;
    this.companies = [...outcome.indexes.companies.values()];
    this.built = null;
    return outcome.result;
  }

  prune(existing: ReadonlySet<string>, within?: readonly string[]): Promise<string[]> {
    return this.write(async (write, indexes) => {
      const gone = indexes.articles
        .flatMap((entry) => entry.files)
        .filter((file) => !existing.has(file) && (!within || within.some((root) => isWithin(file, root))));
      for (const file of gone) await write.removeFile(file);
      return gone.sort();
    });
  }

  recordRun(run: IngestRun): Promise<void> {
    return this.backend.write(async () => {
      await this.backend.kv.set(KEYS.lastRun, run);
    });
  }

  async articleIndex(): Promise<IndexedArticle[]> {
    return (await this.indexes()).articles;
  }

  async health(): Promise<StoreHealth> {
    const indexes = await this.indexes();
    const lastRun = await this.backend.kv.get<IngestRun>(KEYS.lastRun);
    const newest = indexes.articles[0];
    const [newestArticle] = newest ? await readArticleMetas(this.backend.kv, [newest], 1) : [];
    return {
      articles: indexes.articles.length,
      companies: indexes.companies.size,
      knownCompanies: this.resolver().size,
      newestArticle: newestArticle ?? null,
      lastIngest: lastRun?.at ?? null,
      failed: lastRun?.failed ?? [],
    };
  }

  /** The indexes as of now; tagged with the revision read before them, so a write in between forces a reload. */
  private async indexes(): Promise<StoreIndexes> {
    const rev = revisionOf(await this.backend.kv.get<StoreMeta>(KEYS.meta));
    if (this.cache?.rev === rev) return this.cache.indexes;
    const indexes = await loadIndexes(this.backend.kv);
    this.cache = { rev, indexes };
    return indexes;
  }
}

async function loadIndexes(source: Pick<PendingWrites, 'get'>): Promise<StoreIndexes> {
  const articles = (await source.get<IndexedArticle[]>(KEYS.articles)) ?? [];
  const companies = (await source.get<Company[]>(KEYS.companies)) ?? [];
  return { articles, companies: new Map(companies.map((company) => [company.id, company])) };
}

function revisionOf(meta: StoreMeta | undefined): number {
  if (!meta) return 0;
  if (meta.schema !== STORE_SCHEMA) {
    throw new Error(`The fact store has format ${meta.schema}, this version reads ${STORE_SCHEMA}: delete it and ingest again.`);
  }
  return meta.rev;
}

function isWithin(file: string, root: string): boolean {
  const base = root.endsWith(sep) ? root : `${root}${sep}`;
  return file === root || file.startsWith(base);
}
