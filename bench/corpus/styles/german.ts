import { percent } from '../amounts.js';
import { monthDay } from '../dates.js';
import { fillerSentences, heading } from '../prose.js';
import { analystPara, keyFigureBullets, pricePara, technicalPara } from './germanFacts.js';
import { distractorSentence } from './distractors.js';
import type { Style, StyleContext } from './style.js';

const TITLES: ReadonlyArray<(n: string, topic: string) => string> = [
  (n, t) => `${n}'s ${t} Push Lifts Investor Mood`,
  (n, t) => `${n} Stock: ${t} Ambitions Put the Shares in Focus`,
  (n) => `${n} Shares Under Pressure as Doubts Grow`,
  (n, t) => `${n}: Can the ${t} Strategy Deliver?`,
  (n) => `${n} Gains Ground With Investors`,
  (n) => `Is ${n} at a Turning Point?`,
  (n, t) => `${n} Doubles Down on ${t}`,
];

function adBlock(ctx: StyleContext): string[] {
  const n = ctx.subject.short;
  const from = ctx.moment ? ` from ${monthDay(ctx.moment)}` : '';
  return ['Ad',
    `${n} Stock: Buy or Sell?! A fresh ${n} analysis${from} has the answer:`,
    `The latest ${n} numbers leave little doubt: ${n} shareholders need to act. Buy, hold or sell? The free analysis${from} shows what to do next.`,
    `${n}: Buy or sell? Read more here...`];
}

function leadSentences(ctx: StyleContext): string[] {
  const { prose: p, random: r } = ctx;
  const n = ctx.subject.short;
  return [r.pick([
    `${n} is back in the spotlight after a run of upbeat news from its ${p.product} business.`,
    `A strategic shift is under way at ${n}, as the ${p.noun} moves further into ${p.product}.`,
    `${n} has given the market plenty to talk about this week.`,
  ]), ...fillerSentences(p, 2)];
}

/** The samples' publisher: date glued to the lead, bullet block of key figures, a buy-or-sell line, an ad. */
export const german: Style = {
  name: 'german',
  dateFormats: ['german', 'german', 'german', 'german', 'long', 'iso'],
  glueDate: true,
  write(ctx) {
    const { draft: d, random: r, prose: p } = ctx;
    const n = ctx.subject.short;
    const bulletsFirst = r.chance(0.65);
    d.para(...leadSentences(ctx), ...(bulletsFirst ? [] : pricePara(ctx)));
    if (bulletsFirst) d.bullets(keyFigureBullets(ctx));
    const middle: string[][] = [fillerSentences(p, 3), [distractorSentence(ctx), ...fillerSentences(p, 2)]];
    if (r.chance(0.6)) middle.push(technicalPara(ctx));
    if (r.chance(0.7)) middle.push(analystPara(ctx));
    if (r.chance(0.4)) {
      const seg = percent(r.float(8, 60, 0), 0);
      middle.push([`Revenue in the ${p.product} unit grew ${seg.text} year over year, driven by strong demand.`]);
    }
    r.shuffle(middle).forEach((sentences, i) => {
      if (i === 1) d.para(`Should investors sell immediately? Or is it worth buying ${n}?`);
      if (i === 2) d.heading(heading(p));
      d.para(...sentences);
    });
    d.heading(r.pick(['Conclusion: A Story Still Being Written', `Outlook for ${n}`, 'The Bottom Line']));
    d.para(...fillerSentences(p, 2));
    d.aside(adBlock(ctx));
    return r.pick(TITLES)(n, r.pick(ctx.subject.sector.products).replace(/\b[a-z]/g, (c) => c.toUpperCase()));
  },
};
