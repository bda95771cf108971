import type { Article } from '../articles/article.js';
import type { ArticleExtraction } from '../extract/extractArticle.js';
import { insertRef, removeRef, upsertRef } from './articleRefs.js';
import type { Company } from './company.js';
import type { Fact } from './fact.js';
import type { PendingWrites } from './pendingWrites.js';
import { KEYS, type ArticleRecord, type ArticleRef, type FileRecord, type IndexedArticle } from './storeRecords.js';
import { sameCompany } from './mergeCompany.js';
import { updateCompanies } from './updateCompanies.js';
import type { FileStamp, IngestItem, IngestStatus } from './ingestItem.js';

/** The indexes a write changes, loaded once per transaction (or reused while no other process wrote). */
export interface StoreIndexes {
  articles: IndexedArticle[];
  companies: Map<string, Company>;
}

/** The work of one write transaction: files attached to and detached from articles, then companies updated. */
export class StoreWrite {
  private readonly byId: Map<string, IndexedArticle>;
  private readonly companyArticles = new Map<string, ArticleRef[]>();
  private readonly added = new Map<string, { facts: Fact[]; companies: Company[] }>();
  private readonly rebuild = new Set<string>();
  private indexChanged = false;

  constructor(
    private readonly writes: PendingWrites,
    private readonly indexes: StoreIndexes,
    private readonly now: string,
  ) {
    this.byId = new Map(indexes.articles.map((entry) => [entry.id, entry]));
  }

  /** Reads in a few round trips every row storing these items will touch (except rebuilds' older articles). */
  async prefetch(items: readonly IngestItem[]): Promise<void> {
    const files = await this.writes.getMany<FileRecord>(items.map((item) => KEYS.file(item.article.file)));
    const articles = items.flatMap(({ article }, i) => {
      const previous = files[i]?.articleId;
      return [previous, article.id].filter((id): id is string => id !== undefined && this.byId.has(id));
    });
    const companies = new Set(items.flatMap((item) => [...companyIdsOf(item.extraction)]));
    await this.writes.prefetch([
      ...articles.map(KEYS.article),
      ...[...companies].flatMap((id) => [KEYS.company(id), KEYS.companyArticles(id)]),
    ]);
  }

  async ingest({ article, extraction, stamp }: IngestItem): Promise<IngestStatus> {
    const fileKey = KEYS.file(article.file);
    const known = await this.writes.get<FileRecord>(fileKey);
    const record: FileRecord = { articleId: article.id, size: stamp?.size ?? -1, mtimeMs: stamp?.mtimeMs ?? -1 };
    if (known?.articleId === article.id && this.byId.has(article.id)) {
      if (known.size !== record.size || known.mtimeMs !== record.mtimeMs) this.writes.set(fileKey, record);
      return 'unchanged';
    }
    if (known) await this.detach(article.file, known.articleId);
    const attached = await this.attach(article, extraction);
    this.writes.set(fileKey, record);
    return known ? 'updated' : attached;
  }

  /** Records a new stamp for a file whose bytes still hash to the article it holds; false when it holds another. */
  async restamp(file: string, articleId: string, stamp: FileStamp): Promise<boolean> {
    const known = await this.writes.get<FileRecord>(KEYS.file(file));
    if (known?.articleId !== articleId) return false;
    this.writes.set(KEYS.file(file), { articleId, size: stamp.size, mtimeMs: stamp.mtimeMs } satisfies FileRecord);
    return true;
  }

  /** Forgets a file; its article goes too when no other file holds the same text. */
  async removeFile(file: string): Promise<boolean> {
    const known = await this.writes.get<FileRecord>(KEYS.file(file));
    if (!known) return false;
    await this.detach(file, known.articleId);
    this.writes.delete(KEYS.file(file));
    return true;
  }

  /** Writes the company records and indexes the batch touched; call once, after the last change. */
  async finish(): Promise<void> {
    const lists = this.companyArticles;
    const updated = await updateCompanies(this.writes, { lists, added: this.added, rebuild: this.rebuild });
    let changed = false;
    for (const [id, company] of updated) {
      const known = this.indexes.companies.get(id);
      if (company && (!known || !sameCompany(known, company))) this.indexes.companies.set(id, company);
      else if (!company && known) this.indexes.companies.delete(id);
      else continue;
      changed = true;
    }
    if (changed) {
      const companies = [...this.indexes.companies.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      this.writes.set(KEYS.companies, companies);
    }
    if (this.indexChanged) this.writes.set(KEYS.articles, this.indexes.articles);
  }

  private async attach(article: Article, extraction: ArticleExtraction): Promise<'new' | 'duplicate'> {
    const key = KEYS.article(article.id);
    const existing = this.byId.has(article.id) ? await this.writes.get<ArticleRecord>(key) : undefined;
    if (existing) {
      existing.files = [...new Set([...existing.files, article.file])].sort();
      this.writes.set(key, existing);
      this.refile(article.id, existing.files);
      return 'duplicate';
    }
    const { id, file, title, published, url } = article;
    const meta = { id, file, title, published, url, ingestedAt: this.now };
    this.writes.set(key, { meta, files: [file], companies: extraction.companies, facts: extraction.facts });
    const entry = { id, published, files: [file] };
    insertRef(this.indexes.articles, entry);
    this.byId.set(id, entry);
    this.indexChanged = true;
    for (const companyId of companyIdsOf(extraction)) {
      upsertRef(await this.articlesOf(companyId), { id, published });
      const added = this.added.get(companyId) ?? { facts: [], companies: [] };
      added.facts.push(...extraction.facts.filter((fact) => fact.companyId === companyId));
      added.companies.push(...extraction.companies.filter((company) => company.id === companyId));
      this.added.set(companyId, added);
    }
    return 'new';
  }

  private async detach(file: string, articleId: string): Promise<void> {
    const key = KEYS.article(articleId);
    const record = await this.writes.get<ArticleRecord>(key);
    if (!record) return;
    record.files = record.files.filter((f) => f !== file);
    if (record.files.length > 0) {
      this.writes.set(key, record);
      this.refile(articleId, record.files);
      return;
    }
    this.writes.delete(key);
    removeRef(this.indexes.articles, articleId);
    this.byId.delete(articleId);
    this.indexChanged = true;
    for (const companyId of companyIdsOf(record)) {
      removeRef(await this.articlesOf(companyId), articleId);
      this.rebuild.add(companyId);
    }
  }

  /** The index entry of a stored article keeps its place (its date is unchanged); only its files change. */
  private refile(articleId: string, files: string[]): void {
    const entry = this.byId.get(articleId);
    if (entry) entry.files = files;
    this.indexChanged = true;
  }

  private async articlesOf(companyId: string): Promise<ArticleRef[]> {
    let list = this.companyArticles.get(companyId);
    if (!list) {
      list = (await this.writes.get<ArticleRef[]>(KEYS.companyArticles(companyId))) ?? [];
      this.companyArticles.set(companyId, list);
    }
    return list;
  }
}

function companyIdsOf(source: { companies: readonly Company[]; facts: readonly Fact[] }): Set<string> {
  return new Set([...source.companies.map((c) => c.id), ...source.facts.map((f) => f.companyId)]);
}
