import type { GeneratedCompany } from './companies.js';
import type { Market } from './markets.js';
import type { Random } from './random.js';

/** Neutral narrative: sentences that state no fact of any kind, to give articles their bulk. */
interface ProseContext {
  name: string;
  noun: string;
  product: string;
  ceo: string;
  region: string;
  random: Random;
  /** Sentences not yet used in this article: an article repeats none until all are used. */
  deck: Template[];
}

const REGIONS: Record<Market, readonly string[]> = {
  us: ['North America', 'Latin America', 'the US'], de: ['Europe', 'the DACH region', 'Germany'],
  uk: ['Britain', 'the UK and Ireland', 'Europe'], in: ['India', 'South Asia', 'tier-two Indian cities'],
  jp: ['Japan', 'Southeast Asia', 'the Asia-Pacific region'], kr: ['South Korea', 'Southeast Asia', 'North America'],
  ch: ['Switzerland', 'continental Europe', 'the Gulf states'], hk: ['mainland China', 'the Greater Bay Area', 'Hong Kong'],
};

type Template = (c: ProseContext) => string;

const SENTENCES: readonly Template[] = [
  (c) => `${c.name} has spent the past two years reshaping its portfolio around ${c.product}.`,
  (c) => `Management under chief executive ${c.ceo} has promised a leaner cost base and fewer, larger bets.`,
  (c) => `The ${c.noun} argues that demand for ${c.product} in ${c.region} is still in its early innings.`,
  (c) => `Investors have long questioned whether the group can turn its scale into consistent cash generation.`,
  (c) => `Several large customers in ${c.region} reportedly renewed their contracts ahead of schedule.`,
  (c) => `${c.ceo} told analysts on the last call that pricing discipline would take priority over volume.`,
  (c) => `The company also flagged higher spending on research as it prepares a new generation of ${c.product}.`,
  (c) => `Competition remains fierce, with new entrants undercutting established players on price.`,
  (c) => `Supply-chain bottlenecks that weighed on deliveries last year have largely eased.`,
  (c) => `Critics note that the balance sheet leaves little room for a major acquisition in the near term.`,
  (c) => `${c.name} opened a new regional hub in ${c.region} to shorten delivery times for ${c.product}.`,
  (c) => `Observers expect the next strategy update to shed more light on capital allocation.`,
  (c) => `Regulators in ${c.region} are reviewing rules that could reshape the market for ${c.product}.`,
  (c) => `The board has signalled that shareholder returns remain a priority once the investment phase ends.`,
  (c) => `Union negotiations at two plants were concluded without disruption to output.`,
  (c) => `${c.name} describes its order book as healthy, although it no longer publishes the figure quarterly.`,
  (c) => `Some fund managers have trimmed positions, arguing that much of the good news is already priced in.`,
  (c) => `A partnership with a large cloud provider is meant to bring ${c.product} to smaller customers.`,
  (c) => `The ${c.noun} employs more than 12,000 people across 30 countries.`,
  (c) => `Executives plan to present detailed medium-term goals at a capital markets day later this year.`,
  (c) => `Currency swings have clouded the picture, making year-on-year comparisons harder to read.`,
  (c) => `Retail investors have piled into the name, lifting its profile on online trading forums.`,
  (c) => `${c.ceo} has been in charge since the previous chief stepped down after a boardroom dispute.`,
  (c) => `The group still faces litigation over a product recall that dates back several years.`,
  (c) => `Short interest in the stock has fallen steadily since the start of the quarter.`,
  (c) => `Energy and logistics costs remain the biggest swing factors for margins, according to the company.`,
  (c) => `A new plant in ${c.region} is due to start production at the end of next year.`,
  (c) => `${c.name} said it would keep its guidance unchanged despite a softer macroeconomic backdrop.`,
  (c) => `Analysts will be listening closely for comments on pricing and inventory levels.`,
  (c) => `The company recently completed the sale of a non-core division to a private equity buyer.`,
  (c) => `Its largest shareholder, a family foundation, has shown no sign of reducing its stake.`,
  (c) => `Marketing campaigns around ${c.product} were stepped up during the holiday season.`,
  (c) => `The management team reiterated that it sees no need to raise fresh equity.`,
  (c) => `Industry data point to a gradual recovery in orders after a weak first half.`,
  (c) => `Technology upgrades across the ${c.noun}'s sites are expected to take another eighteen months.`,
  (c) => `Whether the recent momentum lasts will depend largely on execution in ${c.region}.`,
];

const HEADINGS: readonly Template[] = [
  (c) => `${c.name} Bets on ${titleCase(c.product)}`, () => 'Strategy Under Scrutiny', () => 'What Comes Next',
  () => 'Chart Picture Improves', () => 'Analysts Weigh In', (c) => `Competition in ${c.region}`,
  () => 'Conclusion: Momentum Meets Skepticism', () => 'Valuation in Focus', () => 'A Turning Point?',
  (c) => `Why ${c.name} Is Moving`, () => 'Risks Remain', () => 'Investors Look Ahead',
];

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (ch) => ch.toUpperCase());
}

export function proseContext(company: GeneratedCompany, random: Random): ProseContext {
  return {
    name: company.short, noun: company.sector.noun, product: random.pick(company.sector.products),
    ceo: company.ceo, region: random.pick(REGIONS[company.market]), random, deck: [],
  };
}

/** `count` neutral sentences, none repeated within an article while unused ones remain. */
export function fillerSentences(c: ProseContext, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (c.deck.length === 0) c.deck = c.random.shuffle(SENTENCES);
    out.push((c.deck.pop() as Template)(c));
  }
  return out;
}

export function heading(c: ProseContext): string {
  return c.random.pick(HEADINGS)(c);
}
