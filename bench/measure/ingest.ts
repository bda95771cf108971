import { ingestPaths } from '../../src/cli/ingestPaths.js';
import type { IngestReport } from '../../src/cli/ingestReport.js';
import type { Company } from '../../src/facts/company.js';
import type { FactStore } from '../../src/facts/store.js';

export interface IngestFigures {
  report: IngestReport;
  seconds: number;
}

/** One run of the ingest CLI's own function over `dir`, timed from file discovery to the last commit. */
export async function measureIngest(dir: string, store: FactStore, registry: readonly Company[]): Promise<IngestFigures> {
  const started = performance.now();
  const report = await ingestPaths([dir], { store, registry });
  return { report, seconds: (performance.now() - started) / 1000 };
}
