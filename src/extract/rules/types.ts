import type { FactKind } from '../../facts/fact.js';
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

/** The clause a position stands in: from the last strong break before it. */
export function clauseBefore(text: string, at: number, max = 160): string {
  const head = text.slice(Math.max(0, at - max), at);
  const lower = head.toLowerCase();
  const lastComma = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
  let cut = head.lastIndexOf(';');
  for (const word of CONJUNCTIONS) {
    const i = lower.lastIndexOf(word);
    if (i < 0) continue;
    // A conjunction opens a new clause when no comma follows it; ", while" cuts at the comma.
    if (i > lastComma) cut = Math.max(cut, i);
    else if (i === lastComma + 1) cut = Math.max(cut, lastComma);
  }
  return cut >= 0 ? head.slice(cut + 1) : head;
}

/** Words that join two clauses, each with the space before and after it. */
const CONJUNCTIONS = [' while ', ' whereas ', ' but ', ' although ', ' even as ', ' and '];
