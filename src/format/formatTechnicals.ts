import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Company } from '../facts/company.js';
import type { Fact, FactKind } from '../facts/fact.js';
import type { FactsByKind } from '../facts/storeQueries.js';
import { dayMoveColour } from './colours.js';
import { comparablePrice, percentFrom } from './comparePrices.js';
import { companyEmbed } from './companyEmbed.js';
import { factLine, factNote, factValue, type AnswerContext } from './factNote.js';
import { RANGE_LABELS, currentOf, groupByCurrency, kindLines, linesField } from './fields.js';
import { rsiLine } from './formatRsi.js';

/** Where the newest same-currency price stands against a level: `Price **$155.74** (as of … [2]) is 3.8% above it.` */
function priceAgainst(level: Fact, prices: readonly Fact[], answer: AnswerContext): string | null {
  if (!level.currency) return null;
  const base = comparablePrice(prices, level.currency);
  if (!('price' in base)) return null;
  const percent = percentFrom(level, base.price);
  if (percent === null) return null;
  const rounded = Math.round(Math.abs(percent) * 10) / 10;
  const where = rounded === 0 ? 'at it' : `${rounded.toFixed(1)}% ${percent > 0 ? 'above' : 'below'} it`;
  return `Price ${factValue(base.price)} (${factNote(base.price, answer)}) is ${where}.`;
}

/** A moving average per currency, each followed by where the price of that currency stands against it. */
function averageLines(facts: FactsByKind, kind: FactKind, answer: AnswerContext): string[] {
  const prices = currentOf(facts, 'price');
  return groupByCurrency(currentOf(facts, kind)).flat().flatMap((level) => {
    const against = priceAgainst(level, prices, answer);
    return against ? [factLine(level, answer), against] : [factLine(level, answer)];
  });
}

/** `/technicals`: 50- and 200-day averages with the price against them (same currency only), range, levels, RSI. */
export function formatTechnicals(company: Company, facts: FactsByKind, answer: AnswerContext): APIEmbed {
  const fields: APIEmbedField[] = [
    ...linesField('50-day average', averageLines(facts, 'sma_50', answer)),
    ...linesField('200-day average', averageLines(facts, 'sma_200', answer)),
    ...linesField('52-week range', kindLines(facts, ['high_52w', 'low_52w'], answer, RANGE_LABELS)),
    ...linesField('Support', kindLines(facts, ['support_level'], answer, { support_level: '' }), true),
    ...linesField('Resistance', kindLines(facts, ['resistance_level'], answer, { resistance_level: '' }), true),
    ...linesField('RSI (14)', currentOf(facts, 'rsi_14').map((fact) => rsiLine(fact, answer))),
  ];
  if (fields.length === 0) fields.push({ name: 'Technicals', value: 'No moving averages, ranges, levels or RSI in the articles yet.' });
  return companyEmbed(company, answer, { topic: 'Technicals', fields, colour: dayMoveColour(currentOf(facts, 'change_pct_1d')) });
}
