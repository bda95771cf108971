/**
 * Why the extractor left out a figure it had read: it keeps only what it is sure of, and says how often it was not.
 * Each reason is a kind of doubt, never a figure of something else correctly passed over.
 */
export const LEFT_OUT_REASONS = [
  /** Several companies named and none before the figure, or none the article introduces at all. */
  'no company',
  /** The sentence speaks of an index, a fund, a comparison or a company no list or article names. */
  'another subject',
  /** A target with no house behind it, given only roughly ("around 170,000 won"). */
  'unattributed rough target',
  /** A rating inside an analyst's quoted words, which tell a story rather than the call. */
  'rating in quoted speech',
  /** Money whose currency cannot be settled, or a value that is no number. */
  'unclear value',
] as const;

export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** How many figures were left out, per reason. */
export type LeftOutCounts = Partial<Record<LeftOutReason, number>>;

export function countLeftOut(counts: LeftOutCounts, reason: LeftOutReason, n = 1): void {
  counts[reason] = (counts[reason] ?? 0) + n;
}
