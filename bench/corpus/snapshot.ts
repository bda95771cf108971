import { MARKET_INFO, type Market } from './markets.js';
import type { Random } from './random.js';

/** One day's figures for a stock; templates pick which of them an article states. */
export interface Snapshot {
  currency: string;
  bigCurrency: string;
  priceDecimals: number;
  price: number;
  change1d: number;
  change7d: number;
  change1m: number;
  changeYtd: number;
  change12m: number;
  high52: number;
  low52: number;
  rsi: number;
  sma50: number;
  sma200: number;
  volume: number;
  avgVolume: number;
  marketCap: number;
  pe: number;
  dividendYield: number;
  /** Quarterly, in the listing currency (pence for London). */
  eps: number;
  /** Quarterly, in the big currency. */
  revenue: number;
  revenueGrowth: number;
  targetAvg: number;
  support: number;
  resistance: number;
}

export const CONSENSUS = ['Strong Buy', 'Moderate Buy', 'Buy', 'Hold', 'Reduce', 'Moderate Sell'] as const;

const logUniform = (random: Random, low: number, high: number): number =>
  Math.exp(Math.log(low) + random.next() * (Math.log(high) - Math.log(low)));

const nonZero = (value: number): number => (value === 0 ? 0.35 : value);

/** Rounds a per-share amount the way the market quotes it. */
export function tick(value: number, currency: string, decimals: number): number {
  if (currency === 'KRW') return value >= 10_000 ? Math.round(value / 100) * 100 : Math.round(value / 10) * 10;
  return Number(value.toFixed(decimals));
}

/** A round analyst target near `value`: whole units, in fives above 100. */
export function roundTarget(value: number, currency: string): number {
  const step = currency === 'KRW' ? 1000 : currency === 'JPY' ? 50 : value >= 100 ? 5 : 1;
  return Math.max(step, Math.round(value / step) * step);
}

export function makeSnapshot(market: Market, random: Random): Snapshot {
  const info = MARKET_INFO[market];
  const { currency, priceDecimals } = info;
  const q = (v: number): number => tick(v, currency, priceDecimals);
  const price = q(logUniform(random, ...info.priceRange));
  const avgVolume = Math.round(logUniform(random, 60_000, 60_000_000));
  const sharesOut = logUniform(random, 2e7, 1.2e10);
  const unitPrice = currency === 'GBX' ? price / 100 : price;
  const marketCap = unitPrice * sharesOut;
  const pe = random.float(6, 80, 2);
  return {
    currency, bigCurrency: info.bigCurrency, priceDecimals,
    price,
    change1d: nonZero(random.float(-6, 6, 2)),
    change7d: nonZero(random.float(-15, 18, 2)),
    change1m: nonZero(random.float(-20, 25, 2)),
    changeYtd: nonZero(random.float(-35, 60, 2)),
    change12m: nonZero(random.float(-50, 120, 2)),
    high52: q(price * (1 + random.float(0.02, 0.45, 3))),
    low52: q(price * (1 - random.float(0.05, 0.5, 3))),
    rsi: random.float(18, 82, 1),
    sma50: q(price * (1 + random.float(-0.08, 0.08, 3))),
    sma200: q(price * (1 + random.float(-0.2, 0.2, 3))),
    volume: Math.round(avgVolume * random.float(0.4, 2.5, 3)),
    avgVolume,
    marketCap,
    pe,
    dividendYield: random.float(0.3, 6.5, 2),
    eps: Number((price / pe / 4).toFixed(currency === 'KRW' ? 0 : currency === 'GBX' ? 1 : 2)) || 0.01,
    revenue: marketCap / random.float(1.5, 12, 2) / 4,
    revenueGrowth: nonZero(random.float(-12, 45, 1)),
    targetAvg: roundTarget(price * (1 + random.float(-0.1, 0.4, 3)), currency),
    support: q(price * (1 - random.float(0.03, 0.12, 3))),
    resistance: q(price * (1 + random.float(0.03, 0.12, 3))),
  };
}
