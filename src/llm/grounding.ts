import { findDates, sameDate, type DateMention } from './dateMentions.js';
import { findNumbers, significantDigits, withoutNonFigures, type NumberMention } from './numbers.js';

/** What a model's text may state: the figures and dates of the data it was given. */
export interface GroundingSource {
  numbers: NumberMention[];
  dates: DateMention[];
}

/** The outcome of a check: `unsupported` lists every figure and date of the text that the data does not hold. */
export interface GroundingResult {
  ok: boolean;
  unsupported: string[];
}

/** Reads what the data states, from the very texts the model was shown (facts as rendered, sentences, titles). */
export function groundingSource(texts: readonly string[], ignore: readonly string[] = []): GroundingSource {
  const numbers: NumberMention[] = [];
  const dates: DateMention[] = [];
  for (const text of texts) {
    const read = findDates(withoutNonFigures(text, ignore));
    dates.push(...read.dates);
    numbers.push(...findNumbers(read.rest));
    // A date's day and year may be written on their own ("on the 14th", "in 2026").
    for (const date of read.dates) {
      for (const part of [date.day, date.year]) if (part !== null) numbers.push({ text: String(part), value: part, step: 1, percent: false });
    }
  }
  return { numbers, dates };
}

/**
 * True when `known` supports the figure written: the same value, or `known` rounded to the precision written
 * (155.74 → "about $156", 15,700,000 → "16 million") when at least two significant digits were written, so "3"
 * cannot pass for 2.6. A percentage needs a percentage; a plain figure may restate either.
 */
function supports(known: NumberMention, written: NumberMention): boolean {
  if (written.percent && !known.percent) return false;
  const tolerance = Math.max(Math.abs(written.value), 1) * 1e-9;
  if (Math.abs(known.value - written.value) <= tolerance) return true;
  if (significantDigits(written) < 2 || written.step <= known.step) return false;
  return Math.abs(Math.round(known.value / written.step) * written.step - written.value) <= tolerance;
}

/**
 * Checks that every figure and date in a model's text appears in the data it was given, notation-aware:
 * 15.7 million = 15,700,000 = 15.7M; €148.20 = 148.2; `[1]` citation markers, list numbering and indicator names
 * (50-day, RSI (14)) are not figures. `ignore` holds words with digits that are names, such as tickers (9988.HK).
 */
export function checkGrounding(text: string, source: GroundingSource, ignore: readonly string[] = []): GroundingResult {
  const read = findDates(withoutNonFigures(text, ignore));
  const unsupported = [
    ...read.dates.filter((date) => !source.dates.some((known) => sameDate(date, known))).map((date) => date.text),
    ...findNumbers(read.rest).filter((n) => !source.numbers.some((known) => supports(known, n))).map((n) => n.text),
  ];
  return { ok: unsupported.length === 0, unsupported: [...new Set(unsupported)] };
}
