/** A number as written in text, read into its value and the precision it was written with. */
export interface NumberMention {
  /** The characters it was read from (`15.7 million`, `€148.20`, `2%`). */
  text: string;
  /** Unsigned: "down 3%" and "-3%" are the same figure; the wording carries the direction. */
  value: number;
  /** The step of the last digit written, scale included: 15.7 million → 100,000; 148.20 → 0.01. */
  step: number;
  percent: boolean;
}

const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};

/**
 * A written number: grouped thousands or plain digits, a decimal part, then an optional scale (a word after a
 * space, or a letter glued to the digits: 15.7M, $360B) and an optional percent. A digit glued to a letter before
 * it (Q3, FY2026, Qwen2) is part of a word, not a figure.
 */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?` +
    String.raw`(?:\s?(thousand|million|billion|trillion|mn|mln|bn|tn)\b|(k|m|b|t)\b)?` +
    String.raw`(\s?%|\s(?:percent|per cent|pct)\b)?`,
  'giu',
);

/** `[1]`, `[1, 2]`, `[1-3]`: citation markers, not figures. */
export const CITATION_MARKER = /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]/g;
/** `1.` or `2)` opening a line: list numbering. */
const LIST_NUMBER = /^(\s*)\d{1,2}[.)](?=\s)/gm;
/** Indicator names that hold a number but are not figures: the 50-day average, the 52-week high, RSI (14). */
const LABELS = /\b(?:(?:5|7|10|14|20|30|50|90|100|150|200)[- ]day|52[- ]week|(?:1|3|6|12)[- ]month|RSI ?\(?14\)?|S&P 500)\b/gi;

/** The text with citation markers, list numbering and indicator labels blanked out. */
export function withoutNonFigures(text: string, ignore: readonly string[] = []): string {
  let out = text.replace(CITATION_MARKER, ' ').replace(LIST_NUMBER, '$1 ').replace(LABELS, ' ');
  for (const word of ignore) if (word) out = out.split(word).join(' ');
  return out;
}

/** Every figure in a text. Call `withoutNonFigures` first where markers and labels may appear. */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, digits = '', fraction = '', word, letter, percent] = match;
    const scale = SCALE_WORDS[(word ?? letter ?? '').toLowerCase()] ?? 1;
    const decimals = fraction.length > 0 ? fraction.length - 1 : 0;
    const value = Number(`${digits.replace(/,/g, '')}${fraction}`) * scale;
    if (!Number.isFinite(value)) continue;
    found.push({ text: whole.trim(), value, step: 10 ** -decimals * scale, percent: percent !== undefined });
  }
  return found;
}

/** Significant digits written: `155.74` five, `16 million` two, `0.5` one. */
export function significantDigits(mention: NumberMention): number {
  if (mention.value === 0) return 1;
  // The epsilon keeps 100 / 1 from reading as 99.999… after floating-point division.
  return Math.max(1, Math.floor(Math.log10(mention.value / mention.step) + 1e-9) + 1);
}
