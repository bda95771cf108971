import type { Amount } from '../amounts.js';
import { firmFor, type FirmMention } from './firmsInSentence.js';
import { findRatings, isRatingWord } from './ratings.js';
import { type Rule, type RuleHit, type Sentence, isHedged } from './types.js';

const AVERAGE_TARGET =
  /\b(?:average|mean|median|consensus)\s+(?:analyst\s+|12-month\s+|one-year\s+|1-year\s+|(?:[A-Z][\w.&'’-]*\s+){1,3}(?:stock\s+|share\s+)?)?(?:price\s+target|target\s+price|price\s+objective|target)s?\b|\bconsensus\s+(?:estimate\s+)?target\b|\b(?:the|their|these|all)\s+(?:\w+\s+)?(?:price\s+)?targets\s+average(?:s|d)?(?=\s+(?:out\s+at\s+|at\s+)?\D{0,4}\d)/gi;
const TARGET = /\b(?:[Pp]rice\s+[Tt]arget|[Tt]arget\s+[Pp]rice|price\s+objective|price\s+goal|PT|target|objective|fair value)s?\b|\b(?:sees|see|values|valued) (?:the (?:shares|stock)|it) at\b|\bTarget(?=\s+(?:lifted|raised|hiked|increased|cut|lowered|trimmed|reduced|of|at|to|set|kept)\b|:)/g;
/** Targets that are not one firm's call: ranges, extremes, scenarios. */
const NOT_A_CALL = /\b(?:highest|lowest|street-high|street-low|high end|low end|bull case|bear case|base case|range|ranging|between|could|might|would)\b/i;

function moneyNear(s: Sentence, from: number, to: number): Amount[] {
  return s.amounts.filter((a) => a.type === 'money' && !a.conversion && !a.scaled && a.start >= from && a.start <= to);
}

/**
 * The target a phrase sets. A figure written right before the noun is it ("an $85 price target", "a CHF 72
 * objective", "a £130 ($166.69) price target"); after the noun, the figure it is set to, never the one it came from
 * ("from $178 to $200", "to $200 from $178") nor the size of the change ("by 6 euros to 39 euros").
 */
function targetAmount(s: Sentence, anchorStart: number, anchorEnd: number): Amount | undefined {
  const before = moneyNear(s, anchorStart - 32, anchorStart).pop();
  if (before && TIGHT_BEFORE.test(s.text.slice(before.end, anchorStart)) && !FROM_OR_BY.test(s.text.slice(Math.max(0, before.start - 8), before.start))) return before;
  for (const a of moneyNear(s, anchorEnd, anchorEnd + 90)) {
    // "for Hyundai Motor — which traded at 510,000 won on Friday — from 650,000 won to 850,000 won": an aside
    // between dashes or brackets is read past, never into.
    const gap = withoutAsides(s.text.slice(anchorEnd, a.start));
    if (gap === null) continue;
    if (gap.length > 60) return undefined;
    if (/;|\.\s+[A-Z]|\b(?:and|while|but)\b.*\b(?:target|rating)\b/.test(gap) || CLAUSE_BREAK.test(gap)) return undefined;
    // "lifted its price target by 3.4% to $4.50": the size of the change stands between, the target after "to".
    if (s.amounts.some((x) => x.type === 'percent' && x.start >= anchorEnd && x.start < a.start) && !/\bby\s+[\d.]+\s*(?:%|per ?cent)\s+to\s*$/.test(gap)) return undefined;
    if (FROM_OR_BY.test(s.text.slice(Math.max(anchorEnd, a.start - 8), a.start))) continue;
    return a;
  }
  return undefined;
}

/** Text with its closed asides (between dashes or brackets) cut out; null when it ends inside an open one. */
function withoutAsides(text: string): string | null {
  const out = text.replace(/\s[—–]\s[^—–]*\s[—–]\s/g, ' ').replace(/\([^()]*\)/g, '');
  if (/\s[—–]\s/.test(out) || out.includes('(')) return null;
  return out;
}

/** Between a figure and the target noun after it: nothing but a conversion and a qualifier. */
const TIGHT_BEFORE = /^\s*(?:\([^()]{0,24}\)\s*)?(?:(?:12|twelve)-month\s+|one-year\s+|share\s+|new\s+|revised\s+|street-high\s+)?$/i;
const FROM_OR_BY = /\b(?:from|by)\s*$/i;
/** A relative clause or another verb between the target noun and a figure: the figure is that clause's. */
const CLAUSE_BREAK = /\b(?:which|who|whose|whereas|although|after|when|fell|rose|closed|traded|trading|gained|lost|jumped|dropped)\b/i;

function targetHit(s: Sentence, amount: Amount, firm: FirmMention | undefined, kind: RuleHit['kind']): RuleHit {
  return {
    kind, value: amount.value, currency: amount.currency, firm: firm?.name ?? null, period: null, at: amount.start,
    approximate: isHedged(s.text.slice(Math.max(0, amount.start - 25), amount.start)),
  };
}

const REPLACED_BEFORE = /\b(?:earlier|previous|prior|old|former|initial|original)\s+(?:(?:12-month|one-year)\s+)?$/i;
const ANALYSTS_SEE = /\b[Oo]n average,?\s+analysts\s+(?:see|value|expect)\s+(?:the\s+(?:shares|stock)|it|them)\s+(?:at|reaching|rising to)\s+/;
const SUMMARY_WORDS = /\b(?:median|average|mean|consensus)\b/i;

/** "…consensus estimate rose 3.1 per cent to S$20.70": the figure an average moved to, named as such. */
function movedTo(s: Sentence, from: number): Amount | undefined {
  const a = moneyNear(s, from, from + 100).find((x) => /\bto\s*$/.test(s.text.slice(x.start - 4, x.start)));
  return a && AVERAGE_MOVED.test(s.text.slice(from, a.start)) ? a : undefined;
}

const AVERAGE_MOVED = /^[^;$€£¥₹]*\b(?:rose|fell|climbed|increased|decreased|dropped|went up|went down|moved|edged up|edged down|slipped)\s+[\d.]+\s*(?:per cent|percent|%)\s*,?\s*to\s*$/;

/** Price targets: each firm's call, and the analysts' average. */
export const extractTargets: Rule = (s) => {
  const hits: RuleHit[] = [];
  const used = new Set<number>();
  for (const m of s.text.matchAll(AVERAGE_TARGET)) {
    // Written before the noun ("a $124.36 average price target"), or after it, or where it moved to ("the
    // consensus estimate rose 3.1 per cent to S$20.70").
    const written = moneyNear(s, m.index - 24, m.index).pop();
    const a = written && /^\s*$/.test(s.text.slice(written.end, m.index)) ? written : (moneyNear(s, m.index + m[0].length, m.index + m[0].length + 40)[0] ?? movedTo(s, m.index + m[0].length));
    if (a && !/\bfrom\s*$/i.test(s.text.slice(a.start - 6, a.start))) {
      hits.push(targetHit(s, a, undefined, 'price_target_avg'));
      used.add(a.start);
    }
  }
  // "On average, analysts see the shares at CHF 84.10": the mean of their targets, said in words.
  const seen = ANALYSTS_SEE.exec(s.text);
  const seenAt = seen ? moneyNear(s, seen.index + seen[0].length, seen.index + seen[0].length + 2)[0] : undefined;
  if (seenAt && !used.has(seenAt.start)) {
    hits.push(targetHit(s, seenAt, undefined, 'price_target_avg'));
    used.add(seenAt.start);
  }
  const firms = s.firms;
  const anchors = [...s.text.matchAll(TARGET)].filter((m) => {
    const bare = /^(?:target|targets|objective|objectives|fair values?)$/i.test(m[0]) || /^(?:sees|see|values|valued) /.test(m[0]);
    return !(bare && firms.length === 0 && !/\banalysts?\b/i.test(s.text));
  });
  if (anchors.length === 0) return hits;
  for (const m of anchors) {
    // "below its earlier target of C$108.00": a target the call replaced is no current one.
    if (REPLACED_BEFORE.test(s.text.slice(Math.max(0, m.index - 24), m.index))) {
      const old = targetAmount(s, m.index, m.index + m[0].length);
      if (old) used.add(old.start);
      continue;
    }
    const a = targetAmount(s, m.index, m.index + m[0].length);
    if (!a || used.has(a.start)) continue;
    // "a range of targets", "could reach": the words around the call, not the whole sentence, say it is none.
    const from = Math.min(m.index, a.start);
    const around = s.text.slice(Math.max(0, from - 40), Math.max(a.end, m.index + m[0].length));
    // "raised its price target to a Street-high 3,400 rupees": a house's own call may be the Street's highest.
    if (NOT_A_CALL.test(firmFor(firms, m.index) ? around.replace(/\b[Ss]treet[- ](?:high|low)\b/g, '') : around)) continue;
    used.add(a.start);
    const firm = firmFor(firms, m.index);
    // "The median 1-year forecasted upside …, with a target price of ₹171.86": no house, and the sentence says it
    // speaks of the analysts' middle view.
    const h = targetHit(s, a, firm, !firm && SUMMARY_WORDS.test(s.text.slice(0, a.start)) ? 'price_target_avg' : 'price_target');
    // "local brokerages put the target at around 170,000 won": no house and no exact figure is no call to show.
    if (h.kind === 'price_target' && h.firm === null && h.approximate) h.leftOut = 'unattributed rough target';
    hits.push(h);
  }
  // "UBS, long the most cautious house with a €78 target, lifted its price target to €95": a house gives one current
  // target a sentence, the one it moved to.
  dropReplacedTargets(s, hits);
  // "Jefferies has set a target of $230, while Nomura sees a path to $215": each further firm's next figure.
  for (const firm of firms) {
    const next = moneyNear(s, firm.end, firm.end + 50).find((a) => !/\bfrom\s*$/i.test(s.text.slice(a.start - 6, a.start)));
    if (!next || used.has(next.start) || firms.some((f) => f.start > firm.end && f.start < next.start)) continue;
    // "applied a multiple to its FY26F EPS of Rs 224.20": a figure another noun names is no target.
    if (OTHER_FIGURE_NOUN.test(s.text.slice(firm.end, next.start))) continue;
    // "Citi stays at Sell with A$68": a rating's figure after "with" is the house's target.
    const withRating = RATING_WITH.test(s.text.slice(Math.max(firm.end, next.start - 40), next.start));
    if ((withRating || /\b(?:to|at|of)\s*$/i.test(s.text.slice(next.start - 6, next.start))) && !NOT_A_CALL.test(s.text.slice(firm.start, next.end))) {
      used.add(next.start);
      hits.push(targetHit(s, next, firm, 'price_target'));
    }
  }
  return hits;
};

/** Where one house has two targets in a sentence and one is where it moved "to", the other is the earlier one. */
function dropReplacedTargets(s: Sentence, hits: RuleHit[]): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as RuleHit;
    if (h.kind !== 'price_target' || !h.firm) continue;
    const other = hits.find((x) => x !== h && x.kind === 'price_target' && x.firm === h.firm);
    if (other && MOVED_TO.test(s.text.slice(Math.max(0, other.at - 4), other.at)) && !MOVED_TO.test(s.text.slice(Math.max(0, h.at - 4), h.at))) hits.splice(i, 1);
  }
}

const MOVED_TO = /\bto\s*$/;

const RATING_WITH = /\b(?:Buy|Sell|Hold|Neutral|Overweight|Underweight|Outperform|Underperform|Equal[- ]?[Ww]eight|Accumulate|Reduce|Add)["'”’]?\s+with\s+(?:an?\s+)?$/;

const OTHER_FIGURE_NOUN = /\b(?:EPS|earnings|revenue|revenues|sales|profit|income|dividend|multiple|valuation|book value|estimate|EBITDA|cash flow)\b/i;

const CONSENSUS =
  /\b(?:consensus|average|overall|mean)\s+(?:analyst\s+|analysts'\s+|broker\s+|Wall Street\s+)?(?:rating|recommendation)\b|\bon average,? the (?:stock|shares|company) (?:is|are) rated\b|\brated\s+(?:a\s+)?consensus\b|\bconsensus\s+(?:of|is|call)\b|\bconsensus\s+["“']/gi;

const RATING_BEFORE_CONSENSUS = /\b(?:an?|the)\s+["“']?((?:Strong|Moderate)\s+(?:Buy|Sell)|Buy|Hold|Sell|Outperform|Overweight|Underweight|Neutral|Underperform)["”']?\s+(?:analyst\s+|analysts['’]\s+)?consensus\s+(?:rating|recommendation)\b/;

/** The analysts' consensus rating ("an average rating of “Moderate Buy”"). */
export const extractConsensus: Rule = (s) => {
  const lead = RATING_BEFORE_CONSENSUS.exec(s.text);
  const leading = lead?.[1] ? findRatings(lead[1])[0] : undefined;
  if (lead && leading) {
    return [{ kind: 'consensus_rating', value: leading.text, currency: null, firm: null, period: null, at: lead.index, approximate: false }];
  }
  for (const m of s.text.matchAll(CONSENSUS)) {
    const tail = s.text.slice(m.index + m[0].length - 1, m.index + m[0].length + 40);
    const r = findRatings(tail)[0];
    // "the consensus rating for Jefferies is": the company it is for may stand between.
    if (!r || !/^.?\s*(?:rating|recommendation)?\s*(?:(?:for|on)\s+(?:[A-Z][\w&.'’-]*\s+){1,4})?(?:(?:of|is|stands at|stood at|at|remains|was|as|:|,)\s*(?:still|now|currently)?)?\s*(?:an?\s+)?$/i.test(tail.slice(0, r.start))) continue;
    return [{ kind: 'consensus_rating', value: r.text, currency: null, firm: null, period: null, at: m.index, approximate: false }];
  }
  const before = /(?:a|an)\s+(?:consensus\s+)?["“']([A-Za-z -]{2,20})["”']\s+(?:consensus\s+)?(?:rating|recommendation)\b[^.]*\b(?:consensus|average|analysts?)\b/i.exec(s.text);
  const r = before?.[1] ? findRatings(before[1])[0] : undefined;
  if (before && r && /\bconsensus\b/i.test(before[0])) {
    return [{ kind: 'consensus_rating', value: r.text, currency: null, firm: null, period: null, at: before.index, approximate: false }];
  }
  return [];
};

/** "UBS lifts Whitbread price target to 4,200 (4,075) pence - 'buy'": a quoted rating closing a call after a dash. */
const TRAILING_RATING = /\s[-–—]\s*["“‘']?$/;
const RATES_NAME = /\brat(?:es|ed|ing)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,5}(?:an?\s+)?["“']?$/;
const RATING_CONTEXT =
  /\b(?:rating|rated|rates|rate|went from|moved from|switched from|upgraded|upgrades|downgraded|downgrades|reiterated|reiterates|reiterating|reissued|restated|maintained|maintains|maintaining|remains|remained|kept|keeps|assigned|assigns|setting|set|assigning|giving|reaffirmed|initiated|initiates|resumed|assumed|recommendation|call|to|at|as|with|remains on|stays on|stayed on|remained on)\s*(?:the stock|the shares|shares|it|coverage|an?|its|their|the [\w-]+['’]s? shares)?\s*(?:with|at)?\s*(?:an?\s+)?$/i;

/** Spans of quoted speech: a quotation long enough to be words said, not a rating's name ("Buy"). */
function quotedSpeech(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!text.includes('"') && !text.includes('“')) return out;
  for (const m of text.matchAll(/["“]([^"”]{30,})["”]?/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const DROPPED_RATING = /\b(?:dropped|removed|abandoned|ditched|scrapped|withdrew|withdrawn|ended|terminated|suspended)\s+(?:its|their|the|an?)?\s*["“‘']?$/i;

/** One firm's rating on the stock ("Jefferies upgraded the shares to “Buy”"). */
/** "- Nuvama: Buy | Target lifted to Rs 400": a list row of a house, its rating and its target. */
const ROW_HOUSE = /^(?:[-•*▪]\s*)?[A-Z][^:|;.]{1,40}:\s*$/;
const ROW_RATING_END = /^\s*(?:\||[,;]\s*(?:[Tt]arget|TP)\b|$)/;

export const extractAnalystRatings: Rule = (s) => {
  if (/\b(?:consensus|average rating|on average)\b/i.test(s.text)) return [];
  const firms = s.firms;
  if (firms.length === 0) return [];
  const quotes = quotedSpeech(s.text);
  const quoted: RuleHit[] = [];
  const ratings = findRatings(s.text).filter((r) => {
    // An analyst's own words in quotation marks tell a story ("when we initiated at Underperform"), not the call.
    if (quotes.some(([a, b]) => a < r.start && r.end < b)) {
      quoted.push({ kind: 'analyst_rating', value: r.text, currency: null, firm: null, period: null, at: r.start, approximate: false, leftOut: 'rating in quoted speech' });
      return false;
    }
    const before = s.text.slice(Math.max(0, r.start - 40), r.start);
    // "dropped its 'underperform' recommendation": a rating given up says nothing of the one that replaced it.
    if (DROPPED_RATING.test(before)) return false;
    const after = s.text.slice(r.end, r.end + 20);
    // "Stifel now sees the shares at $43 (Buy)": the rating in brackets after the house's target.
    const bracketed = before.endsWith('(') && after.startsWith(')') && /\d\s*\($/.test(before);
    return bracketed || RATING_CONTEXT.test(before) || RATES_NAME.test(before) || (ROW_HOUSE.test(before) && ROW_RATING_END.test(after)) || /^\s*(?:rating|recommendation|call)\b/i.test(after) || (r.quoted && /^\s*,?\s*(?:rating|from)\b/i.test(after)) || (r.quoted && TRAILING_RATING.test(before) && /^\W*$/.test(after));
  });
  const hits: RuleHit[] = [];
  const seen = new Set<string>();
  for (const r of ratings) {
    const firm = firmFor(firms, r.start);
    if (!firm || seen.has(firm.name)) continue;
    // "from a 'hold' rating to a 'buy' rating": the rating it moved to.
    const later = ratings.find((x) => x.start > r.start && /\bto\b/i.test(s.text.slice(r.end, x.start)) && firmFor(firms, x.start) === firm);
    const chosen = /\bfrom\s+(?:an?\s+)?["“']?$/i.test(s.text.slice(Math.max(0, r.start - 12), r.start + (r.quoted ? 1 : 0))) && later ? later : r;
    seen.add(firm.name);
    hits.push({ kind: 'analyst_rating', value: chosen.text, currency: null, firm: firm.name, period: null, at: chosen.start, approximate: false });
  }
  // Counted once a sentence: the words quoted are one doubt, however many rating words they hold.
  if (quoted[0]) hits.push(quoted[0]);
  return hits;
};

/**
 * "Other brokers share the upbeat view: Berenberg (2,900p, 'buy'), Barclays (3,300p, 'overweight')": a house with
 * its target and its rating in brackets after its name.
 */
export const extractBracketedCalls: Rule = (s) => {
  const hits: RuleHit[] = [];
  for (const f of s.firms) {
    const open = BRACKET_OPEN.exec(s.text.slice(f.end, f.end + 12));
    if (!open) continue;
    const at = f.end + open[0].length;
    const a = s.amounts.find((x) => x.start === at && x.type === 'money' && !x.scaled);
    if (!a) continue;
    const rest = BRACKET_RATING.exec(s.text.slice(a.end, a.end + 40));
    const rating = rest?.[1]?.trim();
    if (!rest || (rating && !isRatingWord(rating))) continue;
    hits.push(targetHit(s, a, f, 'price_target'));
    if (rating) hits.push({ kind: 'analyst_rating', value: rating, currency: null, firm: f.name, period: null, at: a.end, approximate: false });
  }
  return hits;
};

const BRACKET_OPEN = /^\s?\(\s*(?:(?:price )?target:?\s+|TP:?\s+)?/i;
/** What may close the bracket after the target: nothing, or a rating in quotes or not. */
const BRACKET_RATING = /^\s*(?:,\s*['‘"“]?([A-Za-z][A-Za-z -]{1,24}?)['’"”]?\s*)?\)/;

/** "- Mirae Asset Securities: Buy, 330,000 won": a list row of a house, its rating and its target, nothing else. */
export const extractRowCalls: Rule = (s) => {
  const m = ROW_CALL.exec(s.text);
  const f = s.firms[0];
  const [, house, rating, figure] = m ?? [];
  if (!m || !house || !rating || !figure || !isRatingWord(rating) || !f || f.start > 2 || f.end > house.length + 2) return [];
  const at = m.index + m[0].length - figure.length;
  const a = s.amounts.find((x) => x.start <= at && at < x.end && x.type === 'money' && !x.scaled);
  if (!a || a.end < s.text.length - 2) return [];
  return [targetHit(s, a, f, 'price_target'), { kind: 'analyst_rating', value: rating, currency: null, firm: f.name, period: null, at: f.end, approximate: false }];
};

const ROW_CALL = /^(?:[-•*▪]\s*)?([^:]{2,50}):\s*([A-Za-z][A-Za-z -]{1,24}?),\s*((?:[A-Z]{0,3}[$€£¥₹₩]|Rs\.?\s?|[A-Z]{3}\s)?\d)/;
