import type { Amount } from '../amounts.js';
import { horizonOf } from './horizon.js';
import { DOWN, FILLER, NOUN_DOWN, NOUN_UP, UP } from './moveWords.js';
import { type Rule, type RuleHit, type Sentence, clauseBefore, hit, isHedged, lowerText } from './types.js';

/** Matched against lower-cased text (see execTail): case-insensitive alternations are far slower in V8. */
const VERB_BEFORE = new RegExp(String.raw`\b(?:(${UP})|(${DOWN}))${FILLER}\s*$`);
const NOUN_BEFORE = new RegExp(String.raw`\b(?:share price|stock price|shares?|stock|stocks|adrs?)\s+(?:(${NOUN_UP})|(${NOUN_DOWN}))${FILLER}\s*$`);
const NOUN_AFTER = new RegExp(String.raw`^\s*(?:(?:intraday|single-day|daily|one-day|weekly|monthly)\s+)?(?:(${NOUN_UP})|(${NOUN_DOWN}))\s+in\s+(?:its|the|their|[\w.&]+['’]s)\s+(?:share price|stock price|shares|stock)\b`, 'i');
const WORD_AFTER = /^\s*(?:(higher)|(lower))\b/i;

const SUBJECT = /\b(?:shares?|stocks?|ADRs?|ADSs?|share price|stock price|it|they|the company|the firm|[Tt]he (?:[\w'’-]+\s+){0,3}(?:group|company|firm|maker|provider|producer|retailer|lender|bank|insurer|carmaker|automaker|chipmaker|miner|operator|developer|manufacturer|conglomerate|giant|supplier|utility|airline|brewer|grocer|supermarket|drugmaker|biotech|insurer))\b/g;
const BLOCKER = /\b(?:revenues?|sales|profits?|earnings|income|EBITDA|margins?|volumes?|index|indices|indexes|Nifty|Sensex|FTSE|DAX|CAC|S&P|Dow|Nasdaq Composite|Nasdaq 100|Nikkei|Hang Seng|KOSPI|Stoxx|benchmark|market|markets|sector|sectors|peers?|rivals?|dividends?|stake|holdings|position|positions|exports|imports|shipments|deliveries|orders|bookings|users|subscribers|downloads|EPS|guidance|outlook|forecasts?|cash flow|debt|spending|capex|investments?|costs|expenses|targets?|upside|downside|yields?|inflation|rates|GDP|bitcoin|gold|oil|crude|currency|ETFs?|funds?|valuation|capitali[sz]ation|market value|segment|unit|division|cloud|interest|options|premium|assets|deposits|loans|production|output|traffic|visitors|bets|short|growth|estimates?|multiple|stake|ownership|weight|weighting|allocation|portfolio|tariffs?|prices|dollar|euro|yen|sterling|yuan|rupee|greenback|franc|treasur(?:y|ies)|bonds?)\b/gi;

/**
 * Runs an end-anchored pattern on the last `n` characters before `end` only (the phrases it looks for are short),
 * not reaching back before `start`; the match's index is given from `start`. Patterns without the i flag are
 * written in lower case and read the sentence's lower-cased text.
 */
function execTail(re: RegExp, s: Sentence, start: number, end: number, n: number): RegExpExecArray | null {
  const from = Math.max(start, end - n);
  const lower = re.ignoreCase ? null : lowerText(s);
  const m = re.exec((lower ?? s.text).slice(from, end));
  if (m) m.index += from - start;
  return m;
}

/** Nouns that, as a clause's subject, mean the figure is about something other than the company's stock. */
export const NOT_THE_STOCK = new RegExp(BLOCKER.source, 'i');
/** The same words for lower-cased text: case-insensitive alternations are several times slower in V8. */
const BLOCKER_LOWER = new RegExp(BLOCKER.source.toLowerCase(), 'g');

/** Capitalised words that open or fill a clause without naming another company. */
const PLAIN_CAPITALS = new Set([
  'The', 'Its', 'Their', 'This', 'That', 'These', 'Those', 'Shares', 'Stock', 'Company', 'Group', 'Class', 'Also',
  'Meanwhile', 'However', 'Overall', 'Earlier', 'Today', 'Hong', 'Kong-listed', 'Hong Kong-listed', 'US-listed',
  'U.S.-listed', 'New', 'York-listed', 'A', 'B', 'H', 'ADR', 'ADRs', 'ADS', 'On', 'In', 'At', 'By', 'As', 'It',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Friday’s', 'Ordinary', 'Preferred',
]);

/** Whether a blocker word starts after position `after` of the clause that starts at `clauseStart`. */
function blockerAfter(prefix: string, after: number, s: Sentence, clauseStart: number): boolean {
  const lower = lowerText(s);
  const re = lower === null ? BLOCKER : BLOCKER_LOWER;
  re.lastIndex = after + 1;
  const found = re.exec(lower === null ? prefix : lower.slice(clauseStart, clauseStart + prefix.length)) !== null;
  re.lastIndex = 0;
  return found;
}

type SubjectVerdict = 'stock' | 'blocked' | 'foreign' | 'none';

/** What a move or price phrase is about, judged from the clause before it. */
function subjectOf(prefix: string, s: Sentence, clauseStart: number): SubjectVerdict {
  let lastSubject = -1;
  // Where the last subject ends: a blocker word inside it ("Tencent Holdings", "the brewing group") is its name.
  let subjectEnd = 0;
  for (const m of prefix.matchAll(SUBJECT)) {
    // "interest in the stock", "options on the stock": the stock is not what moved; nor is "it" in "the index, of
    // which it is a member, gained".
    const lead = prefix.slice(Math.max(0, m.index - 16), m.index);
    if (!/\b(?:in|on|for)\s+(?:the\s+|its\s+|their\s+)?$/i.test(lead) && !(/^(?:it|they)$/i.test(m[0]) && /\b(?:which|that|whom)\s+$/i.test(lead))) {
      lastSubject = m.index;
      subjectEnd = m.index + m[0].length;
    }
  }
  let company = false;
  for (const span of s.companySpans) {
    if (span.start >= clauseStart && span.end <= clauseStart + prefix.length) {
      if (span.start - clauseStart >= lastSubject) {
        lastSubject = span.start - clauseStart;
        subjectEnd = span.end - clauseStart;
      }
      company = true;
    }
  }
  // "The games publisher, valued at £2bn, has gained…": a sentence opening on a description of the company.
  const described = clauseStart === 0 ? /^(?:The|the) (?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*(?=\s*,|\s+(?:has|have|is|are|was|were|rose|fell|gained|lost))/.exec(prefix) : null;
  if (described && !NOT_THE_STOCK.test(described[0]) && lastSubject < 0) {
    lastSubject = 0;
    subjectEnd = described[0].length;
  }
  // Only a blocker after the last subject matters, so the scan starts there: the blocker list is long.
  if (blockerAfter(prefix, Math.max(subjectEnd - 1, lastSubject), s, clauseStart)) return 'blocked';
  // "rival JD.com shares fell": a name the article never introduced owns the move.
  const owner = /([A-Z][\w.&'’-]*)(?:['’]s)?\s+(?:(?:Inc|Corp|Ltd|plc|AG|SA)\.?\s+)?(?:shares?|stock|ADRs?)?\s*(?:\w+ly\s+|have\s+|has\s+|had\s+)?$/.exec(prefix);
  if (owner?.[1] && !PLAIN_CAPITALS.has(owner[1])) {
    const at = clauseStart + owner.index;
    if (!s.companySpans.some((span) => span.start <= at && at < span.end)) return 'foreign';
  }
  return lastSubject >= 0 ? 'stock' : company ? 'stock' : 'none';
}

function subjectIsStock(prefix: string, s: Sentence, clauseStart: number): boolean {
  return subjectOf(prefix, s, clauseStart) === 'stock';
}

/** A plain count (not money, a percentage, a year or a day of the month) in a stretch of text. */
function countIn(text: string): boolean {
  for (const m of text.matchAll(/(?<![\w$€£¥₹.,:])\d[\d,]*(?:\.\d+)?(?![\d%:-]|[.,]\d)(?!\s?(?:percent|per cent|pence|p\b|yen|won|yuan|euros?|rupees|francs|[ap]\.?m\b))/g)) {
    const value = Number(m[0].replace(/,/g, ''));
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (value >= 1900 && value <= 2100) continue;
    if (value <= 31 && /[A-Z][a-z]{2,8}\.?\s$/.test(before)) continue;
    if (/(?:Rs\.?|RM|[A-Z]{3}|HK\$|US\$)\s?$/.test(before)) continue;
    return true;
  }
  return false;
}

/** Where the words after a move stop belonging to it. */
const NEXT_CLAUSE = /[;]|,\s+(?:while|but|whereas)\b/;

function changeHit(s: Sentence, a: Amount, down: boolean, prefix: string): RuleHit | undefined {
  const nextAmount = s.amounts.find((x) => x.start > a.end && x.type === 'percent');
  const following = s.text.slice(a.end, Math.min(nextAmount?.start ?? s.text.length, a.end + 70));
  const cut = following.search(NEXT_CLAUSE);
  const after = cut < 0 ? following : following.slice(0, cut);
  const kind = horizonOf(after, prefix);
  if (!kind) return undefined;
  const value = a.signed ? a.value : down ? -Math.abs(a.value) : Math.abs(a.value);
  return hit(kind, a, s.text, { value });
}

/** Where the move a percentage states is written: at an amount it restates ("up 8,650 won, or 6.73 percent"), else at itself. */
function restatedFrom(s: Sentence, a: Amount): number {
  const i = s.amounts.indexOf(a);
  const prev = i > 0 ? s.amounts[i - 1] : undefined;
  if (!prev || prev.type === 'percent' || a.start - prev.end > 8) return a.start;
  return /^\s*,?\s*or\s*$/.test(s.text.slice(prev.end, a.start)) ? prev.start : a.start;
}

/** Percentage moves of the share price, with their horizon. */
export const extractChanges: Rule = (s) => {
  const hits: RuleHit[] = [];
  for (const a of s.amounts) {
    if (a.type !== 'percent') continue;
    // "added 15,000 won, or 2.22 percent": the verb governs the amount that the percentage restates.
    const at = restatedFrom(s, a);
    const prefix = clauseBefore(s.text, at);
    const clauseStart = at - prefix.length;
    const tail = s.text.slice(a.end, a.end + 80);
    const nounBefore = execTail(NOUN_BEFORE, s, clauseStart, at, 70);
    const verb = nounBefore ? null : execTail(VERB_BEFORE, s, clauseStart, at, 70);
    const noun = verb || nounBefore ? null : NOUN_AFTER.exec(tail);
    const word = verb || noun ? null : /\b(?:closed|ended|finished|settled|traded|trading|opened|is|was|are|were)\s*$/i.test(prefix) ? WORD_AFTER.exec(tail) : null;
    const m = nounBefore ?? verb ?? noun ?? word;
    if (!m) continue;
    // "rose as much as 6.3%" is the session's extreme, not its move.
    if (/\bas (?:much|high|low) as\s*$/i.test(prefix.slice(-20))) continue;
    const head = verb ? prefix.slice(0, verb.index) : prefix;
    // "Tesla delivered 497,099 vehicles, up 7%": a count between subject and move makes the move the count's.
    if (!nounBefore && countIn(head)) continue;
    if (!noun && !nounBefore && !subjectIsStock(head, s, clauseStart)) continue;
    if (/^\s*(?:of|in)\s+(?:its|the|their)?\s*(?:revenue|sales|volume|stake|shares outstanding|market share)/i.test(tail)) continue;
    const h = changeHit(s, a, Boolean(m[2]), prefix);
    if (h) hits.push(h);
  }
  return hits;
};

const PRICE_VERB_AT = /\b(?:opened|closed|ended|finished|settled|last traded|traded|trading|trades|trade|changed hands|changing hands|changes hands|quoted|was|is|were|are|stood|stands|standing|hovered|hovering|hovers|priced|sits|sat|was last|closing|opening|last)\s+(?:(?:the|\w+day['’]s)\s+(?:[a-z]+\s+){0,2}(?:day|session|week|trading day)\s+|(?:on|for)\s+\w+\s+|\w+day\s+|yesterday\s+)?(?:at|around|near|on|of)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?$/;
const PRICE_NOUN = /\b(?:share price|stock price|price per share|shares?|stock|trading price|last price|closing price)\s+(?:of|at|is|was|stood at|stands at|is at|closed at|ended at|reached|hit|to|:)\s*(?:about\s+|approximately\s+|around\s+)?$/;
const MOVE_TO = new RegExp(String.raw`\b(?:${UP}|${DOWN}|${NOUN_UP}|${NOUN_DOWN}|moved|move|traded|climb)\b(?:[^.;]|\.\d){0,50}?\b(?:to|at|to (?:close|end|finish|settle) at|reaching|to reach|hitting)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?$`);
const NOT_PRICE_AFTER = /^\s*(?:level|mark|threshold|zone|area|region|line|resistance|support|barrier|range|handle|per share (?:in cash|offer|deal))\b|^\s*(?:-|–|to)\s*[$€£¥₹]/i;
const NOT_PRICE_CONTEXT = /\b(?:sold|bought|purchased|acquired|issued|offered|repurchased|placement|insider|stake|ago|back in|at the time(?! of (?:publication|writing|going to press))|in 20\d\d|previously|previous close|prior close|had closed|target|objective|estimate|forecast|offer|acquire|acquisition|buyout|takeover|deal|tender|IPO|strike|bid|buyback|repurchase|dividend|valuation|fair value|high of|low of|as high as|as low as|average|intraday high|intraday low|peak|trough|record)\b/i;

const PRICE_LEAD = /\b(?:at|around|near|on|of|to|reaching|reach|hitting|is|was|stood|stands|reached|hit|close|end|finish|settle)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?$|:\s*$/i;

/** The share price: "opened at $181.23", "rose 2% to €148.20", "share price of $155.74". */
export const extractPrices: Rule = (s) => {
  const hits: RuleHit[] = [];
  for (const a of s.amounts) {
    if (a.type !== 'money' || a.scaled || a.conversion) continue;
    // Every price phrase ends in one of these words just before the figure; most other figures fail here cheaply.
    if (!PRICE_LEAD.test(s.text.slice(Math.max(0, a.start - 28), a.start))) continue;
    const prefix = clauseBefore(s.text, a.start, 120);
    if (NOT_PRICE_AFTER.test(s.text.slice(a.end, a.end + 30)) || /\bthe\s*$/i.test(prefix) || /\bfrom\s*$/i.test(prefix)) continue;
    // A price phrase runs up to the figure, so the words before it can rule it out (a target, an average, a
    // 52-week high) before the three phrase patterns are tried: most figures that fail, fail here.
    // A relative clause speaks of the noun before it: "a target on Shell's ADRs, which fell 1.6% to $73.18" of the
    // ADRs, "its 200-day average, which sits at $205.08" of the average.
    const relative = prefix.lastIndexOf(', which ');
    const context = relative < 0 ? prefix.slice(Math.max(0, prefix.length - 90)) : `${prefix.slice(Math.max(0, relative - 30), relative)}${prefix.slice(relative)}`;
    if (NOT_PRICE_CONTEXT.test(context)) continue;
    const clauseStart = a.start - prefix.length;
    const at = execTail(PRICE_VERB_AT, s, clauseStart, a.start, 70) ?? execTail(PRICE_NOUN, s, clauseStart, a.start, 70);
    const move = at ? null : execTail(MOVE_TO, s, clauseStart, a.start, 100);
    const m = at ?? move;
    if (!m) continue;
    const verdict = subjectOf(prefix.slice(0, m.index), s, clauseStart);
    if (verdict === 'blocked' || verdict === 'foreign') continue;
    if (move && /\bas (?:much|high|low) as\b/.test(move[0])) continue;
    if (move && !subjectIsStock(prefix.slice(0, m.index + 1), s, clauseStart) && !/^\s*(?:share|stock)/i.test(m[0])) continue;
    const h = hit('price', a, s.text);
    h.approximate = isHedged(prefix) || /\b(?:around|near|hovering|hovered)\b/i.test(m[0]);
    // An opening price stands only where the article gives no later one.
    if (at && /^(?:opened|opening)\b/.test(m[0])) h.fallback = true;
    hits.push(h);
  }
  return hits;
};

const VOLUME = /\b(?:trading\s+)?volume\b/gi;
const AVG_VOLUME = /\b(?:average|avg\.?)\s+(?:daily\s+)?(?:trading\s+)?volume\b|\b(?:three|3|ten|10|30)[- ](?:month|day)\s+average\s+(?:daily\s+)?(?:trading\s+)?volume\b|\bvolume\s+average\b/gi;
const HANDS = /^\s*(?:shares?\s+)?(?:of\s+(?:the\s+)?(?:company'?s?\s+)?(?:stock|shares)\s+)?(?:changed|traded|exchanged)\s+hands\b|^\s*shares\s+(?:were|have been)\s+(?:traded|exchanged)\b/i;

function shareCount(s: Sentence, from: number): Amount | undefined {
  for (const a of s.amounts) {
    if (a.start < from) continue;
    if (a.start - from > 40 || a.type !== 'number') return undefined;
    if (/\b(?:average|avg|compared|usual|typical|normal|than)\b/i.test(s.text.slice(from, a.start))) return undefined;
    if (a.value >= 1000 && Number.isFinite(a.value)) return a;
  }
  return undefined;
}

/** Shares traded in the session, and the average it compares with. */
export const extractVolumes: Rule = (s) => {
  const hits: RuleHit[] = [];
  const avgSpans: Array<[number, number]> = [];
  for (const m of s.text.matchAll(AVG_VOLUME)) {
    avgSpans.push([m.index, m.index + m[0].length]);
    const a = shareCount(s, m.index + m[0].length);
    if (a) hits.push(hit('avg_volume', a, s.text));
  }
  for (const m of s.text.matchAll(VOLUME)) {
    if (avgSpans.some(([x, y]) => m.index >= x && m.index < y)) continue;
    if (/\b(?:average|avg\.?|daily)\s+(?:trading\s+)?$/i.test(s.text.slice(0, m.index))) continue;
    const a = shareCount(s, m.index + m[0].length);
    if (a && !/%/.test(s.text.slice(m.index, a.start))) hits.push(hit('volume', a, s.text));
  }
  for (const a of s.amounts) {
    if (a.type === 'number' && a.value >= 1000 && HANDS.test(s.text.slice(a.end, a.end + 60))) hits.push(hit('volume', a, s.text));
  }
  return hits;
};
