import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerWith, findCompany, suggestCompanies, tickerOption } from '../src/discord/companyQuery.js';
import { formatSummary } from '../src/summary/formatSummary.js';
import { summaryBody } from '../src/summary/summaryBody.js';
import { loadSummaryInput } from '../src/summary/summaryInput.js';

const MAX_DAYS = 365;

export const summary = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('A few bullets on the newest articles about a company, each citing its article')
    .addStringOption((option) => tickerOption(option))
    .addIntegerOption((option) =>
      option.setName('days').setDescription('Only articles from the last this many days').setMinValue(1).setMaxValue(MAX_DAYS))
    .toJSON(),
  // A model call can take seconds: the router defers first.
  slow: true,
  async execute(options, ctx, invoker) {
    const company = findCompany(ctx, options['ticker']);
    const raw = options['days'];
    const days = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(MAX_DAYS, Math.max(1, Math.trunc(raw))) : undefined;
    const items = await loadSummaryInput(ctx.store, company.id, days, ctx.now());
    const body = await summaryBody(ctx, invoker, company, items);
    const answer = answerWith(ctx, new Map(items.map((i) => [i.article.id, i.article])), items.flatMap((i) => i.facts));
    return { embeds: [formatSummary(company, items, body, answer, days)] };
  },
  autocomplete: (focused, ctx) => suggestCompanies(ctx, focused.value),
} satisfies Command;
