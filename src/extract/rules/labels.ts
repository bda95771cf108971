import type { FactKind } from '../../facts/fact.js';
import { findRating } from './ratings.js';
import { type Rule, type RuleHit, type Sentence, amountAfter, hit } from './types.js';

/** Data-box lines (`- Current Share Price: €148.20`): the label says the kind, the value follows the colon. */
const LABELS: ReadonlyArray<readonly [RegExp, FactKind]> = [
  [/^(?:current |last |latest |closing )?(?:share |stock )?price(?: \(close\))?$|^(?:last|close|closing price|last close|last price)$/, 'price'],
  [/^(?:daily|day|1-day|one-day|today'?s|intraday|day's)(?: change| move| performance| gain| loss)?$|^change(?: today)?$|^% change$/, 'change_pct_1d'],
  [/^(?:7|seven|5|five)-day (?:change|performance|return)$|^(?:1-week|one-week|weekly|week|week's) (?:change|performance|return)$|^(?:1w|1 week|past week)$/, 'change_pct_7d'],
  [/^(?:1|one|30)-(?:month|day) (?:change|performance|return)$|^(?:monthly|month) (?:change|performance)$|^(?:1m|1 month|past month)$/, 'change_pct_1m'],
  [/^(?:ytd|year-to-date|year to date)(?: change| performance| return| gain)?$/, 'change_pct_ytd'],
  [/^(?:12|twelve)-month (?:change|performance|return)$|^(?:1-year|one-year|52-week|annual) (?:change|performance|return)$|^(?:1y|1 year|past year)$/, 'change_pct_12m'],
  [/^(?:52|fifty-two)-week high$|^(?:1|one|12)-(?:year|month) high$|^52w high$|^52-wk high$/, 'high_52w'],
  [/^(?:52|fifty-two)-week low$|^(?:1|one|12)-(?:year|month) low$|^52w low$|^52-wk low$/, 'low_52w'],
  [/^rsi(?: ?\((?:14|14-day|14 days)\))?$|^(?:14-day )?rsi$|^relative strength index(?: \(14\)| \(14-day\))?$/, 'rsi_14'],
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

const LINE = /^\s*(?:[-•*▪►]\s*)?([A-Za-z0-9][A-Za-z0-9 ()'’%/.\-]{1,40}?)\s*:\s*(.+)$/;
const PERCENT_KINDS = new Set<FactKind>(['change_pct_1d', 'change_pct_7d', 'change_pct_1m', 'change_pct_ytd', 'change_pct_12m', 'dividend_yield']);
const NUMBER_KINDS = new Set<FactKind>(['rsi_14', 'pe_ratio', 'volume', 'avg_volume']);

/** Reads a `Label: value` line. */
export const extractLabelled: Rule = (s: Sentence): RuleHit[] => {
  const m = LINE.exec(s.text);
  if (!m?.[1] || !m[2]) return [];
  const label = m[1].toLowerCase().replace(/\s+/g, ' ');
  const kind = LABELS.find(([re]) => re.test(label))?.[1];
  if (!kind) return [];
  const from = s.text.length - m[2].length;
  if (kind === 'consensus_rating') {
    const rating = findRating(m[2]);
    return rating && rating.start < 3 ? [{ kind, value: rating.text, currency: null, firm: null, period: null, at: from, approximate: false }] : [];
  }
  const type = PERCENT_KINDS.has(kind) ? 'percent' : NUMBER_KINDS.has(kind) ? 'number' : 'money';
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
