import { money, percent, plain } from '../amounts.js';
import { fact, ratingFact } from '../draft.js';
import { MARKET_INFO, TEXT_EXCHANGE, type Market } from '../markets.js';
import { ASIA_FIRMS } from '../people.js';
import { fillerSentences, heading } from '../prose.js';
import { roundTarget } from '../snapshot.js';
import { distractorSentence } from './distractors.js';
import { share, total, type Style, type StyleContext } from './style.js';

const CITY: Partial<Record<Market, string>> = { jp: 'Tokyo', kr: 'Seoul', ch: 'Zurich', hk: 'Hong Kong' };
const USD_PER_UNIT: Partial<Record<string, number>> = { JPY: 0.0067, KRW: 0.00072, CHF: 1.13, HKD: 0.128 };
const RATINGS = ['buy', 'outperform', 'neutral', 'overweight', 'underperform', 'hold'] as const;

function leadSentence(ctx: StyleContext): string {
  const { draft: d, snap: s, random: r, subject } = ctx;
  const listing = subject.company.listings[0];
  const code = `${TEXT_EXCHANGE[listing?.exchange ?? ''] ?? ''}:${listing?.ticker ?? ''}`;
  const move = percent(s.change1d, r.pick([1, 2]));
  const price = share(ctx, s.price);
  const rate = USD_PER_UNIT[s.currency];
  const usd = rate && r.chance(0.35) ? ` (${money(s.price * rate, 'USD', 2, r).text})` : '';
  const index = r.pick(MARKET_INFO[subject.market].indices);
  const level = plain(r.float(index.low, index.high, 2), 2);
  return d.say(`Shares of ${subject.company.name} (${code}) ${s.change1d >= 0 ? 'climbed' : 'dropped'} ${move.text} to ${price.text}${usd} in ${CITY[subject.market] ?? 'local'} trading, while the ${index.name} ended at ${level.text}.`,
    fact('change_pct_1d', move), fact('price', price));
}

function performanceSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const cap = total(ctx, s.marketCap);
  const high = share(ctx, s.high52);
  const below = percent((1 - s.price / s.high52) * 100, 1);
  const span = r.chance(0.5)
    ? d.say(`The shares have ${s.changeYtd >= 0 ? 'gained' : 'lost'} ${percent(s.changeYtd, 1).text} so far this year.`, fact('change_pct_ytd', percent(s.changeYtd, 1)))
    : d.say(`Over the past month, the stock has ${s.change1m >= 0 ? 'risen' : 'fallen'} ${percent(s.change1m, 1).text}.`, fact('change_pct_1m', percent(s.change1m, 1)));
  return [
    d.say(`The move ${s.change1d >= 0 ? 'lifted' : 'left'} the company's market value ${s.change1d >= 0 ? 'to' : 'at'} ${cap.text}.`, fact('market_cap', cap)),
    span,
    d.say(`The stock remains ${below.text} below its 52-week high of ${high.text}.`, fact('high_52w', high)),
  ];
}

function resultsSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const rev = total(ctx, s.revenue);
  const growth = percent(s.revenueGrowth, 1);
  return [d.say(`For the ${r.pick(['April-June', 'July-September', 'October-December', 'January-March'])} quarter, the company reported revenue of ${rev.text}, ${s.revenueGrowth >= 0 ? 'up' : 'down'} ${growth.text} from a year earlier.`,
    fact('revenue', rev, { period: 'quarter' }), fact('revenue_growth_pct', growth))];
}

function analystSentences(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const firm = r.pick(ASIA_FIRMS);
  const target = share(ctx, roundTarget(s.targetAvg, s.currency), 0);
  const old = share(ctx, roundTarget(s.targetAvg * r.float(0.78, 0.95, 3), s.currency), 0);
  const rating = r.pick(RATINGS);
  const pe = plain(s.pe, 1);
  const y = percent(s.dividendYield, 2);
  return [
    d.say(`${firm} raised its price target to ${target.text} from ${old.text} and kept ${/^[aeiou]/.test(rating) ? 'an' : 'a'} "${rating}" rating.`, fact('price_target', target, { firm }), ratingFact('analyst_rating', rating, firm)),
    r.chance(0.5)
      ? d.say(`The stock trades at a price-to-earnings ratio of ${pe.text} and offers a dividend yield of ${y.text}.`, fact('pe_ratio', pe), fact('dividend_yield', y))
      : d.say(`Its dividend yield stands at ${y.text}.`, fact('dividend_yield', y)),
  ];
}

/** Tokyo, Seoul, Zurich and Hong Kong copy: yen, won, francs and HK dollars, sometimes with a dollar conversion. */
export const asia: Style = {
  name: 'asia',
  dateFormats: ['rfc2822', 'iso', 'long', 'byline'],
  glueDate: false,
  write(ctx) {
    const { draft: d, random: r, prose: p, subject } = ctx;
    d.para(leadSentence(ctx), ...fillerSentences(p, 2));
    const middle = [performanceSentences(ctx), resultsSentences(ctx).concat(fillerSentences(p, 1)), analystSentences(ctx),
      [distractorSentence(ctx), ...fillerSentences(p, 2)]];
    for (const sentences of r.shuffle(middle)) {
      if (r.chance(0.35)) d.heading(heading(p));
      d.para(...sentences);
    }
    return r.pick([`${subject.short} shares ${ctx.snap.change1d >= 0 ? 'climb' : 'fall'} in ${CITY[subject.market] ?? 'local'} trade`,
      `${subject.short} extends its run as analysts turn more positive`, `What is moving ${subject.short} stock?`]);
  },
};
