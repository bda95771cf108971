import { PREFIX_CURRENCIES, SUBUNIT_SUFFIXES, SUFFIX_CURRENCIES } from './currency.js';

/** A number found in a sentence, with what kind of number it is. */
export interface Amount {
  type: 'money' | 'percent' | 'number';
  value: number;
  /** ISO code, or `$`/`¥` to be settled against the company; null unless money. */
  currency: string | null;
  /** True when a scale word multiplied it (million, bn, crore): never a per-share figure. */
  scaled: boolean;
  start: number;
  end: number;
  /** Inside brackets right after another money amount: a conversion, not a figure of its own. */
  conversion: boolean;
  /** The number came with an explicit + or − sign. */
  signed: boolean;
}

const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['lakh crore', 1e12], ['lakh cr', 1e12], ['trillion', 1e12], ['tn', 1e12], ['billion', 1e9], ['bn', 1e9],
  ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['thousand', 1e3], ['crore', 1e7], ['cr', 1e7], ['lakh', 1e5],
  ['lac', 1e5],
];
const LETTER_SCALES: Readonly<Record<string, number>> = { t: 1e12, b: 1e9, m: 1e6, k: 1e3 };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefixAlt = PREFIX_CURRENCIES.map(([p]) => escape(p)).join('|');
const suffixAlt = SUFFIX_CURRENCIES.map(([s]) => escape(s)).join('|');
const scaleAlt = SCALES.map(([s]) => escape(s)).join('|');
const NUMBER = String.raw`\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d{1,3},\d(?![\d,])|\d+(?:\.\d+)?|\.\d+`;
/** "R91,01", "3,6%": one comma before one or two digits is a decimal comma (thousands groups hold three). */
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;
/** "17,235": one comma before three digits, thousands in English, decimals where the writer uses decimal commas. */
const THREE_AFTER_COMMA = /^\d{1,3},\d{3}$/;
/** Thousands (or Indian lakh) groups: every group after the first holds two or three digits, the last three. */
const GROUPED = /^\d{1,3}(?:,\d{2,3})*,\d{3}(?:\.\d+)?$/;

/**
 * One pass over the sentence: optional sign, optional currency prefix, the number, an optional scale (word or a
 * letter glued to the number), then an optional currency suffix or percent sign.
 */
const AMOUNT = new RegExp(
  String.raw`(?<![\w.,])([+\-−–])?(?:(${prefixAlt})\s?)?([+\-−–])?(${NUMBER})` +
    String.raw`(?:(?:\s|-)?(${scaleAlt})\b|([tbmkTBMK])(?![\w]))?` +
    // "85,57 €": the euro sign after the figure, as French, German and Spanish pages write it.
    String.raw`(?:\s?(%|percent\b|per cent\b|pct\b)|(p|c)\b|[\s-](${suffixAlt})\b|\s?(€)(?!\w))?`,
  'gi',
);
/**
 * How far before its first digit an amount can start: two signs, the longest currency prefix, a space and a
 * leading dot (`-US$ -.5`). The scan jumps to each digit run less this, instead of trying every position.
 */
const MAX_LEAD = 2 + Math.max(...PREFIX_CURRENCIES.map(([p]) => p.length)) + 2;
const DIGIT = /\d/g;
const PREFIX_MAP = new Map(PREFIX_CURRENCIES.map(([p, c]) => [p.toLowerCase(), c]));
const PREFIX_CASED = new Map(PREFIX_CURRENCIES.map(([p, c]) => [p, c]));
const SUFFIX_MAP = new Map(SUFFIX_CURRENCIES);
const SCALE_MAP = new Map(SCALES);
/** Each scale's power of ten. */
const SCALE_EXPONENTS = new Map([1, ...SCALES.map(([, v]) => v), ...Object.values(LETTER_SCALES)].map((v) => [v, Math.round(Math.log10(v))]));

function prefixCurrency(raw: string | undefined): string | null {
  if (!raw) return null;
  // Letter codes must be written in capitals ("Rs" and "RM" as is): "usd" in running text is not a currency.
  return PREFIX_CASED.get(raw) ?? (/^[^A-Za-z]/.test(raw) ? (PREFIX_MAP.get(raw.toLowerCase()) ?? null) : null);
}

const SPACE_GROUP = /^ (\d{3})[.,](\d{1,2})(?![\d,.]*\d)/;

/** Finds every money amount, percentage and plain number in a sentence, left to right. */
export function findAmounts(sentence: string): Amount[] {
  const out: Amount[] = [];
  if (!/\d/.test(sentence)) return mayHoldWordPercent(sentence) ? wordPercents(sentence, out) : out;
  // "gave up 6,86% to 17,235 euros": where the sentence writes decimal commas, one group of three after a comma may
  // be thousands or decimals; such a figure is left out rather than guessed.
  let decimalCommas = false;
  let ambiguous: Amount[] | null = null;
  AMOUNT.lastIndex = 0;
  for (let m = nextAmount(sentence); m; m = nextAmount(sentence)) {
    const [whole, sign1, prefix, sign2, digits, scaleWord, scaleLetter, pct, pence, suffix, euroAfter] = m;
    if (!digits) continue;
    const prefixCode = prefixCurrency(prefix);
    if (prefix && !prefixCode) {
      // Not a currency after all ("usd" in running text): read the number on its own.
      AMOUNT.lastIndex = m.index + prefix.length;
      continue;
    }
    const scale = scaleWord ? (SCALE_MAP.get(scaleWord.toLowerCase()) ?? 1) : scaleLetter ? (LETTER_SCALES[scaleLetter.toLowerCase()] ?? 1) : 1;
    if (scaleLetter && !prefixCode && scaleLetter !== 'M' && scaleLetter !== 'B' && scaleLetter !== 'K') continue;
    const decimalComma = digits.includes(',') && DECIMAL_COMMA.test(digits);
    if (decimalComma) decimalCommas = true;
    if (digits.includes(',') && !decimalComma && !GROUPED.test(digits)) continue;
    let value = readValue(decimalComma ? digits.replace(',', '.') : digits, scale);
    let length = whole.length;
    // "R2 275.67", "R1 033,50": thousands grouped by a space after a currency, with the cents that make it a price.
    if (prefixCode && !scaleWord && !scaleLetter && !pct && !pence && !suffix && !euroAfter && digits.length <= 3 && /^\d+$/.test(digits)) {
      const grouped = SPACE_GROUP.exec(sentence.slice(m.index + whole.length, m.index + whole.length + 12));
      if (grouped?.[1] && grouped[2]) {
        value = Number(`${digits}${grouped[1]}.${grouped[2]}`);
        length += grouped[0].length;
        AMOUNT.lastIndex = m.index + length;
      }
    }
    const sign = sign1 ?? sign2;
    if (sign && /[-−–]/.test(sign)) value = -value;
    const suffixCode = suffix ? (SUFFIX_MAP.get(suffix.toLowerCase()) ?? null) : euroAfter ? 'EUR' : null;
    // A glued "p" is pence; a glued "c" ("4.9c") and the words cents and sen are hundredths of the currency.
    const glued = pence && !prefixCode ? (pence === 'c' || pence === 'C' ? '$' : 'GBX') : null;
    if ((glued === '$' || (suffix && SUBUNIT_SUFFIXES.has(suffix.toLowerCase()))) && !prefixCode) value = Number((value / 100).toPrecision(12));
    const currency = glued ?? (prefixCode ?? suffixCode);
    const type = pct ? 'percent' : currency ? 'money' : 'number';
    const start = m.index;
    const amount: Amount = { type, value, currency: type === 'money' ? currency : null, scaled: scale !== 1, start,
      end: start + length, conversion: false, signed: Boolean(sign) };
    out.push(amount);
    if (THREE_AFTER_COMMA.test(digits)) (ambiguous ??= []).push(amount);
  }
  if (decimalCommas && ambiguous) for (const a of ambiguous) out.splice(out.indexOf(a), 1);
  sharedUnits(sentence, out);
  markConversions(sentence, out);
  return mayHoldWordPercent(sentence) ? wordPercents(sentence, out) : out;
}

/** Whether a sentence may write a percentage in words ("one percent", "eleven per cent"). */
export function mayHoldWordPercent(sentence: string): boolean {
  // Most percentages are written in digits: the pattern runs only where a letter stands right before "per cent".
  for (let i = sentence.indexOf('cent'); i >= 0; i = sentence.indexOf('cent', i + 4)) {
    // Where "per" starts: "percent" or "per cent".
    const per = sentence.charCodeAt(i - 1) === 32 ? i - 4 : i - 3;
    if (per < 2 || !sentence.startsWith('per', per)) continue;
    const c = sentence.charCodeAt(per - 2);
    if (sentence.charCodeAt(per - 1) === 32 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return WORD_PERCENT_HERE.test(sentence);
  }
  return false;
}

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD_PERCENT = new RegExp(
  String.raw`\b(${Object.keys(TENS).join('|')})?(?:[- ]?(${Object.keys(UNITS).join('|')}))?\s+(?:per cent|percent)\b`,
  'gi',
);

/** The same pattern without the global flag, for a test that keeps no position between sentences. */
const WORD_PERCENT_HERE = new RegExp(WORD_PERCENT.source, 'i');

/** "gaining one percent", "a little over eleven per cent": percentages written in words, in order with the rest. */
function wordPercents(sentence: string, out: Amount[]): Amount[] {
  const found: Amount[] = [];
  for (const m of sentence.matchAll(WORD_PERCENT)) {
    const tens = m[1] ? (TENS[m[1].toLowerCase()] ?? 0) : 0;
    const units = m[2] ? (UNITS[m[2].toLowerCase()] ?? 0) : 0;
    if (tens + units === 0 || (m[1] && m[2] && units >= 10)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    found.push({ type: 'percent', value: tens + units, currency: null, scaled: false, start, end: m.index + m[0].length, conversion: false, signed: false });
  }
  if (found.length === 0) return out;
  return [...out, ...found].sort((a, b) => a.start - b.start);
}

/** A currency word after a bracket: "4,200 (4,075) pence", the unit of both figures. */
const UNIT_AFTER_BRACKET = new RegExp(String.raw`^\)\s(${suffixAlt})\b`, 'i');

/**
 * "lifts the price target to 4,200 (4,075) pence": a figure with the one it replaces in brackets, the unit written
 * once after both. Both are money in that unit; the bracketed one is the previous figure, no figure of its own.
 */
function sharedUnits(sentence: string, amounts: Amount[]): void {
  for (let i = 1; i < amounts.length; i++) {
    const prev = amounts[i - 1];
    const cur = amounts[i];
    // "raised to 285 from 260 kr": the unit written once, after the second figure.
    if (prev && cur && prev.type === 'number' && !prev.scaled && cur.type === 'money' && !cur.scaled && /^ (?:from|to) $/.test(sentence.slice(prev.end, cur.start)) && !/^[\d.,]+$/.test(sentence.slice(cur.start, cur.end)) && /^\d/.test(sentence.slice(cur.start, cur.end))) {
      prev.type = 'money';
      prev.currency = cur.currency;
      continue;
    }
    if (!prev || !cur || prev.type !== 'number' || cur.type !== 'number' || prev.scaled || cur.scaled) continue;
    if (sentence.slice(prev.end, cur.start) !== ' (') continue;
    const unit = UNIT_AFTER_BRACKET.exec(sentence.slice(cur.end, cur.end + 24))?.[1]?.toLowerCase();
    const code = unit ? SUFFIX_MAP.get(unit) : undefined;
    if (!unit || !code) continue;
    const subunit = SUBUNIT_SUFFIXES.has(unit);
    for (const a of [prev, cur]) {
      a.type = 'money';
      a.currency = code;
      if (subunit) a.value = Number((a.value / 100).toPrecision(12));
    }
    cur.conversion = true;
  }
}

/** Powers of ten as doubles, each exact (read from text: `**` need not round exactly). */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Up to this many digits, a figure's digits as a whole number and every scaled result stay exact or rounded once. */
const EXACT_DIGITS = 12;

/**
 * The value of a figure's digits (thousands commas, a decimal point) times its scale (a power of ten). The digits
 * make a whole number n with k decimals, so the value is n × 10^(e−k) or n / 10^(k−e): one correctly rounded
 * operation on exact doubles, the same double that parsing the decimal text gives, without parsing a string.
 * Longer figures go through the text.
 */
function readValue(digits: string, scale: number): number {
  let n = 0;
  let count = 0;
  let decimals = -1;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c === 46) decimals = 0;
    else if (c !== 44) {
      n = n * 10 + (c - 48);
      count++;
      if (decimals >= 0) decimals++;
    }
  }
  if (count > EXACT_DIGITS) {
    const value = Number(digits.replace(/,/g, ''));
    // Round away binary noise from scaling (57.01 × 1e9): only scaled figures need it.
    return scale === 1 ? value : Number((value * scale).toPrecision(12));
  }
  const shift = (SCALE_EXPONENTS.get(scale) ?? 0) - Math.max(decimals, 0);
  return shift >= 0 ? n * (POW10[shift] ?? 1) : n / (POW10[-shift] ?? 1);
}

/** The next match of AMOUNT from its lastIndex: every amount holds a digit, so positions far from one are skipped. */
function nextAmount(sentence: string): RegExpExecArray | null {
  DIGIT.lastIndex = AMOUNT.lastIndex;
  const digit = DIGIT.exec(sentence);
  if (!digit) return null;
  AMOUNT.lastIndex = Math.max(AMOUNT.lastIndex, digit.index - MAX_LEAD);
  return AMOUNT.exec(sentence);
}

/** `€11.93 ($13.87)`: the bracketed amount restates the one before it in another currency. */
function markConversions(sentence: string, amounts: Amount[]): void {
  for (let i = 1; i < amounts.length; i++) {
    const prev = amounts[i - 1];
    const cur = amounts[i];
    if (!prev || !cur || prev.type !== 'money' || cur.type !== 'money') continue;
    const between = sentence.slice(prev.end, cur.start);
    if (/^\s*[([]\s*(?:about|approx\.?|approximately|around|roughly|or|c\.|ca\.|~)?\s*$/i.test(between)) cur.conversion = true;
  }
}
