import type { Article } from '../articles/article.js';
import type { ArticleExtraction } from '../extract/extractArticle.js';

/** A file's size and modification time, to tell later whether it may have changed without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** One article to store, with what extraction made of it. `article.file` should be an absolute path. */
export interface IngestItem {
  article: Article;
  extraction: ArticleExtraction;
  stamp?: FileStamp;
}

export const INGEST_STATUSES = ['new', 'updated', 'unchanged', 'duplicate'] as const;
/** `duplicate`: a new file holding the exact text of an article already stored (stored once, under both names). */
export type IngestStatus = (typeof INGEST_STATUSES)[number];
