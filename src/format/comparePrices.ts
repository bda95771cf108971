import type { Fact } from '../facts/fact.js';
import { compareAsOf } from '../facts/selectLatest.js';
import { currencyFamily } from './listings.js';

/** An amount in its currency family's main unit: pence become pounds, so 450p and £5 compare. */
function inMainUnit(value: number, currency: string): number {
  return currency === 'GBX' ? value / 100 : value;
}

/** The price a target or average is compared with, or why there is none to compare with. */
export type ComparablePrice = { price: Fact } | { missing: 'none' } | { missing: 'conflict'; prices: Fact[] };

/**
 * The newest price in the same currency as `currency` (pence and pounds count as one). Prices of that newest date
 * that disagree give a conflict: no comparison is better than one against a figure we cannot vouch for.
 */
export function comparablePrice(prices: readonly Fact[], currency: string): ComparablePrice {
  const family = currencyFamily(currency);
  const same = prices
    .filter((p) => typeof p.value === 'number' && p.currency !== null && currencyFamily(p.currency) === family)
    .sort((a, b) => compareAsOf(a.asOf, b.asOf));
  const first = same[0];
  if (!first) return { missing: 'none' };
  const newest = same.filter((p) => p.asOf === first.asOf);
  const values = new Set(newest.map((p) => inMainUnit(p.value as number, p.currency as string)));
  return values.size === 1 ? { price: first } : { missing: 'conflict', prices: newest };
}

/**
 * How far `to` lies from `from`, in percent, when both are money of one currency family; null otherwise (never
 * across currencies: there is no exchange rate in an article we could vouch for).
 */
export function percentFrom(from: Pick<Fact, 'value' | 'currency'>, to: Pick<Fact, 'value' | 'currency'>): number | null {
  if (typeof from.value !== 'number' || typeof to.value !== 'number' || !from.currency || !to.currency) return null;
  if (currencyFamily(from.currency) !== currencyFamily(to.currency)) return null;
  const base = inMainUnit(from.value, from.currency);
  if (base <= 0) return null;
  return ((inMainUnit(to.value, to.currency) - base) / base) * 100;
}

/** A percentage with a sign and one decimal: `+24.6%`, `-3.1%`, `0.0%`. */
export function formatPercent(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${(Object.is(rounded, -0) ? 0 : rounded).toFixed(1)}%`;
}
