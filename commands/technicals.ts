import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerFor, currentFacts, findCompany, suggestCompanies, tickerOption } from '../src/discord/companyQuery.js';
import { formatTechnicals } from '../src/format/formatTechnicals.js';

export const technicals = {
  data: new SlashCommandBuilder()
    .setName('technicals')
    .setDescription('50- and 200-day averages against the price, 52-week range, support, resistance and RSI')
    .addStringOption((option) => tickerOption(option))
    .toJSON(),
  async execute(options, ctx) {
    const company = findCompany(ctx, options['ticker']);
    const facts = await ctx.store.facts(company.id);
    return { embeds: [formatTechnicals(company, facts, await answerFor(ctx, company.id, currentFacts(facts)))] };
  },
  autocomplete: (focused, ctx) => suggestCompanies(ctx, focused.value),
} satisfies Command;
