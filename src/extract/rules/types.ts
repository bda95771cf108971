import type { FactKind } from '../../facts/fact.js';
import type { LeftOutReason } from '../leftOut.js';
import type { Amount } from '../amounts.js';
import type { FirmMention } from './firmsInSentence.js';

/** One sentence as the rule families see it. */
export interface Sentence {
  text: string;
  amounts: Amount[];
  /** Spans that name a company (not a research firm), for subject checks. */
  companySpans: ReadonlyArray<{ start: number; end: number }>;
  /** Research firms the sentence names. */
  firms: readonly FirmMention[];
  /** The text lower-cased once for every rule that reads it so (see `lowerText`); undefined until first asked. */
  lower?: string | null;
}

/**
 * The sentence lower-cased, for patterns written in lower case (case-insensitive alternations are slow in V8), or
 * null when lower-casing would move offsets (a few non-ASCII letters grow). Computed once per sentence.
 */
export function lowerText(s: Sentence): string | null {
  if (s.lower === undefined) {
    const lower = s.text.toLowerCase();
    s.lower = lower.length === s.text.length ? lower : null;
  }
  return s.lower;
}

/** A fact a rule family found, before it is tied to a company. */
export interface RuleHit {
  kind: FactKind;
  value: number | string;
  /** ISO code, or `$`/`¥` for the caller to settle against the company. */
  currency: string | null;
  firm: string | null;
  period: string | null;
  /** Where the figure stands in the sentence: the company it belongs to is judged from here. */
  at: number;
  approximate: boolean;
  /** A figure that stands only when the article gives no other of its kind for the company (an opening price). */
  fallback?: boolean;
  /** Set when the rule read the figure but doubts it: counted, never kept. */
  leftOut?: LeftOutReason;
}

export type Rule = (sentence: Sentence) => RuleHit[];

/** Hedge words just before a figure: the text gives it only roughly. */
const HEDGE = /(?:about|approximately|approx\.?|around|roughly|nearly|almost|some|over|more than|exceeding|above|below|under|close to|just over|just under|upwards of|north of|~)\s*$/i;

export function isHedged(before: string): boolean {
  return HEDGE.test(before);
}

/**
 * A hit for one amount. Options override the value (a sign from the verb) or add a period; objects are built
 * whole, never spread: spreading with overridden keys is many times slower in V8 and this runs per figure.
 */
export function hit(kind: FactKind, amount: Amount, text: string, options: { value?: number; period?: string | null } = {}): RuleHit {
  return {
    kind,
    value: options.value ?? amount.value,
    currency: amount.type === 'money' ? amount.currency : null,
    firm: null,
    period: options.period ?? null,
    at: amount.start,
    approximate: isHedged(text.slice(Math.max(0, amount.start - 25), amount.start)),
  };
}

/**
 * The first amount of a type that starts within `window` characters after `from`, provided the text in between
 * holds no other amount of that type and nothing `block` matches.
 */
export function amountAfter(
  s: Sentence,
  from: number,
  type: Amount['type'],
  window: number,
  block?: RegExp,
): Amount | undefined {
  for (const a of s.amounts) {
    if (a.start < from) continue;
    if (a.start - from > window) return undefined;
    const gap = s.text.slice(from, a.start);
    if (block?.test(gap)) return undefined;
    if (a.type !== type) {
      if (type !== 'number' && a.type === 'number' && /\d[- ](?:day|week|month|year)/i.test(s.text.slice(a.start, a.end + 6))) continue;
      if (a.type === 'percent' || a.type === 'money') return undefined;
      continue;
    }
    return a.conversion ? undefined : a;
  }
  return undefined;
}

/**
 * The clause a position stands in: from the last strong break before it. A conjunction after the last comma or
 * semicolon opens the clause (", while" too: the conjunction follows the comma); otherwise the last semicolon does.
 * One backward pass over the characters, since the nearest break is the only one that counts.
 */
export function clauseBefore(text: string, at: number, max = 160): string {
  const head = text.slice(Math.max(0, at - max), at);
  for (let p = head.length - 1; p >= 0; p--) {
    const c = head.charCodeAt(p);
    if (c === 32 && conjunctionAt(head, p)) return head.slice(p + 1);
    if (c === 59) return head.slice(p + 1);
    if (c === 44) {
      const semicolon = head.lastIndexOf(';', p);
      return semicolon >= 0 ? head.slice(semicolon + 1) : head;
    }
  }
  return head;
}

/** Words that join two clauses, written between single spaces (in any letter case). */
const CONJUNCTIONS = ['while', 'whereas', 'but', 'although', 'even as', 'and', 'before'];

/** Whether ` word ` (a conjunction, letters compared without case) starts at the space at `p`. */
function conjunctionAt(text: string, p: number): boolean {
  const first = text.charCodeAt(p + 1) | 0x20;
  if (first !== 0x77 && first !== 0x62 && first !== 0x61 && first !== 0x65) return false;
  for (const word of CONJUNCTIONS) {
    const end = p + 1 + word.length;
    if (end >= text.length || text.charCodeAt(end) !== 32) continue;
    let i = 0;
    while (i < word.length && (text.charCodeAt(p + 1 + i) | (word.charCodeAt(i) === 32 ? 0 : 0x20)) === word.charCodeAt(i)) i++;
    if (i === word.length) return true;
  }
  return false;
}

/**
 * A reader of the cue words a family of rules needs (each word mapped to a bit), finding them in one scan of a
 * sentence rather than a substring search per word. A match moves the scan on by one character only, so cues that
 * overlap ("200" in "2050") are all seen.
 */
export function cueReader(cues: Readonly<Record<string, number>>): (text: string) => number {
  const pattern = new RegExp(Object.keys(cues).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
  return (text) => {
    let bits = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      bits |= cues[m[0]] ?? 0;
      pattern.lastIndex = m.index + 1;
    }
    return bits;
  };
}

