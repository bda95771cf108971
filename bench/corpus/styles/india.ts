import { formatNumber, percent, plain } from '../amounts.js';
import { MONTHS, weekday } from '../dates.js';
import { fact, ratingFact } from '../draft.js';
import { MARKET_INFO } from '../markets.js';
import { IN_FIRMS } from '../people.js';
import { fillerSentences, heading } from '../prose.js';
import { roundTarget } from '../snapshot.js';
import { share, total, type Style, type StyleContext } from './style.js';

const RATINGS = ['buy', 'add', 'accumulate', 'hold', 'reduce', 'sell', 'neutral'] as const;

function leadSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r, subject } = ctx;
  const move = percent(s.change1d, 2, r.pick(['%', ' per cent'] as const));
  const price = share(ctx, s.price);
  const index = r.pick(MARKET_INFO.in.indices);
  const level = plain(r.float(index.low, index.high, 2), 2);
  const exchange = r.pick(['NSE', 'BSE']);
  const day = ctx.moment ? ` on ${weekday(ctx.moment)}` : '';
  const out = [d.say(`Shares of ${subject.company.name} ${s.change1d >= 0 ? 'rose' : 'fell'} ${move.text} to ${price.text} on the ${exchange}${day}, while the benchmark ${index.name} was trading ${r.pick(['higher', 'lower', 'flat'])} at ${level.text}.`,
    fact('change_pct_1d', move), fact('price', price))];
  if (r.chance(0.6)) {
    const lakh = Number((s.volume / 1e5).toFixed(1));
    out.push(d.say(`A total of ${formatNumber(lakh, 1)} lakh shares changed hands on the ${exchange}.`, fact('volume', { text: '', value: Math.round(lakh * 1e5), currency: null })));
  }
  return out;
}

function resultsSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const rev = total(ctx, s.revenue);
  const growth = percent(s.revenueGrowth, 1);
  const quarter = r.pick(['June', 'September', 'December', 'March']);
  return [
    d.say(`Revenue from operations ${s.revenueGrowth >= 0 ? 'rose' : 'declined'} ${growth.text} year-on-year to ${rev.text} in the ${quarter} quarter, while net profit ${r.pick(['increased', 'fell'])} ${percent(r.float(1, 40, 0), 0).text} to ${total(ctx, s.revenue * r.float(0.05, 0.2, 3)).text}.`,
      fact('revenue', rev, { period: 'quarter' }), fact('revenue_growth_pct', growth)),
    `The ${r.pick(ctx.subject.sector.products)} segment grew ${percent(r.float(5, 45, 0), 0).text} during the period.`,
  ];
}

function brokerSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const [a, b] = r.shuffle(IN_FIRMS) as [string, string];
  const rating = r.pick(RATINGS);
  const t1 = share(ctx, roundTarget(s.targetAvg, s.currency), 0);
  const t2 = share(ctx, roundTarget(s.targetAvg * r.float(0.9, 1.15, 3), s.currency), 0);
  const old = share(ctx, roundTarget(t2.value * 0.9, s.currency), 0);
  return [
    d.say(`Brokerage ${a} has a '${rating}' rating on the stock with a target price of ${t1.text}.`, ratingFact('analyst_rating', rating, a), fact('price_target', t1, { firm: a })),
    d.say(`${b} raised its target price to ${t2.text} from ${old.text}.`, fact('price_target', t2, { firm: b })),
  ];
}

function technicalSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const sup = share(ctx, s.support, 0);
  const res = share(ctx, s.resistance, 0);
  const rsi = plain(s.rsi, 1);
  const high = share(ctx, s.high52);
  const month = r.pick(MONTHS);
  return r.shuffle([
    d.say(`Technical analysts see immediate support at ${sup.text} and resistance at ${res.text}.`, fact('support_level', sup), fact('resistance_level', res)),
    d.say(`The stock's 14-day relative strength index (RSI) stands at ${rsi.text}.`, fact('rsi_14', rsi)),
    d.say(`The scrip hit a 52-week high of ${high.text} in ${month}.`, fact('high_52w', high)),
  ]);
}

/** Indian market copy: Rs/₹ prices, crore and lakh crore totals, NSE/BSE, the Nifty or Sensex as a distractor. */
export const india: Style = {
  name: 'india',
  dateFormats: ['india', 'india', 'long', 'byline'],
  glueDate: false,
  write(ctx) {
    const { draft: d, snap: s, random: r, prose: p, subject } = ctx;
    d.para(...leadSentences(ctx), ...fillerSentences(p, 1));
    const cap = total(ctx, s.marketCap);
    const pe = plain(s.pe, 1);
    const middle: string[][] = [
      [d.say(`The company's market capitalisation stood at ${cap.text}.`, fact('market_cap', cap)), ...fillerSentences(p, 2)],
      resultsSentences(ctx), brokerSentences(ctx), technicalSentences(ctx),
      [`The rupee ${r.pick(['gained', 'slipped'])} ${r.int(3, 25)} paise to ${plain(r.float(74, 89, 2), 2).text} against the US dollar.`],
    ];
    if (r.chance(0.5)) middle.push([d.say(`The stock trades at a price-to-earnings ratio of ${pe.text}.`, fact('pe_ratio', pe))]);
    for (const sentences of r.shuffle(middle)) {
      if (r.chance(0.3)) d.heading(heading(p));
      d.para(...sentences);
    }
    d.aside(['Disclaimer: The views and recommendations above are those of individual analysts or brokerages, not of this publication. Investors should consult a certified adviser before making investment decisions.']);
    return r.pick([`${subject.short} share price ${s.change1d >= 0 ? 'jumps' : 'slips'} after quarterly numbers`,
      `Stocks to watch: ${subject.short}`, `${subject.short} shares in focus as brokerages revise targets`]);
  },
};
