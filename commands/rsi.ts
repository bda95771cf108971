import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerFor, findCompany, suggestCompanies, tickerOption } from '../src/discord/companyQuery.js';
import { currentOf } from '../src/format/fields.js';
import { formatRsi } from '../src/format/formatRsi.js';

export const rsi = {
  data: new SlashCommandBuilder()
    .setName('rsi')
    .setDescription('The 14-day RSI with its date and reading (overbought, oversold, neutral), from the articles')
    .addStringOption((option) => tickerOption(option))
    .toJSON(),
  async execute(options, ctx) {
    const company = findCompany(ctx, options['ticker']);
    const facts = await ctx.store.facts(company.id);
    const cited = [...currentOf(facts, 'rsi_14'), ...(facts.rsi_14?.history ?? [])];
    return { embeds: [formatRsi(company, facts, await answerFor(ctx, company.id, cited))] };
  },
  autocomplete: (focused, ctx) => suggestCompanies(ctx, focused.value),
} satisfies Command;
