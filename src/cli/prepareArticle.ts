import { createHash } from 'node:crypto';
import { parseArticle } from '../articles/parseArticle.js';
import { extractArticle } from '../extract/extractArticle.js';
import { checkExtraction } from '../facts/checkExtraction.js';
import type { Company } from '../facts/company.js';
import type { FileStamp, IngestItem } from '../facts/store.js';
import type { FileRecord } from '../facts/storeRecords.js';
import type { FoundFile } from './findArticleFiles.js';
import { readArticleFile } from './readArticleFile.js';

/** What one file comes to: an article to store, a known article whose file was only touched, or one line of error. */
export type Prepared = { item: IngestItem } | { touched: { file: string; articleId: string; stamp: FileStamp } } | { error: string };

/**
 * Reads, parses, extracts and checks one file. Plain data in, plain data out, so it runs the same on the main
 * thread and in a worker.
 */
export function prepareArticle(file: FoundFile, record: FileRecord | undefined, registry: readonly Company[]): Prepared {
  const read = readArticleFile(file);
  if ('error' in read) return read;
  const stamp = { size: file.size, mtimeMs: file.mtimeMs };
  // Only a file the store knows can be unchanged; the parser hashes every file anyway.
  const hash = record ? createHash('sha256').update(read.bytes).digest('hex') : null;
  if (hash && record?.articleId === hash) return { touched: { file: file.path, articleId: hash, stamp } };
  let article;
  try {
    article = parseArticle(file.path, read.bytes);
  } catch (error) {
    return { error: firstLine(error) };
  }
  let extraction;
  try {
    extraction = extractArticle(article, registry);
  } catch (error) {
    return { error: `extraction failed: ${firstLine(error)}` };
  }
  const problem = checkExtraction(article, extraction);
  if (problem) return { error: `extraction gave unusable output: ${problem}` };
  return { item: { article, extraction, stamp } };
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
