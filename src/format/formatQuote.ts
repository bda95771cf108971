import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Company } from '../facts/company.js';
import type { Fact } from '../facts/fact.js';
import type { FactsByKind } from '../facts/storeQueries.js';
import { dayMoveColour } from './colours.js';
import { companyEmbed } from './companyEmbed.js';
import { factLine, type AnswerContext } from './factNote.js';
import { RANGE_LABELS, currentOf, groupByCurrency, kindLines, linesField } from './fields.js';
import { listingLabel } from './listings.js';

/** One inline field per currency: a EUR quote and a USD quote are two listings, never one price. */
function priceFields(company: Company, prices: readonly Fact[], answer: AnswerContext): APIEmbedField[] {
  if (prices.length === 0) return [{ name: 'Price', value: 'No price in the articles yet.' }];
  return groupByCurrency(prices).flatMap((group) =>
    linesField(listingLabel(company, group[0]?.currency ?? ''), group.map((fact) => factLine(fact, answer)), true),
  );
}

/** Volume beside the average, with the ratio only when one article gave both for the same day. */
function volumeLines(facts: FactsByKind, answer: AnswerContext): string[] {
  const lines = kindLines(facts, ['volume', 'avg_volume'], answer);
  const [volume] = currentOf(facts, 'volume');
  const average = currentOf(facts, 'avg_volume').find((a) => volume && a.articleId === volume.articleId && a.asOf === volume.asOf);
  if (volume && average && typeof volume.value === 'number' && typeof average.value === 'number' && average.value > 0) {
    lines.push(`That is ${(volume.value / average.value).toFixed(1)}× the average.`);
  }
  return lines;
}

/**
 * `/quote`: the newest price per listing currency, the moves, 52-week range, volume and market cap, each with
 * its as-of date and source. Coloured by the newest day's move.
 */
export function formatQuote(company: Company, facts: FactsByKind, answer: AnswerContext): APIEmbed {
  const fields: APIEmbedField[] = [
    ...priceFields(company, currentOf(facts, 'price'), answer),
    ...linesField('Changes', kindLines(facts, ['change_pct_1d', 'change_pct_7d', 'change_pct_1m', 'change_pct_ytd', 'change_pct_12m'], answer)),
    ...linesField('52-week range', kindLines(facts, ['high_52w', 'low_52w'], answer, RANGE_LABELS)),
    ...linesField('Volume', volumeLines(facts, answer)),
    ...linesField('Market cap', kindLines(facts, ['market_cap'], answer)),
  ];
  return companyEmbed(company, answer, { topic: 'Quote', fields, colour: dayMoveColour(currentOf(facts, 'change_pct_1d')) });
}
