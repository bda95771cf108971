import type { FactKind } from '../facts/fact.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const DATED = /\b(?:[Aa]s of|[Oo]n)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/;

/** Kinds whose sentence date tells when the figure stood; a 52-week extreme's date says when it was reached. */
const DATEABLE: ReadonlySet<FactKind> = new Set(['price', 'change_pct_1d', 'volume', 'rsi_14', 'market_cap', 'pe_ratio']);

/**
 * The date a sentence gives its figures ("on January 2", "as of Jan. 9, 2026"), as YYYY-MM-DD, or null. Without a
 * year the article's year is assumed (see below for dates after publication).
 */
export function sentenceDate(sentence: string, kind: FactKind, published: string | null): string | null {
  if (!DATEABLE.has(kind)) return null;
  const m = DATED.exec(sentence);
  if (!m?.[1] || !m[2]) return null;
  const month = MONTHS[m[1].toLowerCase()];
  const day = Number(m[2]);
  if (!month || day < 1 || day > 31) return null;
  const articleDate = published?.slice(0, 10) ?? null;
  let year = m[3] ? Number(m[3]) : articleDate ? Number(articleDate.slice(0, 4)) : null;
  if (year === null) return null;
  const iso = (y: number): string => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Without a year, a date far after publication is last year's ("on December 30" in a January article); one just
  // after it is more likely a coming event, so it dates nothing.
  if (!m[3] && articleDate && iso(year) > articleDate) {
    const ahead = (Date.parse(`${iso(year)}T00:00:00Z`) - Date.parse(`${articleDate}T00:00:00Z`)) / 86_400_000;
    if (ahead < 180) return null;
    year -= 1;
  }
  const date = iso(year);
  const probe = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.getUTCDate() !== day) return null;
  // A date after publication is a schedule ("on March 3 the company reports"), not when the figure stood.
  return articleDate && date > articleDate ? null : date;
}
