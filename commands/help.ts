import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { formatHelp, type CommandSummary } from '../src/format/formatHelp.js';
import { facts } from './facts.js';
import { news } from './news.js';
import { quote } from './quote.js';
import { rsi } from './rsi.js';
import { status } from './status.js';
import { targets } from './targets.js';
import { technicals } from './technicals.js';

/** The commands help lists, in the order it lists them; help adds itself last. */
const LISTED: readonly Command[] = [quote, rsi, targets, technicals, news, facts, status];

export const help = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What this bot does, where its data comes from, and how fresh it is')
    .toJSON(),
  async execute(_options, ctx) {
    const health = await ctx.store.health();
    const summaries: CommandSummary[] = [...LISTED, help].map(({ data }) => ({
      name: data.name,
      description: data.description,
      options: (data.options ?? []).map((o) => ({ name: o.name, required: 'required' in o ? o.required === true : false })),
    }));
    return { embeds: [formatHelp(summaries, ctx.config.STALE_AFTER_DAYS, health.newestArticle?.published ?? null)] };
  },
} satisfies Command;
