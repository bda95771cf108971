import { money, percent, plain } from '../amounts.js';
import { weekday } from '../dates.js';
import { fact, ratingFact } from '../draft.js';
import { MARKET_INFO } from '../markets.js';
import { UK_FIRMS } from '../people.js';
import { fillerSentences, heading } from '../prose.js';
import { roundTarget } from '../snapshot.js';
import { distractorSentence } from './distractors.js';
import { share, total, type Style, type StyleContext } from './style.js';

const RATINGS = ['buy', 'add', 'hold', 'overweight', 'outperform', 'underperform', 'sell', 'neutral'] as const;

/** London quotes in pence; some copy converts to pounds (`£4.50`). */
function londonPrice(ctx: StyleContext, value: number, pounds = ctx.random.chance(0.15)) {
  return pounds ? money(value / 100, 'GBP', 2, ctx.random) : share(ctx, value);
}

function leadSentence(ctx: StyleContext): string {
  const { draft: d, snap: s, random: r, subject } = ctx;
  const ticker = subject.company.listings[0]?.ticker ?? '';
  const form = r.pick(['%', ' per cent'] as const);
  const move = percent(s.change1d, 1, form);
  const price = londonPrice(ctx, s.price);
  const index = r.pick(MARKET_INFO.uk.indices);
  const level = plain(r.float(index.low, index.high, 1), 1);
  const when = ctx.moment ? ` on ${weekday(ctx.moment)} ${r.pick(['morning', 'afternoon'])}` : '';
  return d.say(`Shares in ${subject.company.name} (LON:${ticker}) ${s.change1d >= 0 ? 'rose' : 'fell'} ${move.text} to ${price.text}${when}, as the ${index.name} ${r.pick(['edged up to', 'drifted lower to', 'stood at'])} ${level.text}.`,
    fact('change_pct_1d', move), fact('price', price));
}

function resultsSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const half = r.chance(0.6);
  const rev = total(ctx, s.revenue * (half ? 2 : 4));
  const growth = percent(s.revenueGrowth, 1, r.pick(['%', ' per cent'] as const));
  const period = half ? 'H1' : 'FY';
  const span = half ? `the six months to ${r.pick(['June', 'September', 'August'])}` : 'the full year';
  const eps = share(ctx, s.eps * (half ? 2 : 4), 1);
  return [
    d.say(`The ${ctx.subject.sector.noun} said group revenue ${s.revenueGrowth >= 0 ? 'rose' : 'fell'} ${growth.text} to ${rev.text} in ${span}.`, fact('revenue', rev, { period }), fact('revenue_growth_pct', growth)),
    `Online sales grew ${percent(r.float(3, 30, 0), 0).text} over the same period.`,
    d.say(`Basic earnings per share came in at ${eps.text}.`, fact('eps', eps, { period })),
  ];
}

function analystSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const firm = r.pick(UK_FIRMS);
  const target = share(ctx, roundTarget(s.targetAvg, s.currency), 0);
  const old = share(ctx, roundTarget(s.targetAvg * r.float(0.75, 0.95, 3), s.currency), 0);
  const rating = r.pick(RATINGS);
  const pe = plain(s.pe, 1);
  const out = [d.say(`Analysts at ${firm} lifted their target price to ${target.text} from ${old.text}, reiterating a "${rating}" rating.`,
    fact('price_target', target, { firm }), ratingFact('analyst_rating', rating, firm))];
  if (r.chance(0.6)) out.push(d.say(`On a price-to-earnings ratio of ${pe.text}, the stock is not expensive by sector standards.`, fact('pe_ratio', pe)));
  if (r.chance(0.6)) {
    const y = percent(s.dividendYield, 1, r.pick(['%', ' per cent'] as const));
    out.push(d.say(`The shares offer a dividend yield of ${y.text}.`, fact('dividend_yield', y)));
  }
  return out;
}

/** London market-report copy: pence, LON: tickers, £ totals, the FTSE level and sterling as distractors. */
export const uk: Style = {
  name: 'uk',
  dateFormats: ['british', 'british', 'rfc2822', 'byline'],
  glueDate: false,
  write(ctx) {
    const { draft: d, snap: s, random: r, prose: p, subject } = ctx;
    const cap = total(ctx, s.marketCap);
    const ytd = percent(s.changeYtd, 1, r.pick(['%', ' per cent'] as const));
    d.para(leadSentence(ctx), ...fillerSentences(p, 2));
    d.para(d.say(`The ${subject.sector.noun}, valued at ${cap.text}, has ${s.changeYtd >= 0 ? 'gained' : 'lost'} ${ytd.text} so far this year.`, fact('market_cap', cap), fact('change_pct_ytd', ytd)),
      `Sterling ${r.pick(['rose', 'slipped'])} ${percent(r.float(0.1, 0.9, 1), 1).text} against the dollar to $${plain(r.float(1.18, 1.38, 4), 4).text}.`);
    const middle: string[][] = [resultsSentences(ctx), analystSentences(ctx), [distractorSentence(ctx), ...fillerSentences(p, 2)]];
    if (r.chance(0.5)) {
      const pounds = r.chance(0.15);
      const low = londonPrice(ctx, s.low52, pounds);
      const high = londonPrice(ctx, s.high52, pounds);
      middle.push([d.say(`The shares have traded between ${low.text} and ${high.text} over the past 52 weeks.`, fact('low_52w', low), fact('high_52w', high))]);
    }
    for (const sentences of r.shuffle(middle)) {
      if (r.chance(0.4)) d.heading(heading(p));
      d.para(...sentences);
    }
    d.para(...fillerSentences(p, 2));
    return r.pick([`${subject.short} shares ${s.change1d >= 0 ? 'climb' : 'slide'} after trading update`,
      `FTSE movers: ${subject.short} in focus`, `${subject.short} backs outlook as investors weigh valuation`,
      `Why ${subject.short} shares are moving today`]);
  },
};
