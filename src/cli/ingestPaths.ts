import { availableParallelism } from 'node:os';
import type { Company } from '../facts/company.js';
import type { FactStore, FileStamp } from '../facts/store.js';
import type { FileRecord } from '../facts/storeRecords.js';
import { BatchWriter } from './batchWriter.js';
import { findArticleFiles, type FoundFile } from './findArticleFiles.js';
import { emptyReport, type IngestReport } from './ingestReport.js';
import { prepareArticle, type Prepared } from './prepareArticle.js';
import { PreparePool } from './preparePool.js';

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
  /** Worker threads that prepare files (default: up to 2 when there are many files to read, else none). */
  workers?: number;
}

/** Below this many files to read, starting workers costs more than it saves. */
const POOL_THRESHOLD = 200;

/**
 * Reads, parses, extracts and stores every article file under `paths`. A file that fails gets one line in the
 * report and changes nothing stored; every other file is still ingested. Unchanged files are skipped by size and
 * modification time without being read, and by content hash without being parsed. Large runs prepare files on
 * worker threads while this thread writes; results are stored in file order either way.
 */
export async function ingestPaths(paths: readonly string[], options: IngestPathsOptions): Promise<IngestReport> {
  const { store, registry } = options;
  const report = emptyReport();
  const found = findArticleFiles(paths);
  report.files = found.files.length;
  report.failed.push(...found.failures);
  const known = await store.fileRecords(found.files.map((file) => file.path));
  const toRead = found.files.flatMap((file, i) => {
    const record = known[i];
    return record && record.size === file.size && record.mtimeMs === file.mtimeMs ? [] : [{ file, record }];
  });
  report.counts.unchanged += found.files.length - toRead.length;
  const writer = new BatchWriter(store, report, options.batchSize ?? 1_000);
  const touched: Array<{ file: string; articleId: string; stamp: FileStamp }> = [];
  const workers = options.workers ?? (toRead.length >= POOL_THRESHOLD ? Math.min(2, availableParallelism()) : 0);
  const results = workers > 0 ? preparedOnWorkers(toRead, registry, workers) : preparedInline(toRead, registry);
  let done = found.files.length - toRead.length;
  for await (const { file, prepared } of results) {
    if ('item' in prepared) await writer.add(prepared.item);
    else if ('touched' in prepared) touched.push(prepared.touched);
    else report.failed.push({ file: file.path, error: prepared.error });
    options.onProgress?.(++done, found.files.length);
  }
  if (toRead.length === 0 && done > 0) options.onProgress?.(done, found.files.length);
  await writer.flush();
  if (touched.length > 0) {
    await store.restampFiles(touched);
    report.counts.unchanged += touched.length;
  }
  if (options.prune) await prune(store, found, report);
  await store.recordRun(report.failed);
  return report;
}

type ToRead = { file: FoundFile; record: FileRecord | undefined };

function* preparedInline(toRead: readonly ToRead[], registry: readonly Company[]): Generator<{ file: FoundFile; prepared: Prepared }> {
  for (const { file, record } of toRead) yield { file, prepared: prepareArticle(file, record, registry) };
}

/** Keeps every worker a few files ahead of the writer, and hands results back in file order. */
async function* preparedOnWorkers(toRead: readonly ToRead[], registry: readonly Company[], workers: number): AsyncGenerator<{ file: FoundFile; prepared: Prepared }> {
  const pool = new PreparePool(registry, workers);
  const ahead = workers * 256;
  const queue: Array<{ file: FoundFile; prepared: Promise<Prepared> }> = [];
  let next = 0;
  try {
    while (next < toRead.length || queue.length > 0) {
      while (next < toRead.length && queue.length < ahead) {
        const { file, record } = toRead[next++] as ToRead;
        queue.push({ file, prepared: pool.prepare(file, record) });
      }
      const head = queue.shift() as { file: FoundFile; prepared: Promise<Prepared> };
      yield { file: head.file, prepared: await head.prepared };
    }
  } finally {
    await pool.close();
  }
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
