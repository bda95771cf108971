import type { Random } from './random.js';

/** A figure as written into an article, with the value and currency the gold file records for it. */
export interface Amount {
  text: string;
  value: number;
  currency: string | null;
}

/** `1234567.5, 2` → `1,234,567.50`. */
export function formatNumber(value: number, decimals: number): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));

type Weighted = ReadonlyArray<readonly [number, (n: string) => string]>;

function choose(random: Random, forms: Weighted): (n: string) => string {
  let u = random.next();
  for (const [weight, form] of forms) {
    if (u < weight) return form;
    u -= weight;
  }
  return (forms[0] as Weighted[number])[1];
}

const PRICE_FORMS: Record<string, Weighted> = {
  USD: [[0.95, (n) => `$${n}`], [0.05, (n) => `US$${n}`]],
  EUR: [[0.8, (n) => `€${n}`], [0.1, (n) => `${n} euros`], [0.1, (n) => `EUR ${n}`]],
  GBX: [[0.8, (n) => `${n}p`], [0.1, (n) => `${n} pence`], [0.1, (n) => `GBX ${n}`]],
  GBP: [[1, (n) => `£${n}`]],
  INR: [[0.4, (n) => `Rs ${n}`], [0.35, (n) => `₹${n}`], [0.15, (n) => `Rs. ${n}`], [0.1, (n) => `INR ${n}`]],
  JPY: [[0.6, (n) => `¥${n}`], [0.4, (n) => `${n} yen`]],
  KRW: [[0.7, (n) => `${n} won`], [0.3, (n) => `₩${n}`]],
  CHF: [[0.75, (n) => `CHF ${n}`], [0.15, (n) => `${n} francs`], [0.1, (n) => `CHF${n}`]],
  HKD: [[0.8, (n) => `HK$${n}`], [0.2, (n) => `HKD ${n}`]],
};

/** A per-share amount in the currency's usual notation (`€148.20`, `450p`, `Rs 1,450.50`, `72,300 won`). */
export function money(value: number, currency: string, decimals: number, random: Random): Amount {
  const rounded = round(value, decimals);
  const form = choose(random, PRICE_FORMS[currency] ?? [[1, (n) => `${currency} ${n}`]]);
  return { text: form(formatNumber(rounded, decimals)), value: rounded, currency };
}

const SCALES = [[1e12, 'trillion', 'tn'], [1e9, 'billion', 'bn'], [1e6, 'million', 'm']] as const;

const BIG_FORMS: Record<string, (n: string, word: string, abbr: string, random: Random) => string> = {
  USD: (n, w, a, r) => (r.chance(0.75) ? `$${n} ${w}` : `$${n}${a}`),
  GBP: (n, w, a, r) => (r.chance(0.6) ? `£${n}${a}` : `£${n} ${w}`),
  EUR: (n, w, a, r) => r.pick([`€${n} ${w}`, `${n} ${w} euros`, `€${n}${a}`, `EUR ${n} ${w}`]),
  JPY: (n, w, _a, r) => (r.chance(0.5) ? `¥${n} ${w}` : `${n} ${w} yen`),
  KRW: (n, w, _a, r) => (r.chance(0.7) ? `${n} ${w} won` : `₩${n} ${w}`),
  CHF: (n, w, a, r) => r.pick([`CHF ${n} ${w}`, `${n} ${w} francs`, `CHF ${n}${a}`]),
  HKD: (n, w, a, r) => r.pick([`HK$${n} ${w}`, `HK$${n}${a}`, `HKD ${n} ${w}`]),
};

/** Indian totals in crore (10^7) or lakh crore (10^12): `₹8,456 crore`, `Rs 1.2 lakh crore`. */
function indianBig(value: number, random: Random): Amount {
  const symbol = random.pick(['₹', 'Rs ', '₹', 'Rs ']);
  if (value >= 1e12 && random.chance(0.5)) {
    const m = round(value / 1e12, 2);
    return { text: `${symbol}${formatNumber(m, 2).replace(/\.?0+$/, '')} lakh crore`, value: Math.round(m * 1e12), currency: 'INR' };
  }
  const decimals = value / 1e7 >= 1000 ? 0 : 1;
  const m = round(value / 1e7, decimals);
  return { text: `${symbol}${formatNumber(m, decimals)} crore`, value: Math.round(m * 1e7), currency: 'INR' };
}

/** A total such as market cap or revenue (`$4.41 trillion`, `£30.1bn`, `5.2 trillion yen`). */
export function bigMoney(value: number, currency: string, random: Random): Amount {
  if (currency === 'INR') return indianBig(value, random);
  const [scale, word, abbr] = SCALES.find(([s]) => value >= s) ?? SCALES[2];
  const decimals = random.chance(0.7) ? 2 : 1;
  const m = round(value / scale, decimals);
  const n = formatNumber(m, decimals);
  const form = BIG_FORMS[currency] ?? ((x: string, w: string) => `${currency} ${x} ${w}`);
  return { text: form(n, word, abbr, random), value: Math.round(m * scale), currency };
}

/** `1.65%`, `1.65 per cent` or `1.65 percent` of the magnitude; the caller writes rose/fell. */
export function percent(value: number, decimals: number, form: '%' | ' per cent' | ' percent' = '%'): Amount {
  const rounded = round(value, decimals);
  return { text: `${formatNumber(Math.abs(rounded), decimals)}${form}`, value: rounded, currency: null };
}

/** `+1.65%` / `-2.31%` as in bullet blocks; `minus` lets a template use the typographic sign. */
export function signedPercent(value: number, decimals: number, minus = '-'): Amount {
  const rounded = round(value, decimals);
  const sign = rounded < 0 ? minus : '+';
  return { text: `${sign}${formatNumber(Math.abs(rounded), decimals)}%`, value: rounded, currency: null };
}

/** A share count without the word shares: `12,345,678`, `15.7 million` or `15.7m`. */
export function shareCount(value: number, random: Random, abbreviate = false): Amount {
  if (value >= 1e6 && (abbreviate || random.chance(0.35))) {
    const m = round(value / 1e6, 1);
    const unit = abbreviate && random.chance(0.5) ? 'm' : ' million';
    return { text: `${formatNumber(m, 1)}${unit}`, value: Math.round(m * 1e6), currency: null };
  }
  const whole = Math.round(value);
  return { text: formatNumber(whole, 0), value: whole, currency: null };
}

/** A bare ratio or index level: `51.35`, `24,310.55`. */
export function plain(value: number, decimals: number): Amount {
  const rounded = round(value, decimals);
  return { text: formatNumber(rounded, decimals), value: rounded, currency: null };
}
