import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { formatHelp, type CommandGroup, type CommandSummary } from '../src/format/formatHelp.js';
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import { ask } from './ask.js';
import { daily } from './daily.js';
import { facts } from './facts.js';
import { news } from './news.js';
import { quote } from './quote.js';
import { rsi } from './rsi.js';
import { status } from './status.js';
import { summary } from './summary.js';
import { targets } from './targets.js';
import { technicals } from './technicals.js';

/** The commands help lists, by heading, in the order it lists them (a function, as it names help itself). */
const listed = (): ReadonlyArray<{ heading: string; commands: readonly Command[] }> => [
  { heading: 'A company’s figures', commands: [quote, rsi, targets, technicals, facts] },
  { heading: 'The news', commands: [news, summary, ask] },
  { heading: 'About the bot', commands: [status, help] },
  { heading: 'For moderators', commands: [daily] },
];

/** Options as usage shows them; a command made of subcommands reads `/daily <setup|preview|…>`. */
function usageOptions(options: readonly APIApplicationCommandOption[]): CommandSummary['options'] {
  const subcommands = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand).map((o) => o.name);
  if (subcommands.length > 0) return [{ name: `<${subcommands.join('|')}>`, required: true }];
  return options.map((o) => ({ name: o.name, required: 'required' in o ? o.required === true : false }));
}

const summarize = ({ data }: Pick<Command, 'data'>): CommandSummary => ({
  name: data.name,
  description: data.description,
  options: usageOptions(data.options ?? []),
});

export const help = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What this bot does, where its data comes from, and how fresh it is')
    .toJSON(),
  async execute(_options, ctx) {
    const health = await ctx.store.health();
    const groups: CommandGroup[] = listed().map(({ heading, commands }) => ({ heading, commands: commands.map(summarize) }));
    return { embeds: [formatHelp(groups, ctx.config.STALE_AFTER_DAYS, health.newestArticle?.published ?? null)] };
  },
} satisfies Command;
