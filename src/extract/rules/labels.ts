import type { FactKind } from '../../facts/fact.js';
import { findRating } from './ratings.js';
import { type Rule, type RuleHit, type Sentence, amountAfter, hit } from './types.js';

/** Data-box lines (`- Current Share Price: €148.20`): the label says the kind, the value follows the colon. */
const LABELS: ReadonlyArray<readonly [RegExp, FactKind]> = [
  [/^(?:current |last |latest |closing )?(?:share |stock )?price(?: \(close\))?$|^(?:last|close|closing price|last close|last price)$|^(?:quote|price|last|share price) (?:at|on) (?:publication|writing|press time|the time of writing)$/, 'price'],
  [/^(?:daily|day|1-day|one-day|today'?s|intraday|day's)(?: change| move| performance| gain| loss)?$|^change(?: today)?$|^% change$/, 'change_pct_1d'],
  [/^(?:7|seven|5|five)-day (?:change|performance|return)$|^(?:1-week|one-week|weekly|week|week's) (?:change|performance|return)$|^(?:1w|1 week|past week)$/, 'change_pct_7d'],
  [/^(?:1|one|30)-(?:month|day) (?:change|performance|return)$|^(?:monthly|month) (?:change|performance)$|^(?:1m|1 month|past month)$/, 'change_pct_1m'],
  [/^(?:ytd|year-to-date|year to date)(?: change| performance| return| gain)?$|^since the (?:turn|start|beginning) of the year$/, 'change_pct_ytd'],
  [/^(?:12|twelve)-month (?:change|performance|return|trend)$|^(?:1-year|one-year|52-week|annual) (?:change|performance|return)$|^(?:1y|1 year|past year)$/, 'change_pct_12m'],
  [/^(?:52|fifty-two)-week (?:intraday |closing )?(?:high|peak)$|^(?:1|one|12)-(?:year|month) high$|^52w high$|^52-wk high$|^(?:year|annual|yearly) high$|^(?:peak|high|top) of the (?:past|last) (?:year|12 months|52 weeks)$/, 'high_52w'],
  [/^(?:52|fifty-two)-week (?:intraday |closing )?(?:low|trough)$|^(?:1|one|12)-(?:year|month) low$|^52w low$|^52-wk low$|^(?:year|annual|yearly) low$|^(?:trough|low|bottom) of the (?:past|last) (?:year|12 months|52 weeks)$/, 'low_52w'],
  [/^(?:(?:14|fourteen)[- ]day )?(?:rsi|relative strength(?: index)?)(?:,? ?[-(]?(?:14|fourteen)(?:[- ](?:day|days|sessions|periods))?\)?)?$/, 'rsi_14'],
  [/^(?:50-day|50 day|fifty-day) (?:simple )?(?:moving average|sma|ma)$|^sma ?\(?50\)?$|^50-dma$/, 'sma_50'],
  [/^(?:200-day|200 day) (?:simple )?(?:moving average|sma|ma)$|^sma ?\(?200\)?$|^200-dma$/, 'sma_200'],
  [/^(?:trading |daily |session )?volume$/, 'volume'],
  [/^(?:average|avg\.?|3-month average|average daily) (?:trading )?volume$/, 'avg_volume'],
  [/^market cap(?:itali[sz]ation)?$|^mkt\.? cap$/, 'market_cap'],
  [/^(?:p\/e|pe|price-to-earnings|price\/earnings|trailing p\/e)(?: ratio)?(?: \(ttm\))?$/, 'pe_ratio'],
  [/^dividend yield$|^yield$/, 'dividend_yield'],
  [/^(?:average|consensus|mean|avg\.?) (?:price target|target price|target)$/, 'price_target_avg'],
  [/^(?:analyst )?(?:consensus|consensus rating|average rating|analyst rating)$/, 'consensus_rating'],
  [/^(?:eps|earnings per share|diluted eps)(?: \(ttm\))?$/, 'eps'],
  [/^support(?: level)?$/, 'support_level'],
  [/^resistance(?: level)?$/, 'resistance_level'],
];

const CHANGE_WORDS = /\b(?:change|chg|performance|perf|return|move|drift|trend|swing)\b|%/;
const NOT_CHANGE = /\b(?:high|low|range|volume|average|avg|target|price|yield|cap|ratio|rsi|eps|revenue|sales|open|close)\b/;
/** A bare span as a label: "Today", "Past 12 Months", "7 Days". */
const SPAN_ONLY = /^(?:(?:past|last|over the past|over the last|over) )?(?:today|the day|(?:\d+|one|five|seven|twelve|thirty)[- ](?:days?|sessions?|weeks?|months?|years?)|week|month|year|year to date|ytd)$/;
const SPAN_NUMBER = /\b(\d+|one|five|seven|twelve|thirty|fifty-two)[- ]?(days?|d|sessions?|weeks?|wk|w|months?|mo|m|years?|yr|y)\b/;
const UNITS: Readonly<Record<string, string>> = { d: 'day', session: 'day', sessions: 'day', wk: 'week', w: 'week', mo: 'month', m: 'month', yr: 'year', y: 'year' };
const WORD_NUMBERS: Readonly<Record<string, number>> = { one: 1, five: 5, seven: 7, twelve: 12, thirty: 30, 'fifty-two': 52 };

/**
 * A change label written in words the table above does not list ("Change on the Day", "Change over 7 Days",
 * "Past 12 Months", "Today"): its span read from the number and unit, and only the spans a fact kind has.
 */
const ON_KINDS: Readonly<Record<string, FactKind>> = { day: 'change_pct_1d', week: 'change_pct_7d', month: 'change_pct_1m', year: 'change_pct_12m' };

function changeKind(label: string): FactKind | undefined {
  // "Since January 1", "Since the start of the year": the year to date.
  if (/^since (?:jan(?:uary)?\.? 1(?:st)?|1(?:st)? jan(?:uary)?|the (?:start|beginning|turn) of the year)$/.test(label)) return 'change_pct_ytd';
  if (NOT_CHANGE.test(label) || (!CHANGE_WORDS.test(label) && !SPAN_ONLY.test(label) && !/^(day|week|month|year)[- ](?:on|over)[- ]\1$/.test(label))) return undefined;
  if (/\b(?:ytd|year[- ]to[- ]date)\b/.test(label)) return 'change_pct_ytd';
  const on = /^(day|week|month|year)[- ](?:on|over)[- ]\1$/.exec(label)?.[1];
  if (on) return ON_KINDS[on];
  const span = SPAN_NUMBER.exec(label);
  if (span?.[1] && span[2]) {
    const n = WORD_NUMBERS[span[1]] ?? Number(span[1]);
    const unit = UNITS[span[2]] ?? span[2].replace(/s$/, '');
    if (unit === 'day' && n === 1) return 'change_pct_1d';
    if ((unit === 'day' && (n === 5 || n === 7)) || (unit === 'week' && n === 1)) return 'change_pct_7d';
    if ((unit === 'day' && n === 30) || (unit === 'month' && n === 1)) return 'change_pct_1m';
    if ((unit === 'month' && n === 12) || (unit === 'year' && n === 1) || (unit === 'week' && n === 52)) return 'change_pct_12m';
    return undefined;
  }
  if (/\b(?:today|daily|day|session)\b|^(?:change|chg|% change|% chg|change %|chg %|change \(%\))$/.test(label)) return 'change_pct_1d';
  if (/\bweek(?:ly)?\b/.test(label)) return 'change_pct_7d';
  if (/\bmonth(?:ly)?\b/.test(label)) return 'change_pct_1m';
  if (/\b(?:year|annual)\b/.test(label)) return 'change_pct_12m';
  return undefined;
}

const LINE = /^\s*(?:[-•*▪►]\s*)?([A-Za-z0-9][A-Za-z0-9 ()'’%/.\-]{1,40}?)\s*:\s*(.+)$/;
const PERCENT_KINDS = new Set<FactKind>(['change_pct_1d', 'change_pct_7d', 'change_pct_1m', 'change_pct_ytd', 'change_pct_12m', 'dividend_yield']);
const NUMBER_KINDS = new Set<FactKind>(['rsi_14', 'pe_ratio', 'volume', 'avg_volume']);

const RANGE_LABEL = /^(?:52|fifty-two)[- ]week (?:trading |price )?range$/;

/** "52-Week Range: SAR 23.14 – 28.20": the low, then the high, in the currency written once. */
function rangeLine(s: Sentence, from: number): RuleHit[] {
  const [low, high] = s.amounts.filter((a) => a.start >= from && !a.scaled);
  if (!low || !high || low.type !== 'money' || (high.type !== 'money' && high.type !== 'number') || !/^\s*(?:[-–—]|to)\s*$/.test(s.text.slice(low.end, high.start))) return [];
  if (high.value <= low.value) return [];
  return [hit('low_52w', low, s.text), { ...hit('high_52w', high, s.text), currency: high.currency ?? low.currency }];
}

/** The fact kind a data label names ("Current Share Price", "Change on the Day", a table's "1mo %"), if any. */
export function labelKind(written: string): FactKind | undefined {
  // Data boxes repeat their labels article after article: each is read once.
  if (LABEL_KINDS.has(written)) return LABEL_KINDS.get(written) ?? undefined;
  // "Share Price (Xetra)", "P/E (TTM)": a bracketed word names the listing or the basis, not the kind.
  const label = written.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\s*\((?:[a-z .&-]+|[a-z0-9.:]*[a-z][a-z0-9.:]*|%|in %)\)$/, '');
  // "Momentum (RSI 14)": a bracket that holds a known label names the kind when the words before it do not.
  const inner = /\(([^()]+)\)$/.exec(label)?.[1];
  const kind = kindOf(label) ?? (inner ? kindOf(inner) : undefined);
  // Bounded, so that a stream of odd labels cannot grow it without end.
  if (LABEL_KINDS.size >= MAX_LABELS) LABEL_KINDS.clear();
  LABEL_KINDS.set(written, kind ?? null);
  return kind;
}

function kindOf(label: string): FactKind | undefined {
  return LABELS.find(([re]) => re.test(label))?.[1] ?? changeKind(label);
}

const LABEL_KINDS = new Map<string, FactKind | null>();
const MAX_LABELS = 2000;

/** The type of figure a kind's value is written as. */
export function figureType(kind: FactKind): 'percent' | 'number' | 'money' {
  return PERCENT_KINDS.has(kind) ? 'percent' : NUMBER_KINDS.has(kind) ? 'number' : 'money';
}

/** Reads a `Label: value` line. */
export const extractLabelled: Rule = (s: Sentence): RuleHit[] => {
  const m = LINE.exec(s.text);
  if (!m?.[1] || !m[2]) return [];
  if (RANGE_LABEL.test(m[1].toLowerCase().trim())) return rangeLine(s, s.text.length - m[2].length);
  const kind = labelKind(m[1]);
  if (!kind) return [];
  const from = s.text.length - m[2].length;
  if (kind === 'consensus_rating') {
    const rating = findRating(m[2]);
    return rating && rating.start < 3 ? [{ kind, value: rating.text, currency: null, firm: null, period: null, at: from, approximate: false }] : [];
  }
  const type = figureType(kind);
  const amount = amountAfter(s, from, type, 4);
  if (!amount || (type === 'money' && amount.scaled && kind !== 'market_cap')) return [];
  if (kind === 'rsi_14' && (amount.value <= 0 || amount.value > 100)) return [];
  return [hit(kind, amount, s.text)];
};

/**
 * A row of a movers table: a company, its price and its day's change, and nothing else on the line
 * ("Melrose Industries (MRO) 641.60p 2.52%", "Ocado Group (OCDO) 442.40p -7.06%").
 */
export const extractTableRow: Rule = (s: Sentence): RuleHit[] => {
  const [price, change] = s.amounts;
  if (s.amounts.length !== 2 || !price || !change || price.type !== 'money' || change.type !== 'percent' || price.scaled) return [];
  const name = s.companySpans[0];
  // The name, and perhaps its ticker in brackets read as a second mention of it.
  if (!name || name.start > 3 || s.companySpans.some((c) => c.start > price.start)) return [];
  if (!TABLE_GAP.test(s.text.slice(name.end, price.start)) || !/^\s+$/.test(s.text.slice(price.end, change.start))) return [];
  if (!/^\s*$/.test(s.text.slice(change.end))) return [];
  return [hit('price', price, s.text), hit('change_pct_1d', change, s.text)];
};

/** Between a table row's name and its price: at most the ticker in brackets. */
const TABLE_GAP = /^\s*(?:\([A-Z0-9.:]{1,10}\)\s*)?$/;

/**
 * Movers tables a page ran together into one paragraph ("FTSE 100 - RisersShire Plc (SHP) 1,793.00p +2.87%British Sky
 * Broadcasting Group (BSY) 673.50p +2.67%…"): each row is a name, its ticker in brackets, a price and a signed move.
 */
export const GLUED_ROW = /([A-Z][A-Za-z&'’.]*(?: (?:&|of|and|de|[A-Z][A-Za-z&'’.]*)){0,6}) \([A-Z0-9.]{1,6}\) ((?:US\$|HK\$|A\$|[$€£])?\d[\d,]*(?:\.\d+)?p?) ([+\-−]\d[\d.]*%)/g;
/** A heading run into the first row's name ("RisersShire Plc"). */
export const GLUED_HEADING = /^(?:Risers|Fallers|Gainers|Losers|Decliners|Advancers|Movers|Laggards|Leaders)(?=[A-Z])/;

/** Every row of a run-together movers table: its price and its day's move. */
export const extractGluedRows: Rule = (s: Sentence): RuleHit[] => {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(GLUED_ROW)) {
    const rowEnd = m.index + m[0].length;
    // The row's own name must be read as a company where it stands: a name run into a heading is not, and its
    // figures would fall to the row before.
    const nameEnd = m.index + (m[1] ?? '').length;
    const nameStart = nameEnd - (m[1] ?? '').replace(GLUED_HEADING, '').length;
    if (!s.companySpans.some((c) => c.start === nameStart)) continue;
    const price = s.amounts.find((a) => a.type === 'money' && a.start >= m.index && a.end <= rowEnd && !a.scaled);
    const change = s.amounts.find((a) => a.type === 'percent' && a.start >= (price?.end ?? rowEnd) && a.end <= rowEnd);
    if (!price || !change) continue;
    hits.push(hit('price', price, s.text), hit('change_pct_1d', change, s.text));
  }
  return hits;
};
