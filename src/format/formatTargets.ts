import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Company } from '../facts/company.js';
import type { Fact } from '../facts/fact.js';
import type { AnalystView } from '../facts/storeQueries.js';
import { dayMoveColour } from './colours.js';
import { companyEmbed } from './companyEmbed.js';
import { factLine, factNote, factValue, type AnswerContext } from './factNote.js';
import { groupByCurrency, linesField } from './fields.js';
import { baseLines, basesFor, firmName, newestFirst, targetLine, upsideNote } from './targetLines.js';

/** What `/targets` needs besides the analysts' view: the current prices (for upside) and day moves (for colour). */
export interface TargetInputs {
  view: AnalystView;
  prices: readonly Fact[];
  dayChanges: readonly Fact[];
}

/** Per currency with two or more targets: the lowest and the highest, with their firms. */
function rangeLines(targets: readonly Fact[]): string[] {
  return groupByCurrency(targets).flatMap((group) => {
    const sorted = [...group].sort((a, b) => Number(a.value) - Number(b.value));
    const [low, high] = [sorted[0], sorted.at(-1)];
    if (!low || !high || sorted.length < 2) return [];
    return [`${low.currency}: ${factValue(low)} (${firmName(low)}) to ${factValue(high)} (${firmName(high)})`];
  });
}

/** Firms that rated the stock without a target of theirs on record. */
function ratingOnlyLines(ratings: readonly Fact[], targets: readonly Fact[], answer: AnswerContext): string[] {
  const firms = new Set(targets.map((t) => t.firm?.trim().toLowerCase()));
  return newestFirst(ratings.filter((r) => !firms.has(r.firm?.trim().toLowerCase()))).map((r) => `${firmName(r)}: rated ${factValue(r)} · ${factNote(r, answer)}`);
}

/**
 * `/targets`: every firm's target newest first with its rating, the average and consensus, the range, and upside
 * computed only against the newest price in the target's own currency, saying which price that is.
 */
export function formatTargets(company: Company, inputs: TargetInputs, answer: AnswerContext): APIEmbed {
  const { view, prices } = inputs;
  const targets = newestFirst(view.priceTargets.current);
  const averages = newestFirst(view.averageTarget.current);
  const bases = basesFor([...targets, ...averages], prices);
  const fields: APIEmbedField[] = [
    ...linesField('Analyst targets', [
      ...targets.map((t) => targetLine(t, view.ratings.current, bases, answer)),
      ...ratingOnlyLines(view.ratings.current, targets, answer),
    ]),
    ...linesField('Average target', averages.map((a) => `${factLine(a, answer)}${upsideNote(a, bases)}`)),
    ...linesField('Consensus', newestFirst(view.consensus.current).map((c) => factLine(c, answer))),
    ...linesField('Range', rangeLines(targets)),
    ...linesField('Upside measured against', bases.size > 0 ? baseLines(company, bases, prices, answer) : []),
    ...linesField('Earlier targets', newestFirst([...view.priceTargets.history, ...view.averageTarget.history]).map((t) => `${t.firm ? `${firmName(t)}: ` : 'Average: '}${factLine(t, answer)}`)),
  ];
  if (fields.length === 0) fields.push({ name: 'Analyst targets', value: 'No analyst targets or ratings in the articles yet.' });
  return companyEmbed(company, answer, { topic: 'Analyst targets', fields, colour: dayMoveColour(inputs.dayChanges) });
}
