import { money, percent, shareCount } from '../amounts.js';
import { addDays, ordinalMonthDay, weekday } from '../dates.js';
import { fact, ratingFact } from '../draft.js';
import { TEXT_EXCHANGE } from '../markets.js';
import { US_FIRMS } from '../people.js';
import { CONSENSUS, roundTarget } from '../snapshot.js';
import { share, type StyleContext } from './style.js';

const RATINGS = ['buy', 'outperform', 'overweight', 'strong-buy', 'neutral', 'hold', 'equal weight', 'market perform',
  'sector perform', 'underweight', 'sell'] as const;

const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** `Veltrano Corp (NASDAQ:VLT)` */
export function wireName(ctx: StyleContext): string {
  const listing = ctx.subject.company.listings[0];
  const exchange = listing?.exchange ? TEXT_EXCHANGE[listing.exchange] : 'NYSE';
  return `${ctx.subject.company.name} (${exchange}:${listing?.ticker ?? ''})`;
}

/** `on Tuesday, January 13th`, or a vague `recently` for undated articles. */
export function onDay(ctx: StyleContext, daysBack: number, withDate = true): string {
  if (!ctx.moment) return 'recently';
  const day = addDays(ctx.moment, -daysBack);
  return withDate ? `on ${weekday(day)}, ${ordinalMonthDay(day)}` : `on ${weekday(day)}`;
}

export function leadPara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const name = wireName(ctx);
  const price = share(ctx, s.price, 2);
  const move = percent(s.change1d, r.pick([1, 2]));
  const up = s.change1d >= 0;
  const day = ctx.moment ? ` on ${weekday(ctx.moment)}` : '';
  const out: string[] = [];
  const variant = r.int(0, 2);
  if (variant === 0) {
    out.push(d.say(`${name} shares traded ${up ? 'up' : 'down'} ${move.text} to ${price.text} during mid-day trading${day}.`, fact('change_pct_1d', move), fact('price', price)));
  } else if (variant === 1) {
    out.push(d.say(`Shares of ${name} ${up ? 'rose' : 'fell'} ${move.text} during trading${day}, hitting ${price.text}.`, fact('change_pct_1d', move), fact('price', price)));
  } else {
    const abs = money(Math.abs((s.price * s.change1d) / 100), s.currency, 2, r);
    out.push(d.say(`${name} traded ${up ? 'up' : 'down'} ${abs.text} during trading${day}, reaching ${price.text}.`, fact('price', price)));
  }
  const vol = shareCount(s.volume, r);
  const avg = shareCount(s.avgVolume, r);
  out.push(r.chance(0.5)
    ? d.say(`The stock had a trading volume of ${vol.text} shares, compared to its average volume of ${avg.text}.`, fact('volume', vol), fact('avg_volume', avg))
    : d.say(`${vol.text} shares of the company's stock traded hands, compared to its average volume of ${avg.text}.`, fact('volume', vol), fact('avg_volume', avg)));
  return out;
}

function firmSentence(ctx: StyleContext, firm: string, i: number): string {
  const { draft: d, snap: s, random: r } = ctx;
  const n = r.chance(0.5) ? ctx.subject.company.name : ctx.subject.short;
  const target = roundTarget(s.targetAvg * (1 + r.float(-0.2, 0.25, 3)), s.currency);
  const t = money(target, s.currency, 2, r);
  const old = money(roundTarget(target * r.pick([r.float(0.75, 0.95, 3), r.float(1.05, 1.25, 3)]), s.currency), s.currency, 2, r);
  const rating = r.pick(RATINGS);
  const when = onDay(ctx, r.int(1, 40) + i);
  const pt = fact('price_target', t, { firm });
  const ar = ratingFact('analyst_rating', rating, firm);
  switch (r.int(0, 3)) {
    case 0:
      return d.say(`${firm} ${target >= old.value ? 'raised' : 'lowered'} their price target on shares of ${n} from ${old.text} to ${t.text} and gave the company ${article(rating)} "${rating}" rating in a report ${when}.`, pt, ar);
    case 1:
      return d.say(`${firm} reissued ${article(rating)} "${rating}" rating and set a ${t.text} price objective on shares of ${n} in a research note ${when}.`, ar, pt);
    case 2: {
      const from = r.pick(RATINGS.filter((x) => x !== rating));
      return d.say(`${firm} ${r.pick(['upgraded', 'downgraded', 'moved'])} ${n} from ${article(from)} "${from}" rating to ${article(rating)} "${rating}" rating in a research report ${when}.`, ar);
    }
    default:
      return d.say(`${firm} initiated coverage on ${n} ${when}, setting ${article(rating)} "${rating}" rating and a ${t.text} target price.`, ar, pt);
  }
}

export function analystPara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const firms = r.shuffle(US_FIRMS).slice(0, r.int(1, 4));
  const out = firms.map((firm, i) => firmSentence(ctx, firm, i));
  const [buy, hold, sell] = [r.int(1, 25), r.int(0, 12), r.int(0, 4)];
  out.push(`${buy} analysts have rated the stock with a Buy rating, ${hold} have given a Hold rating and ${sell} have issued a Sell rating.`);
  const consensus = r.pick(CONSENSUS);
  const avg = money(s.targetAvg * r.float(0.999, 1.001, 4), s.currency, 2, r);
  out.push(r.chance(0.5)
    ? d.say(`Based on data from our research desk, the stock currently has a consensus rating of "${consensus}" and an average price target of ${avg.text}.`, ratingFact('consensus_rating', consensus), fact('price_target_avg', avg))
    : d.say(`According to our data, ${ctx.subject.short} has an average rating of "${consensus}" and a consensus target price of ${avg.text}.`, ratingFact('consensus_rating', consensus), fact('price_target_avg', avg)));
  return out;
}
