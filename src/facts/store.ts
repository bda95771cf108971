import type { Article } from '../articles/article.js';
import type { ArticleExtraction } from '../extract/extractArticle.js';
import { checkExtraction } from './checkExtraction.js';
import { checkStore } from './checkStore.js';
import { dailyBook, type DailyBook } from './dailyBook.js';
import { checkDailyBook } from './dailyRecords.js';
import { derivedCache, type DerivedCache } from './derivedCache.js';
import type { Company } from './company.js';
import type { Resolution } from './companyResolver.js';
import type { Fact, FactKind } from './fact.js';
import { openBackend, type BackendKind } from './keyvBackend.js';
import type { LatestFacts } from './selectLatest.js';
import { StoreState, type StoreHealth } from './storeState.js';
import {
  analystView,
  groupByKind,
  ofKind,
  readArticleMetas,
  readCompanyFacts,
  type AnalystView,
  type FactsByKind,
} from './storeQueries.js';
import { KEYS, type ArticleMeta, type ArticleRecord, type ArticleRef, type FileRecord, type IngestRun } from './storeRecords.js';
import type { FileStamp, IngestItem, IngestStatus } from './ingestItem.js';

export const DEFAULT_STORE_URL = 'sqlite://data/stockfacts.sqlite';

export interface FactStoreOptions {
  /** `sqlite://path` (default `sqlite://data/stockfacts.sqlite`), `memory://`, or another keyv adapter's URL. */
  url?: string;
  /** Registry companies: known to `resolve` and `suggest` before any article mentions them. */
  registry?: readonly Company[];
  /** Store errors (keyv's `error` events, a failed rollback); they are thrown to the caller as well. */
  onError?: (error: unknown) => void;
  /** How long a write waits for another process's write to finish; default one minute. */
  busyTimeoutMs?: number;
  /** The clock for `ingestedAt` and the last run's time. */
  now?: () => Date;
}

/**
 * The fact store: a cache built from the articles (delete it, ingest again, get the same answers). One process
 * writes through `ingestBatch`/`prune`; others read and call `refresh()` to see its writes (`resolve` answers from
 * the companies known at the last refresh).
 *
 * On SQLite every write is one transaction: an article is wholly in or wholly absent even after `kill -9`, and
 * concurrent writers take turns. Other backends have no transactions: records are written companies first, then
 * articles, then files, so a crash leaves files that look unread and the next ingest completes them; a crash
 * during a prune or an update can leave stale facts, which deleting the store and ingesting again clears.
 */
export interface FactStore extends DerivedCache, DailyBook {
  readonly kind: BackendKind;
  /** Stores one article atomically; an unchanged one is skipped, a changed file replaces its old facts. */
  ingestArticle(article: Article, extraction: ArticleExtraction, stamp?: FileStamp): Promise<IngestStatus>;
  /** Stores several articles in one transaction (the fast path); statuses in input order. */
  ingestBatch(items: readonly IngestItem[]): Promise<IngestStatus[]>;
  /**
   * New stamps for files touched but not changed (their bytes hash to the article they hold), so the next run
   * skips them unread; returns how many matched.
   */
  restampFiles(files: ReadonlyArray<{ file: string; articleId: string; stamp: FileStamp }>): Promise<number>;
  /** What the store last read from these files (absolute paths), for skipping unchanged files unread. */
  fileRecords(files: readonly string[]): Promise<Array<FileRecord | undefined>>;
  /** Forgets stored files (under `within`, when given) that are not in `existingFiles`; returns those removed. */
  prune(existingFiles: Iterable<string>, within?: readonly string[]): Promise<string[]>;
  /** Keeps the outcome of an ingest run for `health()`. */
  recordRun(failed: IngestRun['failed']): Promise<void>;
  resolve(query: string): Resolution;
  suggest(prefix: string, limit?: number): Company[];
  company(id: string): Company | undefined;
  /** The newest facts of a kind (one per currency, and per firm where that applies), older ones as history. */
  latest(companyId: string, kind: FactKind): Promise<LatestFacts>;
  targets(companyId: string): Promise<AnalystView>;
  /** Articles newest first, of one company or of all. */
  articles(companyId?: string, limit?: number): Promise<ArticleMeta[]>;
  facts(companyId: string): Promise<FactsByKind>;
  /** Every fact each of these articles gave (by article id, in the order asked; empty for an unknown id). */
  articleFacts(articleIds: readonly string[]): Promise<Fact[][]>;
  health(): Promise<StoreHealth>;
  /** Every inconsistency between the stored records, one line each; empty when the store is sound. */
  check(): Promise<string[]>;
  /** Picks up other processes' writes; true when there were any. */
  refresh(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openFactStore(options: FactStoreOptions = {}): Promise<FactStore> {
  const onError = options.onError ?? (() => undefined);
  const backend = await openBackend(options.url ?? DEFAULT_STORE_URL, { onError, busyTimeoutMs: options.busyTimeoutMs ?? 60_000 });
  const now = options.now ?? (() => new Date());
  const state = new StoreState(backend, options.registry ?? [], now);
  await state.refresh();
  const kv = backend.kv;
  return {
    ...derivedCache(backend, now),
    ...dailyBook(backend),
    kind: backend.kind,
    ingestArticle: async (article, extraction, stamp) => (await ingestBatch([{ article, extraction, stamp }]))[0] ?? 'unchanged',
    ingestBatch,
    restampFiles: (files) =>
      state.write(async (write) => {
        let matched = 0;
        for (const { file, articleId, stamp } of files) if (await write.restamp(file, articleId, stamp)) matched++;
        return matched;
      }),
    fileRecords: (files) => kv.getMany<FileRecord>(files.map(KEYS.file)),
    prune: (existing, within) => state.prune(new Set(existing), within),
    recordRun: (failed) => state.recordRun({ at: now().toISOString(), failed }),
    resolve: (query) => state.resolver().resolve(query),
    suggest: (prefix, limit) => state.resolver().suggest(prefix, limit),
    company: (id) => state.resolver().get(id),
    latest: async (companyId, kind) => ofKind(await readCompanyFacts(kv, companyId), kind),
    targets: async (companyId) => analystView(await readCompanyFacts(kv, companyId)),
    articles: async (companyId, limit = 10) => {
      const refs = companyId ? await kv.get<ArticleRef[]>(KEYS.companyArticles(companyId)) : await state.articleIndex();
      return readArticleMetas(kv, refs ?? [], limit);
    },
    facts: async (companyId) => groupByKind(await readCompanyFacts(kv, companyId)),
    articleFacts: async (ids) => (await kv.getMany<ArticleRecord>(ids.map(KEYS.article))).map((record) => record?.facts ?? []),
    health: () => state.health(),
    check: async () => [...(await checkStore(kv)), ...(await checkDailyBook(kv))],
    refresh: () => state.refresh(),
    close: () => backend.close(),
  };

  async function ingestBatch(items: readonly IngestItem[]): Promise<IngestStatus[]> {
    for (const { article, extraction } of items) {
      const problem = checkExtraction(article, extraction);
      if (problem) throw new Error(`Cannot store ${article.file}: ${problem}`);
    }
    return state.write(async (write) => {
      await write.prefetch(items);
      const statuses: IngestStatus[] = [];
      for (const item of items) statuses.push(await write.ingest(item));
      return statuses;
    });
  }
}

export type { IngestItem, IngestStatus, FileStamp, Resolution, AnalystView, FactsByKind, ArticleMeta, LatestFacts, StoreHealth };
