import { articleId, parseArticle } from '../articles/parseArticle.js';
import { extractArticle } from '../extract/extractArticle.js';
import { checkExtraction } from '../facts/checkExtraction.js';
import type { Company } from '../facts/company.js';
import type { FactStore, FileStamp, IngestItem } from '../facts/store.js';
import type { FileRecord } from '../facts/storeRecords.js';
import { BatchWriter } from './batchWriter.js';
import { findArticleFiles, type FoundFile } from './findArticleFiles.js';
import { emptyReport, type IngestReport } from './ingestReport.js';
import { readArticleFile } from './readArticleFile.js';

export interface IngestPathsOptions {
  store: FactStore;
  /** Passed to the extractor as is: keep one array for the whole run (the extractor indexes it once). */
  registry: readonly Company[];
  /** Called after each file with how many of `total` are done. */
  onProgress?: (done: number, total: number) => void;
  /** Also forget stored articles whose files are gone from under the given paths. */
  prune?: boolean;
  /** Articles per store transaction (default 1,000: fewer rewrites of the indexes, still a short lock). */
  batchSize?: number;
}

type Prepared = { item: IngestItem } | { touched: { file: string; articleId: string; stamp: FileStamp } } | { error: string };

/**
 * Reads, parses, extracts and stores every article file under `paths`. A file that fails gets one line in the
 * report and changes nothing stored; every other file is still ingested. Unchanged files are skipped by size and
 * modification time without being read, and by content hash without being parsed.
 */
export async function ingestPaths(paths: readonly string[], options: IngestPathsOptions): Promise<IngestReport> {
  const { store, registry } = options;
  const report = emptyReport();
  const found = findArticleFiles(paths);
  report.files = found.files.length;
  report.failed.push(...found.failures);
  const known = await store.fileRecords(found.files.map((file) => file.path));
  const writer = new BatchWriter(store, report, options.batchSize ?? 1_000);
  const touched: Array<{ file: string; articleId: string; stamp: FileStamp }> = [];
  for (const [i, file] of found.files.entries()) {
    const record = known[i];
    if (record && record.size === file.size && record.mtimeMs === file.mtimeMs) {
      report.counts.unchanged++;
    } else {
      const prepared = prepare(file, record, registry);
      if ('item' in prepared) await writer.add(prepared.item);
      else if ('touched' in prepared) touched.push(prepared.touched);
      else report.failed.push({ file: file.path, error: prepared.error });
    }
    options.onProgress?.(i + 1, found.files.length);
  }
  await writer.flush();
  if (touched.length > 0) {
    await store.restampFiles(touched);
    report.counts.unchanged += touched.length;
  }
  if (options.prune) await prune(store, found, report);
  await store.recordRun(report.failed);
  return report;
}

function prepare(file: FoundFile, record: FileRecord | undefined, registry: readonly Company[]): Prepared {
  const read = readArticleFile(file);
  if ('error' in read) return read;
  const stamp = { size: file.size, mtimeMs: file.mtimeMs };
  // Only a file the store knows can be unchanged; the parser hashes every file anyway.
  const hash = record ? articleId(read.bytes) : null;
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

async function prune(store: FactStore, found: ReturnType<typeof findArticleFiles>, report: IngestReport): Promise<void> {
  if (!found.complete) {
    report.pruneSkipped = 'a directory could not be read, so it is unknown which files are gone';
    return;
  }
  // Files that exist but failed this time keep their stored facts: a broken edit must not lose data.
  const existing = [...found.files.map((file) => file.path), ...report.failed.map((failure) => failure.file)];
  report.pruned = await store.prune(existing, found.roots);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
