import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerFor, currentFacts, findCompany, suggestCompanies, tickerOption } from '../src/discord/companyQuery.js';
import type { FactsByKind } from '../src/facts/storeQueries.js';
import { currentOf } from '../src/format/fields.js';
import { formatTargets } from '../src/format/formatTargets.js';

const EMPTY = { current: [], history: [] };

/** The analysts' view out of the one company read the other commands make (what `store.targets` would read again). */
function analystsOf(facts: FactsByKind) {
  return {
    priceTargets: facts.price_target ?? EMPTY,
    averageTarget: facts.price_target_avg ?? EMPTY,
    consensus: facts.consensus_rating ?? EMPTY,
    ratings: facts.analyst_rating ?? EMPTY,
  };
}

export const targets = {
  data: new SlashCommandBuilder()
    .setName('targets')
    .setDescription('Analyst price targets and ratings, newest first, with upside against the same-currency price')
    .addStringOption((option) => tickerOption(option))
    .toJSON(),
  async execute(options, ctx) {
    const company = findCompany(ctx, options['ticker']);
    const facts = await ctx.store.facts(company.id);
    const view = analystsOf(facts);
    const cited = [...currentFacts(facts), ...view.priceTargets.history, ...view.averageTarget.history];
    const inputs = { view, prices: currentOf(facts, 'price'), dayChanges: currentOf(facts, 'change_pct_1d') };
    return { embeds: [formatTargets(company, inputs, await answerFor(ctx, company.id, cited))] };
  },
  autocomplete: (focused, ctx) => suggestCompanies(ctx, focused.value),
} satisfies Command;
