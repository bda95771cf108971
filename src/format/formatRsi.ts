import type { APIEmbed } from 'discord.js';
import type { Company } from '../facts/company.js';
import type { Fact } from '../facts/fact.js';
import type { FactsByKind } from '../facts/storeQueries.js';
import { dayMoveColour } from './colours.js';
import { companyEmbed } from './companyEmbed.js';
import { factNote, factValue, type AnswerContext } from './factNote.js';
import { currentOf, linesField } from './fields.js';

/** The conventional reading of a 14-day RSI. */
export type RsiReading = 'overbought' | 'oversold' | 'neutral';

/** The conventional thresholds: at or above 70 overbought, at or below 30 oversold. */
export const RSI_OVERBOUGHT = 70;
export const RSI_OVERSOLD = 30;

/** How a reading is conventionally read. */
export function rsiReading(value: number): RsiReading {
  return value >= RSI_OVERBOUGHT ? 'overbought' : value <= RSI_OVERSOLD ? 'oversold' : 'neutral';
}

/** `**29.4** — oversold · as of 14 Jan 2026 [1]`. */
export function rsiLine(fact: Fact, answer: AnswerContext): string {
  const reading = typeof fact.value === 'number' ? ` — ${rsiReading(fact.value)}` : '';
  return `${factValue(fact)}${reading} · ${factNote(fact, answer)}`;
}

const HOW_TO_READ = `An RSI of ${RSI_OVERBOUGHT} or more reads as overbought, ${RSI_OVERSOLD} or less as oversold, anything between as neutral.`;

/** `/rsi`: the newest 14-day RSI with its reading and date, and earlier readings when articles gave several. */
export function formatRsi(company: Company, facts: FactsByKind, answer: AnswerContext): APIEmbed {
  const current = currentOf(facts, 'rsi_14');
  const fields = current.length > 0
    ? [
        ...linesField('RSI (14)', current.map((fact) => rsiLine(fact, answer))),
        ...linesField('Earlier readings', (facts.rsi_14?.history ?? []).map((fact) => rsiLine(fact, answer))),
      ]
    : [{ name: 'RSI (14)', value: 'No RSI in the articles yet.' }];
  return companyEmbed(company, answer, {
    topic: 'RSI (14)',
    fields,
    colour: dayMoveColour(currentOf(facts, 'change_pct_1d')),
    description: HOW_TO_READ,
  });
}
