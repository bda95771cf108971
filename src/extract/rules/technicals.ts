import type { FactKind } from '../../facts/fact.js';
import type { Amount } from '../amounts.js';
import { type Rule, type RuleHit, type Sentence, amountAfter, cueReader, hit } from './types.js';

const SMA_50 = /\b(?:50|fifty)[- ]?day\s+(?:simple\s+)?(?:moving\s+)?(?:average|line)(?:\s+price)?\b|\b(?:50|fifty)[- ]?day\s+(?:SMA|MA|DMA)\b|\b50[- ]?DMA\b|\bSMA\s?\(?50\)?/gi;
const SMA_200 = /\b(?:200|two[- ]hundred)[- ]?day\s+(?:simple\s+)?(?:moving\s+)?(?:average|line)(?:\s+price)?\b|\b(?:200|two[- ]hundred)[- ]?day\s+(?:SMA|MA|DMA)\b|\b200[- ]?DMA\b|\bSMA\s?\(?200\)?/gi;
const HIGH_52 = /\b(?:52|fifty[- ]two)[- ]week\s+(?:intraday\s+|closing\s+)?high(?:\s+(?:point|mark|level))?\b|\b(?:(?:1|one)[- ]year|(?:12|twelve)[- ]month)\s+high\b|\b(?:top|high end|upper end) of (?:its|the|their|[\w.&'’-]+['’]s) (?:52|fifty[- ]two)[- ]week (?:trading |price )?range\b/gi;
const LOW_52 = /\b(?:52|fifty[- ]two)[- ]week\s+(?:intraday\s+|closing\s+)?low(?:\s+(?:point|mark|level))?\b|\b(?:(?:1|one)[- ]year|(?:12|twelve)[- ]month)\s+low\b|\b(?:bottom|low end|lower end) of (?:its|the|their|[\w.&'’-]+['’]s) (?:52|fifty[- ]two)[- ]week (?:trading |price )?range\b/gi;
const RANGE_52 = /\b(?:52|fifty[- ]two)[- ]week\s+(?:trading\s+|price\s+)?range\b/gi;
const RSI = /\b(?:(\d+)[- ]day\s+)?(?:relative\s+strength\s+index|RSI)\b(?:-(\d+)\b|\s*\((?:RSI|(\d+)(?:[- ]?days?)?)\))?(?:\s*\((?:RSI|(\d+)(?:[- ]?days?)?)\))?/gi;
const SUPPORT = /\b(?:supports?|resistances?)\b(?![- ](?:from|for the (?:company|business|sector)))[^.;:$€£¥₹\d]{0,35}?\b(?:at|near|around|of|between|to)\s*|\b(?:supports?|resistances?)(?:\s+levels?)?\s*:\s*/gi;

/** Words that, between a technical label and a figure, mean the figure is something else. */
const TECH_BLOCK = /\b(?:target|high|low|support|resistance|RSI|ratio|volume|and its|while)\b|\d{2,3}[- ]day/i;

function perShare(a: Amount | undefined): Amount | undefined {
  return a && !a.scaled ? a : undefined;
}

const OWN_NOUN_AFTER = /^\s*(?:price\s+)?(?:target|objective|fair value|valuation)\b/i;

function anchored(s: Sentence, re: RegExp, kind: FactKind, window: number): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(re)) {
    const a = perShare(amountAfter(s, m.index + m[0].length, 'money', window, TECH_BLOCK));
    // "touched a new 52-week high and carries an $80.68 target": a figure its own noun follows is that noun's.
    if (a && !OWN_NOUN_AFTER.test(s.text.slice(a.end, a.end + 24))) hits.push(hit(kind, a, s.text));
  }
  return hits;
}

/** "50-day and 200-day moving averages of $150.06 and $155.45". */
function pairedAverages(s: Sentence): RuleHit[] {
  const m = /\b50[- ]day\s+and\s+(?:its\s+)?200[- ]day\s+(?:simple\s+)?moving\s+averages?\b/i.exec(s.text);
  if (!m) return [];
  const monies = s.amounts.filter((a) => a.type === 'money' && !a.scaled && a.start > m.index && a.start - m.index < 120);
  const [a, b] = monies;
  if (!a || !b || !/^\s*(?:and|,)\s*$/i.test(s.text.slice(a.end, b.start))) return [];
  return [hit('sma_50', a, s.text), hit('sma_200', b, s.text)];
}

function range52(s: Sentence): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(RANGE_52)) {
    const low = perShare(amountAfter(s, m.index + m[0].length, 'money', 20));
    const high = low && s.amounts.find((a) => a.start > low.end && /^\s*(?:-|–|to|and)\s*$/.test(s.text.slice(low.end, a.start)));
    if (low && high && high.type === 'money' && !high.scaled) hits.push(hit('low_52w', low, s.text), hit('high_52w', high, s.text));
  }
  return hits;
}

const SPAN_BEFORE = /^\s*(?:over|in|during)\s+the\s+(?:past|last)\s+(?:52\s+weeks|12\s+months|twelve\s+months|year)\b[^;.]*$/i;

/**
 * "The shares have traded between 115p and 172p over the past 52 weeks", "Over the past 52 weeks Aurubis has traded as
 * low as €30.05 ($34.94) and as high as €58.00", "the stock has ranged from a low of C$84.27 to a high of C$116.81".
 */
function between52(s: Sentence): RuleHit[] {
  const lead = /\b(?:between|from)\s+(?:an?\s+low\s+of\s+)?$|\bas low as\s+$/i;
  const span = /^\s*(?:over|in|during)\s+the\s+(?:past|last)\s+(?:52\s+weeks|12\s+months|twelve\s+months|year)\b/i;
  // A conversion in brackets stands between the two figures, never as one of them.
  const money = s.amounts.filter((a) => !a.conversion);
  for (let i = 0; i + 1 < money.length; i++) {
    const low = money[i];
    const high = money[i + 1];
    if (!low || !high || low.type !== 'money' || high.type !== 'money' || low.scaled || high.scaled) continue;
    const between = s.text.slice(low.end, high.start).replace(/\s*\([^()]*\)/, '');
    if (!lead.test(s.text.slice(Math.max(0, low.start - 20), low.start)) || !/^\s*(?:and|to)\s+(?:an?\s+high\s+of\s+|as high as\s+)?$/i.test(between)) continue;
    // The span is written after the range ("between 115p and 172p over the past 52 weeks") or before it ("Over
    // the past 52 weeks, the shares have traded between a low of $119.60 and a high of $163.15").
    const spanned = span.test(s.text.slice(high.end, high.end + 40)) || SPAN_BEFORE.test(s.text.slice(0, low.start)) || RANGE_NOUN_BEFORE.test(s.text.slice(0, low.start));
    if (spanned && low.value < high.value) return [hit('low_52w', low, s.text), hit('high_52w', high, s.text)];
  }
  return [];
}

/** "Target's fifty-two week range runs from a low of $137.16…": the range named before its figures. */
const RANGE_NOUN_BEFORE = /\b(?:52|fifty[- ]two)[- ]week (?:trading |price )?range\b[^;.]*$/i;

// "15 benchmark members are oversold": a count of stocks, not a reading.
const THRESHOLD_AFTER = /^\s*(?:level|mark|line|threshold|zone|(?:[a-z]+\s+)?(?:members|stocks|companies|names|constituents|shares)\b)/;
const READING_BEFORE = /\b(?:a|an|its) (?:reading|value|level) of (?=[\d.]+,? (?:the|its) [^,.;]{0,20}$)/i;

function rsi(s: Sentence): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(RSI)) {
    const periods = [m[1], m[2], m[3], m[4]].filter(Boolean);
    if (periods.some((p) => p !== '14')) continue;
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 50);
    // "RSI, 14 Days: 58.7", "RSI (14 sessions): 55.8": the period written after the name is no reading.
    // "RSI 14: 64.3", "Momentum (RSI 14): 28.6": a bare 14 before the label's colon is the period too.
    // "(RSI, 14) is printing 43.88": a 14 closed by the name's bracket is the period too.
    const period = /^[\s,(]*14[- ]?(?:days?|sessions|periods)\)?\s*:?/i.exec(after) ?? /^[\s,(]*14\)?\s*:/.exec(after) ?? /^\s*(?:\(RSI)?,\s*14\)/i.exec(after);
    if (!period && /^[\s,(]*\d+[- ]?(?:days?|sessions|periods)/i.test(after)) continue;
    const a = amountAfter(s, m.index + m[0].length + (period?.[0].length ?? 0), 'number', 40, /\b(?:below|above|under|over|toward|towards|threshold|level of|near|nearing|approach\w*|cross\w*|hit|reach(?:es|ing)?|from|flirt\w*|the)\b/i);
    // "the 70 level that chartists treat as overbought": a threshold, not a reading.
    if (a && a.value > 0 && a.value <= 100 && !a.scaled && !THRESHOLD_AFTER.test(s.text.slice(a.end, a.end + 30))) hits.push(hit('rsi_14', a, s.text));
    // "With a reading of 68.9, the relative strength index…": the reading named before the index.
    const read = READING_BEFORE.exec(s.text.slice(0, m.index));
    const before = read ? s.amounts.find((x) => x.start === read.index + read[0].length && x.type === 'number') : undefined;
    if (!a && before && before.value > 0 && before.value <= 100) hits.push(hit('rsi_14', before, s.text));
  }
  return hits;
}

function levels(s: Sentence): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(SUPPORT)) {
    const kind: FactKind = /^support/i.test(m[0]) ? 'support_level' : 'resistance_level';
    let a = perShare(amountAfter(s, m.index + m[0].length, 'money', 6));
    while (a) {
      hits.push(hit(kind, a, s.text));
      const from = a.end;
      a = s.amounts.find((x) => x.start > from && x.type === 'money' && !x.scaled && /^\s*(?:,|and|or|&|\/|,\s*(?:and|&)|followed by)\s*$/i.test(s.text.slice(from, x.start)));
    }
  }
  return hits;
}

const PERIOD = 1;
const FIFTY = 2;
const TWO_HUNDRED = 4;
const SPAN = 8;
const BETWEEN = 16;
const STRENGTH = 32;
const LEVEL = 64;
const CUE_BITS: Record<string, number> = {
  day: PERIOD, Day: PERIOD, DMA: PERIOD, SMA: PERIOD, 50: FIFTY, ifty: FIFTY, 200: TWO_HUNDRED, undred: TWO_HUNDRED,
  week: SPAN, year: SPAN, month: SPAN, Week: SPAN, Year: SPAN, Month: SPAN, etween: BETWEEN, RSI: STRENGTH,
  trength: STRENGTH, upport: LEVEL, esistance: LEVEL,
};
/** The words each technical figure's phrase needs (most sentences hold none). */
const techCues = cueReader(CUE_BITS);

/** Moving averages, 52-week extremes, RSI and support/resistance. */
export const extractTechnicals: Rule = (s) => {
  const t = s.text;
  const cues = techCues(t);
  if (cues === 0) return [];
  const period = (cues & PERIOD) !== 0;
  const fifty = period && (cues & FIFTY) !== 0;
  const twoHundred = period && (cues & TWO_HUNDRED) !== 0;
  const span = (cues & SPAN) !== 0;
  const hits: RuleHit[] = [];
  if (fifty) hits.push(...anchored(s, SMA_50, 'sma_50', 60));
  if (twoHundred) hits.push(...anchored(s, SMA_200, 'sma_200', 60));
  if (fifty && twoHundred) hits.push(...pairedAverages(s));
  if (span && (t.includes('igh') || t.includes('top ') || t.includes('upper end'))) hits.push(...anchored(s, HIGH_52, 'high_52w', 30));
  if (span && (t.includes('ow') || t.includes('ottom'))) hits.push(...anchored(s, LOW_52, 'low_52w', 30));
  if (span && t.includes('ange')) hits.push(...range52(s));
  // A range written by its extremes names its span too ("Over the past 52 weeks … as low as … and as high as").
  if ((cues & BETWEEN) !== 0 || (span && (t.includes(' low as') || t.includes(' low of')))) hits.push(...between52(s));
  if ((cues & STRENGTH) !== 0) hits.push(...rsi(s));
  if ((cues & LEVEL) !== 0) hits.push(...levels(s));
  return hits;
};
