import { money, percent, plain } from '../amounts.js';
import { fact } from '../draft.js';
import { onDay, wireName } from './usLead.js';
import { share, total, type StyleContext } from './style.js';

export function performancePara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const n = ctx.subject.company.name;
  const cap = total(ctx, s.marketCap);
  const pe = plain(s.pe, 2);
  const sma50 = share(ctx, s.sma50, 2);
  const sma200 = share(ctx, s.sma200, 2);
  const low = share(ctx, s.low52, 2);
  const high = share(ctx, s.high52, 2);
  const span = r.pick(['1-year', '12 month', '52-week', 'twelve month']);
  return r.shuffle([
    d.say(`The company has a market capitalization of ${cap.text}, a price-to-earnings ratio of ${pe.text}, a PEG ratio of ${plain(r.float(0.4, 3.5, 2), 2).text} and a beta of ${plain(r.float(0.3, 2.4, 2), 2).text}.`, fact('market_cap', cap), fact('pe_ratio', pe)),
    `The company has a debt-to-equity ratio of ${plain(r.float(0, 2, 2), 2).text}, a current ratio of ${plain(r.float(0.5, 5, 2), 2).text} and a quick ratio of ${plain(r.float(0.3, 4, 2), 2).text}.`,
    r.chance(0.5)
      ? d.say(`The firm's 50-day moving average price is ${sma50.text} and its 200-day moving average price is ${sma200.text}.`, fact('sma_50', sma50), fact('sma_200', sma200))
      : d.say(`The business has a fifty day moving average of ${sma50.text} and a two-hundred day moving average of ${sma200.text}.`, fact('sma_50', sma50), fact('sma_200', sma200)),
    d.say(`${n} has a ${span} low of ${low.text} and a ${span} high of ${high.text}.`, fact('low_52w', low), fact('high_52w', high)),
  ]);
}

export function earningsPara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const eps = money(s.eps, s.currency, 2, r);
  const estimate = money(Math.max(0.01, s.eps - r.float(-0.2, 0.2, 2)), s.currency, 2, r);
  const beat = eps.value >= estimate.value;
  const diff = money(Math.abs(eps.value - estimate.value), s.currency, 2, r);
  const revenue = total(ctx, s.revenue);
  const expected = total(ctx, s.revenue * r.float(0.9, 1.1, 3));
  const growth = percent(s.revenueGrowth, 1);
  return [
    `${wireName(ctx)} last released its quarterly earnings data ${onDay(ctx, r.int(10, 60))}.`,
    d.say(`The company reported ${eps.text} earnings per share (EPS) for the quarter, ${beat ? 'topping' : 'missing'} the consensus estimate of ${estimate.text} by ${diff.text}.`, fact('eps', eps, { period: 'quarter' })),
    `${ctx.subject.short} had a net margin of ${percent(r.float(-5, 40, 2), 2).text} and a return on equity of ${percent(r.float(1, 60, 2), 2).text}.`,
    d.say(`The firm had revenue of ${revenue.text} for the quarter, compared to analysts' expectations of ${expected.text}.`, fact('revenue', revenue, { period: 'quarter' })),
    s.revenueGrowth >= 0
      ? d.say(`The company's revenue was up ${growth.text} compared to the same quarter last year.`, fact('revenue_growth_pct', growth))
      : d.say(`The business's quarterly revenue was down ${growth.text} on a year-over-year basis.`, fact('revenue_growth_pct', growth)),
    `During the same period last year, the company posted ${money(s.eps * r.float(0.6, 1.1, 2), s.currency, 2, r).text} earnings per share.`,
    `Analysts expect that ${ctx.subject.short} will post ${plain(s.eps * 4 * r.float(0.9, 1.2, 2), 2).text} EPS for the current fiscal year.`,
  ];
}

export function dividendPara(ctx: StyleContext): string[] {
  const { draft: d, snap: s, random: r } = ctx;
  const annual = money((s.price * s.dividendYield) / 100, s.currency, 2, r);
  const quarterly = money(annual.value / 4, s.currency, 2, r);
  const yieldPct = percent(s.dividendYield, r.pick([1, 2]));
  return [
    `The company also recently declared a quarterly dividend, which was paid ${onDay(ctx, r.int(1, 20))}.`,
    `Shareholders of record ${onDay(ctx, r.int(21, 40))} were issued a ${quarterly.text} dividend.`,
    d.say(`This represents a ${annual.text} dividend on an annualized basis and a dividend yield of ${yieldPct.text}.`, fact('dividend_yield', yieldPct)),
    `The company's dividend payout ratio is currently ${percent(r.float(5, 90, 2), 2).text}.`,
  ];
}
