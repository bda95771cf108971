/*
 * The store's rows, all in one keyv namespace (so on SQLite one connection, and one transaction covers them):
 *   meta                  { schema, rev }: rev grows with every write, so other processes can tell they are stale
 *   articles              every article { id, published, files }, newest first
 *   companies             every company with at least one article (the resolver adds the registry's)
 *   article:<id>          one article's meta, files, companies and facts (id = sha256 of the file's bytes)
 *   file:<absolute path>  { articleId, size, mtimeMs }: what the file held when last read
 *   company:<id>          { company, current, history }: the one row a lookup reads
 *   companyArticles:<id>  the company's articles, newest first
 *   lastRun               when the last ingest ran and which files failed
 *   cache:<key>           a value derived from the articles (an LLM summary) and when it expires
 *   dailyGuilds           the guilds with daily digest settings (issue 5)
 *   daily:<guildId>       a guild's digest settings, as /daily setup saved them
 *   dailyPost:<guildId>   the guild's latest digest record: claimed, posted or skipped, for one local day
 * Everything but meta.rev, lastRun, ingestedAt, the cache and the daily rows follows from the articles alone. The
 * daily rows are the moderators' own data: no ingest, prune or revision touches them, and `check()` only checks
 * that they read back valid.
 */
import type { Company } from './company.js';
import type { Fact } from './fact.js';

/** Bumped whenever the record shapes below change; an older store must be deleted and rebuilt. */
export const STORE_SCHEMA = 1;

/** What a listing of articles shows about one. */
export interface ArticleMeta {
  /** Content hash of the article's bytes. */
  id: string;
  /** The first file the text was read from (the same text under other names is the same article). */
  file: string;
  title: string;
  published: string | null;
  url: string | null;
  /** When this process stored it (ISO); not part of the answers, which depend on the articles alone. */
  ingestedAt: string;
}

/** `article:<id>`: everything one article contributes; written in the same transaction as the rest. */
export interface ArticleRecord {
  meta: ArticleMeta;
  /** Every file (absolute path) holding exactly this text, sorted. */
  files: string[];
  /** The companies as this article's extraction gave them, to rebuild company records from. */
  companies: Company[];
  facts: Fact[];
}

/** An article in an index: enough to sort newest first and to find its files without reading the record. */
export interface ArticleRef {
  id: string;
  published: string | null;
}

/** One entry of the `articles` index. */
export interface IndexedArticle extends ArticleRef {
  files: string[];
}

/** `file:<absolute path>`: which article a file held when last read, and its stamp for the fast unchanged check. */
export interface FileRecord {
  articleId: string;
  size: number;
  mtimeMs: number;
}

/** `company:<id>`: the company with its current facts and bounded history: one row per lookup. */
export interface CompanyRecord {
  company: Company;
  current: Fact[];
  history: Fact[];
}

/** `meta`: store format and a revision bumped by every write, so readers and writers notice other processes. */
export interface StoreMeta {
  schema: number;
  rev: number;
}

/** The outcome of the last ingest run, kept for `health()`. */
export interface IngestRun {
  at: string;
  failed: Array<{ file: string; error: string }>;
}

export const KEYS = {
  meta: 'meta',
  articles: 'articles',
  companies: 'companies',
  lastRun: 'lastRun',
  article: (id: string) => `article:${id}`,
  file: (path: string) => `file:${path}`,
  company: (id: string) => `company:${id}`,
  companyArticles: (id: string) => `companyArticles:${id}`,
  cache: (key: string) => `cache:${key}`,
  dailyGuilds: 'dailyGuilds',
  dailySettings: (guildId: string) => `daily:${guildId}`,
  dailyPost: (guildId: string) => `dailyPost:${guildId}`,
} as const;
