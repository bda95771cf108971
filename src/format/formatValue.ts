import type { Fact, FactKind } from '../facts/fact.js';

/** How each kind is named to people. */
export const KIND_LABELS: Readonly<Record<FactKind, string>> = {
  price: 'Price', change_pct_1d: 'Day change', change_pct_7d: '7-day change', change_pct_1m: '1-month change',
  change_pct_ytd: 'YTD change', change_pct_12m: '12-month change', high_52w: '52-week high', low_52w: '52-week low',
  rsi_14: 'RSI (14)', sma_50: '50-day average', sma_200: '200-day average', volume: 'Volume',
  avg_volume: 'Average volume', price_target: 'Price target', price_target_avg: 'Average target',
  consensus_rating: 'Consensus', analyst_rating: 'Rating', pe_ratio: 'P/E', market_cap: 'Market cap',
  dividend_yield: 'Dividend yield', revenue: 'Revenue', revenue_growth_pct: 'Revenue growth', eps: 'EPS',
  support_level: 'Support', resistance_level: 'Resistance',
};

const PERCENT_KINDS = new Set<FactKind>(['change_pct_1d', 'change_pct_7d', 'change_pct_1m', 'change_pct_ytd', 'change_pct_12m', 'revenue_growth_pct']);
const moneyFormats = new Map<string, Intl.NumberFormat>();
/**
 * Made once: a NumberFormat costs tens of microseconds to build and holds native memory that the garbage collector
 * must track, which made a command's slowest answers several times its typical ones.
 */
const PENCE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

/** Money in its own currency (`€148.20`, `US$155.74` style per locale); pence stay pence (`450p`). */
export function formatMoney(value: number, currency: string, compact = false): string {
  if (currency === 'GBX') return `${PENCE.format(value)}p`;
  const key = `${currency}|${compact}`;
  let format = moneyFormats.get(key);
  if (!format) {
    try {
      // Compact amounts drop needless zeros ($360B, not $360.00B); exact ones keep the currency's decimals.
      const digits = compact ? { minimumFractionDigits: 0, maximumFractionDigits: 2 } : {};
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: compact ? 'compact' : 'standard', ...digits });
    } catch {
      format = PLAIN;
    }
    moneyFormats.set(key, format);
  }
  const text = format.format(value);
  return /^[\d.,]/.test(text) ? `${text} ${currency}` : text;
}

/** A fact's value as people read it: money with its currency, moves with a sign, counts grouped. */
export function formatFactValue(fact: Pick<Fact, 'kind' | 'value' | 'currency'>): string {
  if (typeof fact.value === 'string') return fact.value;
  if (PERCENT_KINDS.has(fact.kind)) return `${fact.value > 0 ? '+' : ''}${fact.value}%`;
  if (fact.kind === 'dividend_yield') return `${fact.value}%`;
  if (fact.currency) return formatMoney(fact.value, fact.currency, fact.kind === 'market_cap' || fact.kind === 'revenue');
  return (fact.kind === 'volume' || fact.kind === 'avg_volume' ? COMPACT : PLAIN).format(fact.value);
}

/** Whole days from an as-of date to `now`, or null when undated. */
export function ageInDays(asOf: string | null, now: Date): number | null {
  if (!asOf) return null;
  const then = Date.parse(`${asOf}T00:00:00Z`);
  return Number.isNaN(then) ? null : Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}
