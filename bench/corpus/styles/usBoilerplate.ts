import { formatNumber, money, percent } from '../amounts.js';
import { personName, ROLES } from '../people.js';
import type { Random } from '../random.js';
import { onDay, wireName } from './usLead.js';
import type { StyleContext } from './style.js';

const FUND_WORDS = ['Harbor', 'Lantern', 'Pinecrest', 'Bluewater', 'Summit', 'Granite', 'Meridian', 'Oakline',
  'Cedar', 'Northgate', 'Silverleaf', 'Ironbridge', 'Westbrook', 'Keystone', 'Redwood', 'Beacon'];
const FUND_TYPES = ['Wealth Management LLC', 'Advisors Inc.', 'Capital Partners LP', 'Asset Management Co.',
  'Financial Group', 'Investment Counsel LLC', 'Private Wealth LLC'];
const QUARTERS = ['first', 'second', 'third', 'fourth'];

const fundName = (r: Random): string => `${r.pick(FUND_WORDS)} ${r.pick(FUND_WORDS)} ${r.pick(FUND_TYPES)}`;

/** Position changes of funds: percentages and dollar values that are not stock facts. */
export function institutionalPara(ctx: StyleContext): string[] {
  const { random: r, snap: s } = ctx;
  const ticker = ctx.subject.company.listings[0]?.ticker ?? '';
  const out = [`A number of institutional investors have recently ${r.pick(['bought and sold', 'modified their holdings of', 'added to or reduced their stakes in'])} ${ticker} shares.`];
  const funds = r.int(2, 4);
  for (let i = 0; i < funds; i++) {
    const held = r.int(300, 90_000);
    const value = money(held * s.price, s.currency, 0, r);
    out.push(`${fundName(r)} ${r.pick(['raised', 'lifted', 'boosted', 'trimmed'])} its position in shares of ${ctx.subject.company.name} by ${percent(r.float(0.5, 140, 1), 1).text} during the ${r.pick(QUARTERS)} quarter, and now holds ${formatNumber(held, 0)} shares worth ${value.text}.`);
  }
  out.push(`${percent(r.float(20, 92, 2), 2).text} of the stock is owned by institutional investors and hedge funds.`);
  return out;
}

/** An insider sale: a per-share price that is not today's price. */
export function insiderPara(ctx: StyleContext): string[] {
  const { random: r, snap: s } = ctx;
  const role = r.pick(ROLES);
  const sold = r.int(1_000, 80_000);
  const at = money(s.price * r.float(0.85, 1.1, 3), s.currency, 2, r);
  const owned = r.int(5_000, 400_000);
  return [
    `In other news, ${role} ${personName(r.pick)} sold ${formatNumber(sold, 0)} shares of the firm's stock in a transaction ${onDay(ctx, r.int(3, 50))}.`,
    `The shares were sold at an average price of ${at.text}, for a total transaction of ${money(sold * at.value, s.currency, 2, r).text}.`,
    `Following the sale, the insider now directly owns ${formatNumber(owned, 0)} shares of the company's stock, valued at about ${money(owned * at.value, s.currency, 2, r).text}.`,
    `Insiders own ${percent(r.float(0.1, 18, 2), 2).text} of the company's stock.`,
  ];
}

export function aboutPara(ctx: StyleContext): string[] {
  const { random: r, subject } = ctx;
  const [a, b, c] = r.shuffle(subject.sector.products);
  return [
    `${subject.company.name}, together with its subsidiaries, ${r.pick(['develops and sells', 'designs, makes and markets', 'provides'])} ${a}, ${b} and ${c} ${r.pick(['in the United States and internationally', 'worldwide', 'across North America, Europe and Asia'])}.`,
    `The company operates through ${r.pick(['two', 'three', 'four'])} segments and serves customers ranging from small businesses to large enterprises.`,
    `It was founded in ${r.int(1890, 2015)} and is headquartered in ${r.pick(['Austin, Texas', 'Boston, Massachusetts', 'San Jose, California', 'Chicago, Illinois', 'Denver, Colorado', 'Atlanta, Georgia'])}.`,
  ];
}

export function featuredList(ctx: StyleContext): string[] {
  const { random: r, subject } = ctx;
  return r.shuffle([
    `Five stocks we like better than ${subject.company.name}`,
    `How to Invest in ${subject.sector.word} Stocks`,
    'What Is a Stock Split and Why Does It Matter?',
    'Market Cap Calculator: How to Work Out Market Capitalization',
    'Three Small Caps Set to Soar This Year',
    'Dividend Investing for Beginners',
    `${subject.sector.word} Stocks Insiders Are Buying`,
  ]).slice(0, r.int(3, 5));
}

export function closingLine(ctx: StyleContext): string {
  return `Want to see what other hedge funds are holding ${ctx.subject.company.listings[0]?.ticker ?? ''}? Visit our holdings tracker for the latest 13F filings and insider trades for ${wireName(ctx)}.`;
}
