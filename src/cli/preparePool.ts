import { Worker } from 'node:worker_threads';
import type { Company } from '../facts/company.js';
import type { FileRecord } from '../facts/storeRecords.js';
import type { FoundFile } from './findArticleFiles.js';
import type { Prepared } from './prepareArticle.js';
import type { PrepareJob } from './prepareWorker.js';

interface Pending {
  job: PrepareJob;
  resolve: (prepared: Prepared) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads that read, parse and extract articles while the main thread writes to the store: on two cores
 * the two halves of an ingest overlap. Each worker's heap is capped, so a pathological file costs that file (and a
 * fresh worker), never the process.
 */
export class PreparePool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly registry: readonly Company[],
    size: number,
    private readonly heapMb = 256,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Prepares one file on the least busy worker. Never rejects: failures come back as `{ error }`. */
  prepare(file: FoundFile, record: FileRecord | undefined): Promise<Prepared> {
    if (this.closed) return Promise.resolve({ error: 'the ingest was stopped before this file was read' });
    return new Promise((resolve) => this.dispatch({ job: { id: this.nextId++, file, record }, resolve }));
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    for (const slot of slots) for (const p of slot.pending.values()) p.resolve({ error: 'the ingest was stopped before this file was read' });
  }

  private dispatch(pending: Pending): void {
    const slot = this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    slot.pending.set(pending.job.id, pending);
    slot.worker.postMessage(pending.job);
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./prepareWorker.boot.mjs', import.meta.url), {
      workerData: { registry: this.registry },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; prepared: Prepared }) => {
      const pending = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      pending?.resolve(message.prepared);
    });
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', (code) => this.replace(slot, new Error(`worker stopped with code ${code}`)));
    return slot;
  }

  /**
   * A worker died (out of memory, a crash). It reads its files in the order they were sent, so the oldest one it
   * held is the one that killed it: that file fails; a fresh worker takes the others.
   */
  private replace(slot: Slot, error: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0 || this.closed) return;
    this.slots[at] = this.spawn();
    const [culprit, ...others] = slot.pending.values();
    slot.pending.clear();
    const reason = error.message.split('\n', 1)[0] ?? 'worker failed';
    culprit?.resolve({ error: `could not be read within the ingest's limits (${reason})` });
    for (const p of others) this.dispatch(p);
  }
}
