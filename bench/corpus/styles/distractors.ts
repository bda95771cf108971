import { money, percent, plain } from '../amounts.js';
import { fact } from '../draft.js';
import { goldCompany } from '../goldCompany.js';
import { MARKET_INFO } from '../markets.js';
import { tick } from '../snapshot.js';
import type { StyleContext } from './style.js';

/**
 * Numbers an extractor must not turn into facts about the article's company. A rival's own figures are gold facts
 * about the rival (the article does state them), so attaching them to the subject costs a miss and a wrong fact.
 */
type Distractor = (ctx: StyleContext) => string;

const rivalPrice: Distractor = ({ rival, random: r, draft }) => {
  const info = MARKET_INFO[rival.market];
  const price = money(tick(r.float(info.priceRange[0], info.priceRange[1] / 3, 2), info.currency, info.priceDecimals), info.currency, info.priceDecimals, r);
  const up = r.chance(0.5);
  const move = percent(r.float(0.5, 7, 1) * (up ? 1 : -1), 1);
  const sentence = r.chance(0.5)
    ? `Rival ${rival.short}, by contrast, saw its shares ${up ? 'rise' : 'fall'} ${move.text} to ${price.text}.`
    : `Peer ${rival.company.name} ended the session at ${price.text}, ${up ? 'up' : 'down'} ${move.text}.`;
  return draft.sayAbout(goldCompany(rival), sentence, fact('price', price), fact('change_pct_1d', move));
};

export const indexLevel: Distractor = ({ subject, random: r }) => {
  const index = r.pick(MARKET_INFO[subject.market].indices);
  const level = plain(r.float(index.low, index.high, 2), 2);
  const move = percent(r.float(0.1, 2.4, 1), 1);
  return r.pick([
    `The broader ${index.name} ${r.pick(['gained', 'lost'])} ${move.text} to ${level.text} points.`,
    `Meanwhile the ${index.name} closed at ${level.text}, ${r.pick(['up', 'down'])} ${move.text} on the day.`,
  ]);
};

const rivalValuation: Distractor = ({ rival, random: r, draft }) => {
  const pe = plain(r.float(8, 60, 1), 1);
  return draft.sayAbout(goldCompany(rival), `Sector peer ${rival.short} trades at ${pe.text} times earnings, for comparison.`, fact('pe_ratio', pe));
};

const oldPrice: Distractor = (ctx) => {
  const { random: r, snap: s } = ctx;
  const then = money(tick(s.price * r.float(0.4, 0.9, 2), s.currency, s.priceDecimals), s.currency, s.priceDecimals, r);
  return `Five years ago the stock changed hands at roughly ${then.text}.`;
};

const DISTRACTORS: readonly Distractor[] = [rivalPrice, indexLevel, rivalValuation, oldPrice];

export function distractorSentence(ctx: StyleContext): string {
  return ctx.random.pick(DISTRACTORS)(ctx);
}
