import { US_FIRMS } from '../people.js';
import { indexLevel } from './distractors.js';
import { aboutPara, closingLine, featuredList, insiderPara, institutionalPara } from './usBoilerplate.js';
import { dividendPara, earningsPara, performancePara } from './usFundamentals.js';
import { analystPara, leadPara, wireName } from './usLead.js';
import type { Style, StyleContext } from './style.js';

function title(ctx: StyleContext): string {
  const name = wireName(ctx);
  const up = ctx.snap.change1d >= 0;
  return ctx.random.pick([
    `${name} Stock Price ${up ? 'Up' : 'Down'} - Here's Why`,
    `${name} Shares ${up ? 'Gap Up' : 'Gap Down'} - What's Next?`,
    `${ctx.random.pick(US_FIRMS)} Weighs In on ${name}`,
    `${name} Trading ${up ? 'Higher' : 'Lower'} - Should You Buy?`,
    `Analysts Set Expectations for ${name}`,
  ]);
}

/** US analyst-note wire copy: price and volume lead, rating changes, fundamentals, then boilerplate. */
export const usWire: Style = {
  name: 'us-wire',
  dateFormats: ['byline', 'byline', 'long', 'iso', 'rfc2822'],
  glueDate: false,
  write(ctx) {
    const { draft: d, random: r, subject } = ctx;
    const n = subject.company.name;
    d.para(...leadPara(ctx), ...(r.chance(0.3) ? [indexLevel(ctx)] : []));
    const sections: Array<[string, string[]]> = [
      [r.pick(['Analysts Set New Price Targets', 'Wall Street Analysts Forecast Growth', 'Analyst Upgrades and Downgrades']), analystPara(ctx)],
      [`${subject.short} ${r.pick(['Stock Performance', 'Price Performance', 'Trading Update'])}`, performancePara(ctx)],
    ];
    if (r.chance(0.7)) sections.push([`${subject.short} ${r.pick(['Announces Earnings Results', 'Earnings Results', 'Quarterly Results'])}`, earningsPara(ctx)]);
    if (r.chance(0.5) && (ctx.snap.price * ctx.snap.dividendYield) / 100 >= 0.1) {
      sections.push([`${subject.short} ${r.pick(['Dividend Announcement', 'Announces Quarterly Dividend'])}`, dividendPara(ctx)]);
    }
    for (const [head, sentences] of r.chance(0.3) ? r.shuffle(sections) : sections) {
      d.heading(head);
      d.para(...sentences);
    }
    if (r.chance(0.6)) {
      d.heading('Insider Activity');
      d.para(...insiderPara(ctx));
    }
    d.heading(r.pick([`Institutional Investors Weigh In On ${n}`, `Hedge Funds Weigh In On ${subject.short}`]));
    d.para(...institutionalPara(ctx));
    d.heading(`About ${n}`);
    d.para(...aboutPara(ctx));
    d.heading(r.pick(['Featured Articles', 'Further Reading', 'See Also']));
    d.bullets(featuredList(ctx));
    d.aside([closingLine(ctx)]);
    return title(ctx);
  },
};
