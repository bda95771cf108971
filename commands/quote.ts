import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerFor, currentFacts, findCompany, suggestCompanies, tickerOption } from '../src/discord/companyQuery.js';
import { formatQuote } from '../src/format/formatQuote.js';

export const quote = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Newest price per listing, moves, 52-week range, volume and market cap, from the articles')
    .addStringOption((option) => tickerOption(option))
    .toJSON(),
  async execute(options, ctx) {
    const company = findCompany(ctx, options['ticker']);
    const facts = await ctx.store.facts(company.id);
    const answer = await answerFor(ctx, company.id, currentFacts(facts));
    return { embeds: [formatQuote(company, facts, answer)] };
  },
  autocomplete: (focused, ctx) => suggestCompanies(ctx, focused.value),
} satisfies Command;
