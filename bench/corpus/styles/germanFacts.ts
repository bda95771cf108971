import { money, percent, plain, shareCount, signedPercent } from '../amounts.js';
import { addDays, longDate } from '../dates.js';
import { fact, ratingFact } from '../draft.js';
import { EU_FIRMS } from '../people.js';
import { CONSENSUS, roundTarget } from '../snapshot.js';
import { share, type StyleContext } from './style.js';

/** The samples' bullet block: price first, then a varying subset of the performance lines. */
export function keyFigureBullets(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r, moment } = ctx;
  const minus = r.chance(0.1) ? '\u2212' : '-';
  const price = share(ctx, s.price);
  const conversion = s.currency === 'EUR' && r.chance(0.2) ? ` (${money(s.price * 1.09, 'USD', 2, r).text})` : '';
  const items = [d.say(`${r.pick(['Current Share Price', 'Share Price', 'Last Price'])}: ${price.text}${conversion}`, fact('price', price))];
  const pct = (kind: Parameters<typeof fact>[0], labels: readonly string[], value: number): void => {
    const a = signedPercent(value, 2, minus);
    items.push(d.say(`${r.pick(labels)}: ${a.text}`, fact(kind, a)));
  };
  const dated = (label: string, value: number, kind: 'high_52w' | 'low_52w'): void => {
    const a = share(ctx, value);
    const when = moment ? ` (${longDate(addDays(moment, -r.int(5, 300)))})` : '';
    items.push(d.say(`${label}: ${a.text}${when}`, fact(kind, a)));
  };
  if (r.chance(0.9)) pct('change_pct_1d', ['Daily Change', 'Change Today', '1-Day Change'], s.change1d);
  if (r.chance(0.7)) pct('change_pct_7d', ['7-Day Change', 'Weekly Change'], s.change7d);
  if (r.chance(0.3)) pct('change_pct_1m', ['30-Day Change', '1-Month Change'], s.change1m);
  if (r.chance(0.3)) pct('change_pct_ytd', ['Year-to-Date Change', 'YTD Change'], s.changeYtd);
  if (r.chance(0.7)) pct('change_pct_12m', ['12-Month Change', '1-Year Change'], s.change12m);
  if (r.chance(0.7)) dated(r.pick(['52-Week High', '12-Month High']), s.high52, 'high_52w');
  if (r.chance(0.4)) dated(r.pick(['52-Week Low', '12-Month Low']), s.low52, 'low_52w');
  if (r.chance(0.8)) {
    const rsi = plain(s.rsi, 1);
    items.push(d.say(`${r.pick(['RSI (14-Day)', '14-Day RSI'])}: ${rsi.text}`, fact('rsi_14', rsi)));
  }
  return items;
}

/** Price and daily move told in prose, for articles without the bullet block. */
export function pricePara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const price = share(ctx, s.price);
  const move = percent(s.change1d, r.pick([1, 2]));
  const up = s.change1d >= 0;
  const out = [r.chance(0.5)
    ? d.say(`This shift is resonating with the market, as shown by a share price ${up ? 'gain' : 'decline'} of ${move.text} to ${price.text}.`, fact('change_pct_1d', move), fact('price', price))
    : d.say(`The shares ${up ? 'climbed' : 'slipped'} ${move.text} to ${price.text} in the latest session.`, fact('change_pct_1d', move), fact('price', price))];
  if (r.chance(0.6)) {
    const vol = shareCount(s.volume, r);
    out.push(d.say(`The move came on trading volume of ${vol.text} shares, ${s.volume > s.avgVolume ? 'well above' : 'below'} the usual level.`, fact('volume', vol)));
  }
  return out;
}

export function technicalPara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const out: string[] = [];
  const sma200 = share(ctx, s.sma200);
  const sma50 = share(ctx, s.sma50);
  out.push(d.say(`The stock is trading ${s.price >= s.sma200 ? 'above' : 'below'} its 200-day moving average, which currently sits at ${sma200.text}.`, fact('sma_200', sma200)));
  if (r.chance(0.6)) out.push(d.say(`The 50-day average stands at ${sma50.text}.`, fact('sma_50', sma50)));
  if (r.chance(0.6)) {
    const sup = share(ctx, s.support);
    const res = share(ctx, s.resistance);
    out.push(d.say(`Chart watchers see support at ${sup.text} and resistance at ${res.text}.`, fact('support_level', sup), fact('resistance_level', res)));
  } else {
    const watch = share(ctx, roundTarget(s.price * 1.02, s.currency), 0);
    out.push(`A sustained move beyond the ${watch.text} mark would be read by technical traders as a further buy signal.`);
  }
  return out;
}

export function analystPara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const out: string[] = [];
  const avg = share(ctx, s.targetAvg, 0);
  const consensus = r.pick(CONSENSUS);
  const upside = percent(Math.abs((s.targetAvg / s.price - 1) * 100), 0);
  const comma = r.chance(0.5) ? ',"' : '",';
  out.push(d.say(`The current analyst consensus rating stands at "${consensus}${comma} with an average price target of ${avg.text}, implying ${s.targetAvg >= s.price ? 'an upside' : 'a downside'} of approximately ${upside.text}.`,
    ratingFact('consensus_rating', consensus), fact('price_target_avg', avg)));
  const [a, b] = r.shuffle(EU_FIRMS);
  const t1 = share(ctx, roundTarget(s.targetAvg * (1 + r.float(0.02, 0.2, 3)), s.currency), 0);
  out.push(d.say(`${a} has set a price target of ${t1.text}.`, fact('price_target', t1, { firm: a as string })));
  if (r.chance(0.5)) {
    const t2 = share(ctx, roundTarget(s.targetAvg * (1 - r.float(0.02, 0.15, 3)), s.currency), 0);
    const old = share(ctx, roundTarget(t2.value * 0.9, s.currency), 0);
    const rating = r.pick(['Buy', 'Overweight', 'Outperform', 'Neutral']);
    const from = old.value < t2.value ? ` from ${old.text}` : '';
    out.push(d.say(`${b} lifted its target to ${t2.text}${from} and rates the shares "${rating}".`,
      fact('price_target', t2, { firm: b as string }), ratingFact('analyst_rating', rating, b as string)));
  }
  if (r.chance(0.5)) {
    const pe = plain(s.pe, 1);
    out.push(d.say(`At a price-to-earnings (P/E) ratio of ${pe.text}, the valuation still leaves room for further gains, according to several strategists.`, fact('pe_ratio', pe)));
  }
  return out;
}
