import type { Amount } from '../amounts.js';
import { BRACKETED_CODE } from '../mentions.js';
import { horizonOf } from './horizon.js';
import { FILLER, NOUN_DOWN, NOUN_UP, RECORD_EXTREME, moveToBefore, moveVerbBefore } from './moveWords.js';
import { type Rule, type RuleHit, type Sentence, clauseBefore, hit, isHedged, lowerText } from './types.js';

const NOUN_BEFORE = new RegExp(String.raw`\b(?:share price|stock price|shares?|stock|stocks|adrs?)\s+(?:(${NOUN_UP})|(${NOUN_DOWN}))${FILLER}\s*$`);
const NOUN_AFTER = new RegExp(String.raw`^\s*(?:(?:intraday|single-day|daily|one-day|weekly|monthly)\s+)?(?:(${NOUN_UP})|(${NOUN_DOWN}))\s+in\s+(?:its|the|their|[\w.&]+['’]s)\s+(?:share price|stock price|shares|stock)\b`, 'i');
/** "3.5% higher", "3.03% or Rs 52.90 higher": the word after the figure gives the direction. */
const WORD_AFTER = /^\s*(?:or\s+\S+(?:\s\S+)?\s+)?(?:(higher|up|firmer|stronger)|(lower|down|weaker|softer))\b/i;

const SUBJECT = /\b(?:share price|stock price|the scrip|the counter|units|(?:last|latest) (?:trade|sale)|(?:second|secondary|primary|main|local) listing|listing|shares?|stocks?|ADRs?|ADSs?|[Ii]t|[Tt]hey|the company|the firm|[Tt]he (?:[\w'’-]+\s+){0,3}(?:group|company|firm|maker|provider|producer|retailer|lender|bank|insurer|carmaker|automaker|chipmaker|miner|operator|developer|manufacturer|conglomerate|giant|supplier|utility|airline|brewer|grocer|supermarket|drugmaker|biotech|insurer))\b/g;
const BLOCKER = /\b(?:revenues?|sales|profits?|earnings|income|EBITDA|margins?|volumes?|(?:index|indices|indexes|Nifty|Sensex|FTSE|DAX|CAC|S&P|Dow|Nasdaq Composite|Nasdaq 100|Nikkei|Hang Seng|KOSPI|Stoxx|benchmark|market|sector)(?!\s*(?:\d+\s*)?(?:-listed|components?|constituents?|members?|heavyweights?|names|stocks|shares|company|group|firm))|markets|sectors|peers?|rivals?|dividends?|stake|holdings|position|positions|exports|imports|shipments|deliveries|orders|bookings|users|subscribers|downloads|EPS|guidance|outlook|forecasts?|cash flow|debt|spending|capex|investments?|costs|expenses|targets?|upside|downside|yields?|inflation|rates|GDP|bitcoin|gold|oil|crude|currency|ETFs?|funds?|valuation|capitali[sz]ation|market value|segment|unit|division|cloud|interest|options|premium|assets|deposits|loans|production|output|traffic|visitors|bets|short|growth|estimates?|multiple|stake|ownership|weight|weighting|allocation|portfolio|tariffs?|prices|dollar|euro|yen|sterling|pound|yuan|rupee|greenback|franc|peso|ringgit|rupiah|baht|lira|organic|organically|treasur(?:y|ies)|bonds?|averages?|MA)\b/gi;

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
function blockerAfter(prefix: string, after: number, s: Sentence, clauseStart: number, blanked: boolean): boolean {
  const lower = blanked ? null : lowerText(s);
  const re = lower === null ? BLOCKER : BLOCKER_LOWER;
  const text = lower === null ? prefix : lower.slice(clauseStart, clauseStart + prefix.length);
  re.lastIndex = after + 1;
  let found = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "F&P Healthcare led the local benchmark, up 3.2%": what the subject led is its object, not the mover.
    if (OBJECT_VERB.test(text.slice(Math.max(0, m.index - 28), m.index)) || PLACE_IN.test(s.text.slice(Math.max(0, clauseStart + m.index - 48), clauseStart + m.index))) continue;
    found = true;
    break;
  }
  re.lastIndex = 0;
  return found;
}

/** "finished at the foot of the index": where the subject stood in the market, not the market as subject. */
const PLACE_IN = /\b(?:(?:top|foot|bottom|head|tail|rear) of|(?:drops?|gains?|declines?|rises?|advances?|loss(?:es)?|performers?|gainers?|losers?|decliners?|movers?) (?:in|on|among)) (?:the |its )?(?:(?:[A-Z][\w&./-]*|\d+) )*$/;
const OBJECT_VERB = /\b(?:led|leads|topped|tops|lagged|lags|trailed|trails|outperformed|outperforms|underperformed|underperforms|beat|beats|headed|heads|paced|outpaced|bucked)\b(?:\s+[\w'’-]+){0,3}\s+$/i;

type SubjectVerdict = 'stock' | 'blocked' | 'foreign' | 'none';

/**
 * The clause before a position (see clauseBefore), never starting inside a company's name: "Hong Kong Exchanges and
 * Clearing gained 1.04 per cent" is one clause, whatever its "and".
 */
function clauseOf(s: Sentence, at: number, max?: number): string {
  const prefix = clauseBefore(s.text, at, max);
  const start = at - prefix.length;
  for (const span of s.companySpans) if (span.start < start && start < span.end) return s.text.slice(span.start, at);
  return prefix;
}

/** "TSMC, the most heavily weighted stock on the market, rose": an aside describing the subject, blanked out. */
const APPOSITIVE = /(?:,\s+(?:the|a|an)\s[^,;\d]{3,70}|,\s+(?:which|who|whose|in which|of which)\s[^,;]{3,70}|,\s+[a-z][^,;\d]{3,60}),\s*(?:(?:has|have|had|is|was|shares?|stock)\s+)?$/;

/**
 * "The games publisher, valued at £2bn, has gained…": a sentence opening on a description of a company (a noun for
 * a business: "The biggest mover was consumer discretionary" describes no company).
 */
const DESCRIBED_COMPANY = /^(?:The|the) (?:[a-z][a-z-]*\s+){0,2}(?:[a-z-]*(?:maker|publisher|broadcaster|operator|provider|producer|retailer|lender|insurer|miner|developer|manufacturer|supplier|designer|assembler|explorer|distributor|brand|chain|conglomerate|giant|group|company|firm|bank|carrier|airline|utility|brewer|grocer|owner|builder|specialist)s?)(?=\s*,|\s+(?:has|have|is|are|was|were|rose|fell|gained|lost))/;

/** What a move or price phrase is about, judged from the clause before it. */
function subjectOf(clause: string, s: Sentence, clauseStart: number): SubjectVerdict {
  // An aside ends with a comma just before the verb: most clauses have none there, and skip the pattern.
  const comma = clause.lastIndexOf(',');
  // A clause may be cut one letter into its verb ("…, g"): the aside ends at the comma all the same.
  const aside = comma >= 0 && clause.length - comma < 14 ? APPOSITIVE.exec(clause.replace(/\w+$/, '')) : null;
  const prefix = aside ? clause.slice(0, aside.index) + ' '.repeat(clause.length - aside.index) : clause;
  let lastSubject = -1;
  // Where the last subject ends: a blocker word inside it ("Tencent Holdings", "the brewing group") is its name.
  let subjectEnd = 0;
  // Only the last subject that stands as one counts, so they are tried from the last back.
  const found: Array<{ index: number; end: number; word: string }> = [];
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(prefix); m; m = SUBJECT.exec(prefix)) found.push({ index: m.index, end: m.index + m[0].length, word: m[0] });
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i] as { index: number; end: number; word: string };
    // "interest in the stock", "options on the stock": the stock is not what moved; nor is "it" in "the index, of
    // which it is a member, gained".
    const lead = prefix.slice(Math.max(0, m.index - 16), m.index);
    // "earnings per share" is no share at all.
    const perShare = /^share$/i.test(m.word) && /\b(?:per|a)\s+$/i.test(lead);
    // "Revenues fell 5%…; organically, they rose 2%": a pronoun whose sentence opened on another noun is that noun.
    const pronounOfOther = /^(?:it|they)$/i.test(m.word) && clauseStart > 0 && NOT_THE_STOCK.test(s.text.slice(0, 24).split(/[,;]/)[0] ?? '');
    if (!perShare && !pronounOfOther && !/\b(?:in|on|for)\s+(?:the\s+|its\s+|their\s+)?$|\ball\s+$|\ball-$/i.test(lead) && !(/^(?:it|they)$/i.test(m.word) && /\b(?:which|that|whom)\s+$/i.test(lead))) {
      lastSubject = m.index;
      subjectEnd = m.end;
      break;
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
  const described = clauseStart === 0 ? DESCRIBED_COMPANY.exec(prefix) : null;
  if (described && !NOT_THE_STOCK.test(described[0]) && lastSubject < 0) {
    lastSubject = 0;
    subjectEnd = described[0].length;
  }
  // Only a blocker after the last subject matters, so the scan starts there: the blocker list is long.
  if (blockerAfter(prefix, Math.max(subjectEnd - 1, lastSubject), s, clauseStart, aside !== null)) return 'blocked';
  // "rival JD.com shares fell": a name the article never introduced owns the move.
  const owner = /([A-Z][\w.&'’-]*)(?:['’]s)?\s+(?:(?:Inc|Corp|Ltd|plc|AG|SA)\.?\s+)?(?:shares?|stock|ADRs?)?\s*(?:\w+ly\s+|have\s+|has\s+|had\s+)?$/.exec(prefix);
  if (owner?.[1] && !PLAIN_CAPITALS.has(owner[1].replace(/['’]s$/, ''))) {
    const at = clauseStart + owner.index;
    if (!s.companySpans.some((span) => span.start <= at && at < span.end)) return 'foreign';
  }
  return lastSubject >= 0 ? 'stock' : company ? 'stock' : 'none';
}

function subjectIsStock(prefix: string, s: Sentence, clauseStart: number): boolean {
  return subjectOf(prefix, s, clauseStart) === 'stock';
}

/** A stretch of the sentence with company names blanked: "99 Technology climbed 8.3 per cent" counts nothing. */
function withoutNames(s: Sentence, text: string, start: number): string {
  if (!/\d/.test(text)) return text;
  let out = text;
  for (const span of s.companySpans) {
    const a = span.start - start;
    const b = span.end - start;
    if (b > 0 && a < out.length) out = out.slice(0, Math.max(0, a)) + ' '.repeat(Math.min(b, out.length) - Math.max(0, a)) + out.slice(Math.min(b, out.length));
  }
  return out;
}

/** A plain count (not money, a percentage, a year or a day of the month) in a stretch of text. */
function countIn(text: string): boolean {
  for (const m of text.matchAll(/(?<![\w$€£¥₹.,:])\d[\d,]*(?:\.\d+)?(?![\d%:-]|[.,]\d)(?!\s?(?:percent|per cent|pct|pence|p\b|yen|won|yuan|euros?|rupees|francs|crowns|kronor|kroner|[ap]\.?m\b))/g)) {
    const value = Number(m[0].replace(/,/g, ''));
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (value >= 1900 && value <= 2100) continue;
    // "(4506 JT)", "(2330)": a stock code in brackets after the name.
    if (text.charCodeAt(m.index - 1) === 40 && /^(?:\s?[A-Z]{1,4}|\.[A-Z]{1,2})?\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    if (value <= 31 && (/[A-Z][a-z]{2,8}\.?\s$/.test(before) || /^(?:st|nd|rd|th)?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7)))) continue;
    if (/(?:Rs\.?|RM|[A-Z]{3}|[A-Z]{1,3}\$|[€£¥₹])\s?$/.test(before)) continue;
    // "S&P 500 components", "FTSE 100 index": the index's name.
    if (/(?:S&P|FTSE|Nasdaq|Nikkei|ASX|NZX|Stoxx|STOXX|CAC|DAX|Russell|Nifty|TSX|MSCI|Top|top)\s?$/.test(before)) continue;
    return true;
  }
  return false;
}

const REACHED_LEVEL = new RegExp(String.raw`\b(?:to|at|hitting|touching|reaching)\s+${RECORD_EXTREME}`, 'g');

const MARKET_VOLUME = /\b(?:exchange|bourse|market)['’]s\b|\bon the (?:[A-Z][\w-]* )?(?:exchange|bourse|main board|first section|market as a whole)\b|\bmarket-wide\b|\bacross the (?:market|exchange|board)\b/;

/** Where the words after a move stop belonging to it. */
const NEXT_CLAUSE = /[;]|,\s+(?:and|while|but|whereas|with|their|its|when|which|after|as|following|despite|amid|well|still|just|now|far|moving|taking|leaving|bringing|building|extending|marking|capping|putting|giving|the (?:most|biggest|largest|best|worst|highest|lowest))\b|\s[-–—]{1,2}\s|\s(?:after|amid|following|despite|ahead of|on hopes|on news|on reports)\s(?!hours\b)/;

/**
 * The words a move's time span may stand in: its clause, and the clause before when "and" only joined two nouns
 * ("riser last week, with the electricity and gas utility's share price up 2.88%").
 */
function spanContext(s: Sentence, prefix: string, clauseStart: number): string {
  if (clauseStart < 1 || !/^and /i.test(prefix)) return prefix;
  const before = clauseBefore(s.text, clauseStart);
  return /\d/.test(before.replace(/\b(?:S&P|FTSE|Nasdaq|Nikkei|ASX|Stoxx|STOXX|CAC|DAX|Russell) \d+/g, '')) ? prefix : `${before}${prefix}`;
}

/** A clause with no subject of its own: "and has risen", "before turning lower to finish". */
// "came under selling pressure and closed 5.97% down at HKD 104": the move's figure may stand before the price's words.
const SHARED_HEAD = /^(?:and|but|before|then)\s+(?:(?:[a-z]+|[\d.,]+\s?%|[\d.,]+ per ?cent)\s+){0,5}$/;

/** "The share has gained 53.03% in one year and has risen 10.1% since…": a second verb sharing the first's subject. */
function sharedSubject(s: Sentence, head: string, clauseStart: number): boolean {
  if (clauseStart < 1 || !SHARED_HEAD.test(head)) return false;
  const before = clauseBefore(s.text, clauseStart);
  return subjectIsStock(before, s, clauseStart - before.length);
}

/**
 * "Singapore Airlines finished at the foot of the index, losing 2.4 per cent": a participle opening its clause right
 * after a comma moves the subject of the clause before.
 */
function participleSubject(s: Sentence, head: string, clauseStart: number, at: number): boolean {
  if (clauseStart < 2 || head.trim() !== '' || s.text.charCodeAt(clauseStart - 2) !== 44) return false;
  if (!/^[a-z]+ing\b/.test(s.text.slice(clauseStart, at))) return false;
  const before = clauseBefore(s.text, clauseStart - 2);
  return subjectIsStock(before, s, clauseStart - 2 - before.length);
}

/** A sentence that dates its moves in the past ("came 3 days ago", "the previous big move"). */
const MAY_BE_EARLIER = /ago\b|previous|prior|earlier/;
const EARLIER_MOVE = /(?<!\bthan (?:a|one) (?:day|week|month|year) )\bago\b|\b(?:previous|prior|earlier) (?:big |large |major )?(?:move|rally|drop|session)\b/i;

const OPENING_SPAN = /^(?:Over|In|During|Since|For|Across)\b[^,;\d%]{0,40},\s/;
const DAY_BEFORE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday)['’]s\s+$/;
const CLOSED_RELATIVE = /,\s+(?:which|who|whose)\s[^,;]*,/g;
const PERFECT_MOVE = /\b(?:has|have|had)\s+(?:(?:now|already|also|so far)\s+)?(?:gained|risen|climbed|jumped|surged|soared|rallied|advanced|added|fallen|lost|dropped|declined|slipped|slid|sunk|sank|plunged|tumbled|shed|eased|dipped|retreated)(?:\s+(?:by|about|around|nearly|almost|more than|over|some|roughly|close to|just over|just under|a further|another))*\s*$/;
const TODAY = /\b(?:today|on the day|on (?:Monday|Tuesday|Wednesday|Thursday|Friday)|in (?:early|late|morning|afternoon|midday) (?:trade|trading|deals)|this (?:morning|afternoon)|in the (?:morning|afternoon)|(?:by|at) (?:midday|noon|the open|lunch)|by \d{1,2}[:.]\d\d|intraday|session)\b/i;

function changeHit(s: Sentence, a: Amount, down: boolean, prefix: string): RuleHit | undefined {
  if (MAY_BE_EARLIER.test(s.text) && EARLIER_MOVE.test(s.text.slice(0, a.start))) return undefined;
  // "extending Thursday's 3.9% drop": another day's move.
  if (DAY_BEFORE.test(s.text.slice(Math.max(0, a.start - 14), a.start))) return undefined;
  let nextAmount = s.amounts.find((x) => x.start > a.end && x.type === 'percent');
  // "up almost 7% (6.91%) over the past seven days": the bracketed figure is the exact one, the span follows it.
  const exact = nextAmount && /^\s*\(\s*$/.test(s.text.slice(a.end, nextAmount.start)) && /^\s*\)/.test(s.text.slice(nextAmount.end)) ? nextAmount : undefined;
  if (exact) nextAmount = s.amounts.find((x) => x.start > exact.end && x.type === 'percent');
  const from = exact ? exact.end : a.end;
  const following = s.text.slice(from, Math.min(nextAmount?.start ?? s.text.length, from + 70));
  const cut = following.search(NEXT_CLAUSE);
  const after = cut < 0 ? following : following.slice(0, cut);
  // "rose 5 per cent to a fresh 52-week high of Rs 80.40": the level it reached is no span of the move.
  const level = after.includes(' high') || after.includes(' low') ? after.replace(REACHED_LEVEL, '') : after;
  // "Infratil, which last week acquired 49 per cent of Vodafone, rose 2.8 per cent": an aside's time is its own.
  let kind = horizonOf(level, prefix.includes(', wh') ? prefix.replace(CLOSED_RELATIVE, ',') : prefix);
  // "Over one year, the large cap stock has gained 69.2%": a span opening the sentence before its clause.
  const opening = kind === 'change_pct_1d' && s.text.charCodeAt(0) !== 45 ? OPENING_SPAN.exec(s.text.slice(0, Math.max(0, a.start - prefix.length))) : null;
  if (opening) kind = horizonOf('', opening[0]);
  if (!kind) return undefined;
  // "Bursa Malaysia has gained more than 10%": a perfect tense with no span and no price it went to sums up some
  // stretch of time the sentence does not give, not the day's move.
  if (kind === 'change_pct_1d' && PERFECT_MOVE.test(prefix) && !/^\s*(?:(?:higher|lower|up|down)\s+)?(?:to|at)\s+\S*\d/.test(after) && !TODAY.test(s.text)) return undefined;
  const figure = exact ?? a;
  const value = figure.signed ? figure.value : down ? -Math.abs(figure.value) : Math.abs(figure.value);
  const h = hit(kind, figure, s.text, { value });
  // A move to the session's record is its extreme: it stands only where the article gives no other move.
  if (level !== after) h.fallback = true;
  return h;
}

/** Where the move a percentage states is written: at an amount it restates ("up 8,650 won, or 6.73 percent"), else at itself. */
function restatedFrom(s: Sentence, a: Amount): number {
  const i = s.amounts.indexOf(a);
  const prev = i > 0 ? s.amounts[i - 1] : undefined;
  if (!prev || prev.type === 'percent' || a.start - prev.end > 8) return a.start;
  return /^\s*,?\s*or\s*$/.test(s.text.slice(prev.end, a.start)) ? prev.start : a.start;
}

const OPENING = /\b(?:opened|opening|opens)\b/i;

/** Whether the words before a figure hold a possessive, which a move named by its noun needs. */
function mayOwnMove(text: string, at: number): boolean {
  const from = Math.max(0, at - 80);
  // Searched backwards from the figure, without cutting the words out.
  return text.lastIndexOf('ts ', at - 3) >= from || text.lastIndexOf('heir ', at - 5) >= from || text.lastIndexOf("'s ", at - 3) >= from || text.lastIndexOf('’s ', at - 3) >= from;
}

/** "Their gain so far this year comes to almost 19 percent". Read on lower-cased text. */
const OWN_MOVE_IS = new RegExp(String.raw`\b(?:their|its|the (?:stock|shares)['’]s?|[a-z0-9.&-]+['’]s)\s+(?:(?:year-to-date|ytd|one-year|12-month|1-year)\s+)?(?:(gain|rise|increase|advance|rally|return|performance)|(loss|decline|drop|fall|slide))\b[^.;%\d]{0,40}\b(?:comes? to|came to|amounts? to|amounted to|stands? at|stood at|is|was|of|at)${FILLER}\s*$`);

/** "over the past twelve months the advance comes to 18.6%": the move's noun and a verb of totalling. Lower-cased text. */
/** "Net sales climbed 2.4%; at constant exchange rates, the increase came to 9.1%": a result's change, not the share's. */
const RESULTS_WORDS = /\b(?:sales|revenues?|turnover|profit|earnings|income|EBITDA|EBIT|orders|exchange rates)\b/i;
const THE_MOVE_COMES_TO = /\bthe\s+(?:(gain|rise|increase|advance|rally)|(loss|decline|drop|fall|slide))\s+(?:comes? to|came to|amounts? to|amounted to)\s*$/;

/** "A 2.3% rise in Reliance Industries to 2,948.40 rupees": a move noun whose "in" names the company itself. */
function moveInCompany(s: Sentence, end: number, tail: string): RegExpExecArray | null {
  const m = MOVE_IN.exec(tail);
  return m && s.companySpans.some((span) => span.start === end + m[0].length) ? m : null;
}

const MOVE_IN = new RegExp(String.raw`^\s*(?:(${NOUN_UP}|advance)|(${NOUN_DOWN}))\s+in\s+(?:shares\s+of\s+)?`);

/** "finished the last trading session 14% higher": the verb a move's "higher" or "lower" follows. */
const WORD_VERB = /\b(?:(?:closed|ended|finished|settled|closing|ending|finishing|settling|close|end|finish|settle)(?: (?:the|[A-Z][a-z]+day['’]s) (?:[a-z]+ ){0,2}(?:session|day|week))?|traded|trading|opened|is|was|are|were|stand|stands|stood|edged|inched|crept|ticked|moved)(?:\s+(?:still|now|currently|already|about|almost|nearly|roughly|some|around|only|last|today|yesterday))*\s*$/i;
/** "the stock's 31.9% gain over the past four weeks": a move named by its noun after the figure. */
const OWNED_MOVE = new RegExp(String.raw`^\s*(?:(${NOUN_UP}|advance)|(${NOUN_DOWN}))\b(?!\s+(?:in|of|for)\b)`);
/** "Lam Research shows a 24.9% gain", "Perrigo is showing a gain of 0.2%". Read on lower-cased text. */
const SHOWS_MOVE = new RegExp(String.raw`(?:\b(?:shows?|showing|posted|posts|booked|books|recorded|records|logged|logs|has|had|with)|,)\s+(?:an?\s+)?(?:(gain|rise|increase|advance)|(loss|decline|drop|fall))\s+of\s+$`);

/**
 * A figure written right after a company's name with no verb of its own: signed in a list ("Biggest losers: Next
 * Biometrics Group ASA -2.20 pct"), or sharing the verb of the move before it ("Evonik dropped 1.7 percent and
 * Wacker Chemie 1.8 percent").
 */
function listedMove(s: Sentence, a: Amount, previous: RuleHit | undefined, prefix: string): RuleHit | undefined {
  if (s.companySpans.length === 0) return undefined;
  let name: { start: number; end: number } | undefined;
  for (const span of s.companySpans) if (span.end <= a.start) name = span;
  if (!name || !NAME_THEN_FIGURE.test(s.text.slice(name.end, a.start))) return undefined;
  if (a.signed) return changeHit(s, a, false, prefix);
  if (!previous || typeof previous.value !== 'number') return undefined;
  const prev = s.amounts.find((x) => x.start === previous.at);
  // "added 3.26% to R208, Woolworths 2.32% to R55.56": the item before may end on the price it moved to.
  if (!prev || !/^\s*(?:(?:to|at)\s+[^\s,;]+\s*)?(?:,|and|,\s*and|while|whereas)\s*$/.test(s.text.slice(prev.end, name.start))) return undefined;
  return changeHit(s, a, previous.value < 0, prefix);
}

/** The price a listed move went to: "Woolworths 2.32% to R55.56". */
function listedPrice(s: Sentence, move: Amount): RuleHit | undefined {
  const next = s.amounts.find((x) => x.start > move.end);
  if (!next || next.type !== 'money' || next.scaled || next.conversion) return undefined;
  const between = s.text.slice(move.end, next.start);
  // "EMBR3 (+3.78%; R$ 13.99)", "climbed 3.67% (R$ 16.65)": the price written with the move in brackets.
  const bracketed = (/^;\s*$/.test(between) || /^\s*\(\s*$/.test(between)) && s.text.charCodeAt(next.end) === 41;
  return bracketed || /^\s+(?:to|at)\s+$/.test(between) ? hit('price', next, s.text) : undefined;
}

const NAME_THEN_FIGURE = /^\s*(?:\([A-Z0-9.:\s]{1,12}\))?\s*(?:shares\s+|\()?$/;

/** Words naming a list of the day's movers, and the direction they give its bracketed figures. */
export const MOVERS_LIST = /\b(?:(gainers|risers|advancers|winners|top performers)|(losers|laggards|fallers|decliners|worst performers))\b/gi;

/**
 * "The top gainers were Eicher Motors (3.99 per cent), Maruti (3.15%)…", "the laggards were Tata Steel (-1.88%)…":
 * each name's move in brackets, its direction the list's unless signed.
 */
export const extractListedMoves: Rule = (s) => {
  const lists = [...s.text.matchAll(MOVERS_LIST)];
  if (lists.length === 0) return [];
  const hits: RuleHit[] = [];
  for (const a of s.amounts) {
    if (a.type !== 'percent' || s.text.charCodeAt(a.start - 1) !== 40 || s.text.charCodeAt(a.end) !== 41) continue;
    if (!s.companySpans.some((c) => c.end === a.start - 2 && s.text.charCodeAt(c.end) === 32)) continue;
    const list = lists.filter((m) => m.index < a.start).pop();
    if (!list) continue;
    const down = Boolean(list[2]);
    hits.push(hit('change_pct_1d', a, s.text, { value: a.signed ? a.value : down ? -Math.abs(a.value) : Math.abs(a.value) }));
  }
  return hits;
};

/** Percentage moves of the share price, with their horizon. */
export const extractChanges: Rule = (s) => {
  const hits: RuleHit[] = [];
  for (const a of s.amounts) {
    if (a.type !== 'percent') continue;
    // "added 15,000 won, or 2.22 percent": the verb governs the amount that the percentage restates.
    const at = restatedFrom(s, a);
    const prefix = clauseOf(s, at);
    const clauseStart = at - prefix.length;
    const tail = s.text.slice(a.end, a.end + 80);
    const moved = moveVerbBefore(s.text, at, clauseStart);
    const verb = moved ? { index: moved.index - clauseStart } : null;
    const nounBefore = verb ? null : (execTail(NOUN_BEFORE, s, clauseStart, at, 70) ?? (mayOwnMove(s.text, at) ? execTail(OWN_MOVE_IS, s, clauseStart, at, 80) : null) ?? (s.text.includes(' to ', at - 5) && !RESULTS_WORDS.test(s.text.slice(0, at)) ? execTail(THE_MOVE_COMES_TO, s, clauseStart, at, 40) : null));
    const noun = verb || nounBefore ? null : NOUN_AFTER.exec(tail);
    const word = verb || nounBefore || noun ? null : WORD_VERB.test(prefix) ? WORD_AFTER.exec(tail) : null;
    const owned = verb || nounBefore || noun || word ? null : OWNED_MOVE.exec(tail) ?? (/\bof\s*$/.test(prefix) ? execTail(SHOWS_MOVE, s, clauseStart, at, 40) : null);
    const inCompany = verb || nounBefore || noun || word || owned ? null : moveInCompany(s, a.end, tail);
    const m = nounBefore ?? noun ?? word ?? owned ?? inCompany;
    if (!verb && !m) {
      const h = listedMove(s, a, hits.findLast((x) => x.kind.startsWith('change_pct')), prefix);
      if (h) {
        hits.push(h);
        const price = listedPrice(s, a);
        if (price) hits.push(price);
      }
      continue;
    }
    // "rose as much as 6.3%" is the session's extreme, not its move.
    if (/\bas (?:much|high|low) as\s*$/i.test(prefix.slice(-20))) continue;
    const head = verb ? prefix.slice(0, verb.index) : prefix;
    // "Tesla delivered 497,099 vehicles, up 7%": a count between subject and move makes the move the count's.
    if (!nounBefore && countIn(withoutNames(s, head, clauseStart))) continue;
    if (!noun && !nounBefore && !inCompany && !subjectIsStock(head, s, clauseStart) && !sharedSubject(s, head, clauseStart) && !(moved && participleSubject(s, head, clauseStart, at))) continue;
    if (/^\s*(?:of|in)\s+(?:its|the|their)?\s*(?:revenue|sales|volume|stake|shares outstanding|market share)/i.test(tail)) continue;
    const h = changeHit(s, a, moved ? moved.down : Boolean(m?.[2]), spanContext(s, prefix, clauseStart));
    if (!h) continue;
    // "BBDC3 climbed 3.67% (R$ 16.65)": the price the move went to, in brackets after it.
    // "lost 0.38% (3,000 won) from the previous day to 785,000 won": a bracket before the price the move went to
    // holds the change.
    const bracketPrice = (s.text.charCodeAt(a.end + 1) === 40 || s.text.charCodeAt(a.end) === 40) && !/\b(?:to|at)\s+\D{0,4}\d/.test(s.text.slice(a.end, a.end + 60).replace(/^[^)]*\)/, '')) ? listedPrice(s, a) : undefined;
    if (bracketPrice) hits.push(bracketPrice);
    // "The stock opened 3.06% higher": the opening move stands only where the article gives no later one.
    if (word && OPENING.test(prefix.slice(-12))) h.fallback = true;
    hits.push(h);
  }
  return hits;
};

const PRICE_VERB_AT = /\b(?:opened|closed|ended|finished|settled|finishing|ending|settling|to close|to end|to finish|to settle|last traded|(?:ended|closed|finished|was|were|is|are|stood) (?:unchanged|flat|steady)|traded|trading|trades|trade|dealt|changed hands|changing hands|changes hands|change hands|quoted|was|is|were|are|stood|stands|standing|hovered|hovering|hovers|priced|sits|sat|was last|closing|opening|last)\s+(?:(?:the|\w+day['’]s)\s+(?:[a-z]+\s+){0,2}(?:day|session|week|trading day)\s+|(?:on|for)\s+\w+\s+|\w+day\s+|yesterday\s+)?(?:at|around|near|on|of)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?$/;
const PRICE_BEFORE_NOUN = /^ (?:share|stock) price\b(?! target| objective| estimate)/;
const CURRENT_BEFORE = /\b(?:recent|current|latest|closing|last)\s+$/;
/** "Anglo fetched R185,50": a price a verb of selling takes without a preposition. */
const FETCHED = /\b(?:fetch(?:ed|es|ing)|(?:trading|changing hands|changed hands) for)\s+(?:about\s+|around\s+)?$/;
const PRICE_NOUN = /\b(?:share price|stock price|price per share|shares?|stock|trading price|last price|closing price|last trade|last sale|(?:to|at) a (?:share )?price)\s+(?:(?:on|of)\s+\w+\s+)?(?:of|at|is|was|stood at|stands at|is at|closed at|ended at|reached|hit|to|came in at|was reported at|was at|:)\s*(?:about\s+|approximately\s+|around\s+)?$/;
const NOT_PRICE_AFTER = /^\s*(?:level|mark|threshold|zone|area|region|line|resistance|support|barrier|range|handle|per share (?:in cash|offer|deal)|(?:a|an|per) (?:tonne|ton|barrel|ounce|pound|bushel|megawatt|kilogram|kg|troy ounce))\b|^\s*(?:-|–|to)\s*[$€£¥₹]/i;
const NOT_PRICE_CONTEXT = /\b(?:when the (?:session|day|stock|shares|market) (?:ended|closed|finished|stood)|(?:sees|see|values|valued|puts) (?:the (?:shares|stock)|it|fair value) at(?=\s*$)|sold|bought|purchased|acquired|issued|offered|repurchased|placement|insider|stake|ago|back in|at the time(?! of (?:publication|writing|going to press))|in 20\d\d|previously|previous close|prior close|had closed|had settled|had ended|had finished|session before|day before|target|objective|estimate|forecast|offer|acquire|acquisition|buyout|takeover|deal|tender|IPO|strike|bid|buyback|repurchase|dividend|valuation|fair value|high of|low of|resistance|support|as high as|as low as|average|intraday high|intraday low|peak|trough|record|range|since|face value|par value|book value|net asset value|NAV|(?:day|trend) line|52[- ]week|(?:1|one|12|twelve)[- ](?:year|month) (?:high|low))\b/i;

/**
 * Whether a price's clause speaks of something else (a target, an offer, a past close). "Bidcorp (JSE:BID) lost
 * 2.26%": a ticker in brackets is no word of the clause, so a clause that matches only through one is read again
 * without its brackets.
 */
function namesNoPrice(context: string): boolean {
  if (!NOT_PRICE_CONTEXT.test(context)) return false;
  return !(context.includes('(') || context.includes('[')) || NOT_PRICE_CONTEXT.test(context.replace(TICKER_BRACKET, ' '));
}

const MOVED_BY = /^\s*(?:higher|lower|up|down)\b/;
const TICKER_BRACKET = new RegExp(String.raw`[([]${BRACKETED_CODE}[)\]]`, 'g');
const RECORD_PRICE = /\bto (?:a |an )?(?:new |fresh )?(?:record|all-time high|(?:trading|closing) high)(?: high| closing high)?(?: of)?\s+$/i;
const NAMED_PRICE = /\b(?:closing|last|current|latest) (?:share )?price (?:of|was|is|at)\s+$|\blast (?:trade|sale) (?:of|at|was)\s+$|\bclose(?:d)? at (?:the day['’]s|the session['’]s|its|a|the) (?:high|low)(?: of)?\s+$/i;
const PRICE_LEAD = /\b(?:at|around|near|on|of|to|reaching|reach|hitting|is|was|stood|stands|reached|hit|close|end|finish|settle|fetched)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?$|:\s*$/i;

/** The share price: "opened at $181.23", "rose 2% to €148.20", "share price of $155.74". */
export const extractPrices: Rule = (s) => {
  const hits: RuleHit[] = [];
  for (const a of s.amounts) {
    if (a.type !== 'money' || a.scaled || a.conversion) continue;
    // "based on the recent $135.83 share price": the figure written before the noun.
    if (s.text.startsWith(' s', a.end) && PRICE_BEFORE_NOUN.test(s.text.slice(a.end, a.end + 24)) && CURRENT_BEFORE.test(s.text.slice(Math.max(0, a.start - 12), a.start))) {
      hits.push(hit('price', a, s.text));
      continue;
    }
    // Every price phrase ends in one of these words just before the figure; most other figures fail here cheaply.
    const leadIn = s.text.slice(Math.max(0, a.start - 28), a.start);
    if (!PRICE_LEAD.test(leadIn) && !RECORD_PRICE.test(leadIn) && !/\b(?:trading|hands) for\s+$/.test(leadIn)) continue;
    // "The Lamprell share price was 7.87 pence lower at 137.88 pence": a figure the price moved by is no price.
    if (MOVED_BY.test(s.text.slice(a.end, a.end + 12))) continue;
    const prefix = clauseOf(s, a.start, 120);
    if (NOT_PRICE_AFTER.test(s.text.slice(a.end, a.end + 30)) || /\bthe\s*$/i.test(prefix) || /\bfrom\s*$/i.test(prefix)) continue;
    // A price phrase runs up to the figure, so the words before it can rule it out (a target, an average, a
    // 52-week high) before the three phrase patterns are tried: most figures that fail, fail here.
    // A relative clause speaks of the noun before it: "a target on Shell's ADRs, which fell 1.6% to $73.18" of the
    // ADRs, "its 200-day average, which sits at $205.08" of the average.
    let relative = prefix.includes('which ') ? Math.max(prefix.lastIndexOf(', which '), prefix.lastIndexOf('— which '), prefix.lastIndexOf('– which '), prefix.lastIndexOf('(which ')) : -1;
    // Past a closed aside, the sentence's own clause speaks again.
    if (relative >= 0 && /\s[—–]\s|\)/.test(prefix.slice(relative + 2))) relative = -1;
    // "UniCredit, which holds a stake of 29% in Commerzbank, slipped 0.4% to €68.90": an aside closed before the
    // verb is no part of the price's words.
    const closed = relative >= 0 ? prefix.indexOf(', ', relative + 8) : -1;
    const context = closed >= 0 ? `${prefix.slice(0, relative)}${prefix.slice(closed)}`.slice(-90) : relative < 0 ? prefix.slice(Math.max(0, prefix.length - 90)) : `${prefix.slice(Math.max(0, relative - 30), relative)}${prefix.slice(relative)}`;
    // "…a target of Rs 2,264, 22 percent above Wednesday's closing price of Rs 1,855": a price named as such is one.
    const lead = s.text.slice(Math.max(0, a.start - 40), a.start);
    const named = lead.includes('price') || lead.includes('last') || lead.includes('close') ? NAMED_PRICE.exec(lead) : null;

    // "jumped 4.6% to a record 24,950 won", "to a new trading high of R165,60": the price the move reached, which
    // stands only where the article gives no other.
    const record = RECORD_PRICE.test(lead);
    // "Bidcorp (JSE:BID) lost 2.26%": a ticker in brackets is no word of the clause ("bid").
    if (!named && !record && namesNoPrice(context)) continue;
    const clauseStart = a.start - prefix.length;
    const at = execTail(PRICE_VERB_AT, s, clauseStart, a.start, 70) ?? execTail(PRICE_NOUN, s, clauseStart, a.start, 70) ?? execTail(FETCHED, s, clauseStart, a.start, 30);
    // A record's price is reached by the move: the move's "to" stands before "a record".
    const landing = record ? a.start - lead.length + (RECORD_PRICE.exec(lead)?.index ?? lead.length) + 3 : a.start;
    const moved = at ? null : moveToBefore(s.text, landing, Math.max(clauseStart, a.start - 100));
    const move = moved ? { index: moved.index - clauseStart, 0: moved.text } : null;
    const m = at ?? move;
    if (!m) continue;
    const verdict = named ? 'none' : subjectOf(prefix.slice(0, m.index), s, clauseStart);
    if (verdict === 'blocked' || verdict === 'foreign') continue;
    // "as much as" is the session's extreme; a move that reads past a dash reads out of an aside.
    if (move && (/\bas (?:much|high|low) as\b/.test(move[0]) || /\s[—–]\s/.test(move[0]))) continue;
    const head = prefix.slice(0, m.index);
    if (move && !named && !subjectIsStock(prefix.slice(0, m.index + 1), s, clauseStart) && !/^\s*(?:share|stock)/i.test(m[0]) && !sharedSubject(s, head, clauseStart)) continue;
    const h = hit('price', a, s.text);
    h.approximate = isHedged(prefix) || /\b(?:around|near|hovering|hovered)\b/i.test(m[0]);
    // An opening price stands only where the article gives no later one.
    if (OPENING.test(prefix.slice(prefix.lastIndexOf(',') + 1)) || record) h.fallback = true;
    hits.push(h);
    // "Quanta Computer ended unchanged at NT$276.00": no move that day.
    if (at && /\b(?:unchanged|flat)\b/.test(m[0])) hits.push({ ...hit('change_pct_1d', a, s.text, { value: 0 }), currency: null });
  }
  return hits;
};

const VOLUME = /\b(?:trading\s+)?volume\b/gi;
const AVG_VOLUME = /\b(?:average|avg\.?)\s+(?:daily\s+)?(?:trading\s+)?volume\b|\b(?:three|3|ten|10|30)[- ](?:month|day)\s+average\s+(?:daily\s+)?(?:trading\s+)?volume\b|\bvolume\s+average\b|\bvolume\b[^.;%\d]{0,40}?\b(?:averaging|(?:its|an?|the)\s+(?:(?:one|three|\d{1,3})[- ](?:month|day|week)\s+)?average\s+of)(?=\s)/gi;
const HANDS = /^\s*(?:shares?\s+)?(?:of\s+(?:the\s+)?(?:company'?s?\s+)?(?:stock|shares)\s+)?(?:had\s+|have\s+|has\s+)?(?:changed|changing|traded|exchanged)\s+hands\b|^\s*(?:of\s+(?:its|the)\s+)?(?:equity\s+|ordinary\s+)?shares\s+(?:were\s+|had been\s+|have been\s+)?(?:traded|exchanged)\b/i;
/** "Contact Energy traded 1.2 million shares", "Turnover in the stock came to about 982,000 shares": a count of shares. */
const TRADED_COUNT = /\b(?:traded|[Tt]urnover\b[^.;,]{0,30}?\b(?:came to|was|of|swelled to|rose to|reached|totalled|totaled))\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/;

function shareCount(s: Sentence, from: number): Amount | undefined {
  for (const a of s.amounts) {
    if (a.start < from) continue;
    if (a.start - from > 40 || a.type !== 'number') return undefined;
    if (/\b(?:average|avg|compared|usual|typical|normal|than)\b/i.test(s.text.slice(from, a.start))) return undefined;
    // "topped 100,000 lots, or 100 million shares": a count of board lots is restated in shares after it.
    if (LOTS.test(s.text.slice(a.end, a.end + 12))) continue;
    // "6,830 calls and 6,783 puts traded": option contracts, not shares.
    if (a.value >= 1000 && Number.isFinite(a.value) && !OPTION_CONTRACTS.test(s.text.slice(a.end, a.end + 12))) return a;
  }
  return undefined;
}

const LOTS = /^\s*(?:board\s+)?lots\b/;
const OPTION_CONTRACTS = /^\s*(?:calls?|puts?|contracts|options)\b/;

/** Shares traded in the session, and the average it compares with. */
export const extractVolumes: Rule = (s) => {
  const hits: RuleHit[] = [];
  // "Volume on the Tokyo exchange's first section": a whole market's turnover is no company's.
  if (MARKET_VOLUME.test(s.text)) return hits;
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
    if (a.type !== 'number' || a.value < 1000 || hits.some((h) => h.at === a.start)) continue;
    if (HANDS.test(s.text.slice(a.end, a.end + 60)) || (s.text.startsWith(' shares', a.end) && TRADED_COUNT.test(s.text.slice(Math.max(0, a.start - 60), a.start)))) hits.push(hit('volume', a, s.text));
  }
  // "212 million shares changed hands, compared with a three-month average of 178 million": the average the
  // session's volume is set against.
  if (avgSpans.length === 0 && hits.some((h) => h.kind === 'volume')) {
    for (const m of s.text.matchAll(COMPARED_AVERAGE)) {
      const a = shareCount(s, m.index + m[0].length);
      if (a) hits.push(hit('avg_volume', a, s.text));
    }
  }
  return hits;
};

const COMPARED_AVERAGE = /\b(?:compared (?:with|to)|versus|vs\.?|against|above|below|ahead of|over|double|triple|twice|half|times)\s+(?:an?|the|its)\s+(?:(?:three|ten|\d{1,3})[- ](?:month|day|session)\s+)?(?:daily\s+)?average\s+(?:of\s+)?/gi;

/**
 * "Universal Robina Corp. (URC, PhP118.60, 1.37%)": a company's ticker, price and day's move in brackets after its
 * name, as most-active lists write them.
 */
export const extractBracketQuotes: Rule = (s) => {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(TICKER_QUOTE_OPEN)) {
    const open = m.index;
    if (!s.companySpans.some((c) => c.end === open - 1 || c.end === open)) continue;
    const from = open + m[0].length;
    const price = s.amounts.find((a) => a.start === from && a.type === 'money' && !a.scaled);
    if (!price) continue;
    const move = s.amounts.find((a) => a.start > price.end && a.type === 'percent' && /^,\s*$/.test(s.text.slice(price.end, a.start)));
    if (!move || !/^\s*\)/.test(s.text.slice(move.end, move.end + 3))) continue;
    hits.push(hit('price', price, s.text), hit('change_pct_1d', move, s.text));
  }
  return hits;
};

const TICKER_QUOTE_OPEN = new RegExp(String.raw`\(${BRACKETED_CODE},\s*`, 'g');

/** "Cogna Educacao S.A. (COGN3): +9,94%": a list row of a company, its ticker and its signed move, nothing else. */
export const extractTickerRowMove: Rule = (s) => {
  const [a] = s.amounts;
  if (s.amounts.length !== 1 || !a || a.type !== 'percent' || !a.signed || a.end < s.text.replace(/\.$/, '').length) return [];
  if (!TICKER_ROW.test(s.text.slice(0, a.start)) || !s.companySpans.some((c) => c.start <= 2)) return [];
  return [hit('change_pct_1d', a, s.text)];
};

const TICKER_ROW = new RegExp(String.raw`^(?:[-•*▪]\s*)?[A-Z][^:()]{1,80}?\s\(${BRACKETED_CODE}\):\s*$`);
