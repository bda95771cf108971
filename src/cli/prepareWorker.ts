import { parentPort, workerData } from 'node:worker_threads';
import type { Company } from '../facts/company.js';
import type { FileRecord } from '../facts/storeRecords.js';
import type { FoundFile } from './findArticleFiles.js';
import { prepareArticle } from './prepareArticle.js';

/** One file for a worker to prepare; the answer carries the same id. */
export interface PrepareJob {
  id: number;
  file: FoundFile;
  record: FileRecord | undefined;
}

const registry = (workerData as { registry: Company[] }).registry;
parentPort?.on('message', (job: PrepareJob) => {
  parentPort?.postMessage({ id: job.id, prepared: prepareArticle(job.file, job.record, registry) });
});
