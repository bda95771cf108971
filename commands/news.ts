import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerWith, findCompany, suggestCompanies, tickerOption } from '../src/discord/companyQuery.js';
import { formatNews } from '../src/format/formatNews.js';

/** Ten articles fit Discord's 6,000 characters with room for each one's figures. */
const NEWS_ARTICLES = 10;

export const news = {
  data: new SlashCommandBuilder()
    .setName('news')
    .setDescription('The newest articles, for one company or all, with the figures each gave')
    .addStringOption((option) => tickerOption(option, false))
    .toJSON(),
  async execute(options, ctx) {
    const company = options['ticker'] === undefined ? null : findCompany(ctx, options['ticker']);
    const articles = await ctx.store.articles(company?.id, NEWS_ARTICLES);
    // Each article's own record: a company's row keeps only a bounded history, and across companies there is none.
    const perArticle = await ctx.store.articleFacts(articles.map((a) => a.id));
    const items = articles.map((article, i) => ({
      article,
      facts: (perArticle[i] ?? []).filter((f) => !company || f.companyId === company.id),
    }));
    const answer = answerWith(ctx, new Map(articles.map((a) => [a.id, a])), []);
    return { embeds: [formatNews(company, items, answer)] };
  },
  autocomplete: (focused, ctx) => suggestCompanies(ctx, focused.value),
} satisfies Command;
