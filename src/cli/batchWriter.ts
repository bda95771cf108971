import { setImmediate } from 'node:timers/promises';
import type { FactStore, IngestItem } from '../facts/store.js';
import { type LeftOutReason, countLeftOut } from '../extract/leftOut.js';
import type { IngestReport } from './ingestReport.js';

/**
 * Groups articles into store transactions and writes one batch while the next is being parsed: the store's
 * SQLite work runs on libuv's threads, parsing on the main one, so the two overlap on a two-core machine.
 */
export class BatchWriter {
  private items: IngestItem[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;
  private writing = false;

  constructor(
    private readonly store: FactStore,
    private readonly report: IngestReport,
    private readonly size: number,
  ) {}

  async add(item: IngestItem): Promise<void> {
    this.items.push(item);
    if (this.items.length >= this.size) await this.submit();
    // Parsing never waits on I/O, so without this the write's callbacks would only run at the next submit.
    else if (this.writing) await setImmediate();
  }

  /** Writes what is left and waits for every write; throws the first store error. */
  async flush(): Promise<void> {
    await this.submit();
    await this.inFlight;
    this.rethrow();
  }

  private async submit(): Promise<void> {
    await this.inFlight;
    this.rethrow();
    const batch = this.items;
    this.items = [];
    if (batch.length === 0) return;
    // Caught here and rethrown by the next call: a rejection nobody awaits yet would end the process.
    this.writing = true;
    this.inFlight = this.write(batch)
      .catch((error: unknown) => {
        this.failure = { error };
      })
      .finally(() => {
        this.writing = false;
      });
  }

  private async write(batch: IngestItem[]): Promise<void> {
    const statuses = await this.store.ingestBatch(batch);
    for (const [i, status] of statuses.entries()) {
      this.report.counts[status]++;
      const item = batch[i];
      if (!item || (status !== 'new' && status !== 'updated')) continue;
      for (const fact of item.extraction.facts) this.report.factsByKind[fact.kind] = (this.report.factsByKind[fact.kind] ?? 0) + 1;
      if (item.article.published === null) this.report.undated.push(item.article.file);
      for (const [reason, n] of Object.entries(item.extraction.leftOut ?? {})) countLeftOut(this.report.leftOut, reason as LeftOutReason, n);
    }
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }
}
