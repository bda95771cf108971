import { isAbsolute, relative } from 'node:path';
import { FACT_KINDS, type FactKind } from '../facts/fact.js';
import { INGEST_STATUSES, type IngestStatus } from '../facts/ingestItem.js';
import { LEFT_OUT_REASONS, type LeftOutCounts } from '../extract/leftOut.js';
import type { FileFailure } from './findArticleFiles.js';

/** What one ingest run did. File paths are absolute. */
export interface IngestReport {
  /** Article files found under the given paths. */
  files: number;
  counts: Record<IngestStatus, number>;
  failed: FileFailure[];
  /** Facts of the articles stored or replaced in this run, per kind. */
  factsByKind: Partial<Record<FactKind, number>>;
  /** Articles stored in this run without a publication date: their facts are dated only when a sentence dates them. */
  undated: string[];
  /** Figures the stored articles gave that were left out for doubt, per reason. */
  leftOut: LeftOutCounts;
  pruned: string[];
  /** Why `--prune` removed nothing although asked to, or null. */
  pruneSkipped: string | null;
}

export function emptyReport(): IngestReport {
  const counts = Object.fromEntries(INGEST_STATUSES.map((status) => [status, 0])) as Record<IngestStatus, number>;
  return { files: 0, counts, failed: [], factsByKind: {}, undated: [], leftOut: {}, pruned: [], pruneSkipped: null };
}

/** The report as lines for a terminal, paths under `cwd` relative to it; one line per failed file, never a stack. */
export function formatIngestReport(report: IngestReport, cwd: string): string[] {
  const show = (file: string): string => {
    const path = relative(cwd, file);
    return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
  };
  const { counts } = report;
  const lines = [
    `${report.files} article files: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ` +
      `${counts.duplicate} duplicate, ${report.failed.length} failed.`,
  ];
  const kinds = FACT_KINDS.filter((kind) => (report.factsByKind[kind] ?? 0) > 0);
  lines.push(`Facts stored: ${kinds.length === 0 ? 'none' : kinds.map((kind) => `${kind} ${report.factsByKind[kind]}`).join(', ')}.`);
  const doubts = LEFT_OUT_REASONS.filter((reason) => (report.leftOut[reason] ?? 0) > 0);
  if (doubts.length > 0) lines.push(`Left out for doubt: ${doubts.map((reason) => `${reason} ${report.leftOut[reason]}`).join(', ')}.`);
  if (report.undated.length > 0) {
    lines.push(`Undated articles (${report.undated.length}):`, ...report.undated.map((file) => `  ${show(file)}`));
  }
  if (report.pruned.length > 0) {
    lines.push(`Pruned ${report.pruned.length} files that are gone:`, ...report.pruned.map((file) => `  ${show(file)}`));
  }
  if (report.pruneSkipped) lines.push(`Nothing pruned: ${report.pruneSkipped}.`);
  for (const failure of report.failed) lines.push(`FAILED ${show(failure.file)}: ${failure.error}`);
  return lines;
}
