import type { APIEmbed } from 'discord.js';
import { COLOURS } from './colours.js';
import { discordStamp, formatDay } from './dates.js';
import { joinWithin } from './truncate.js';

/** A command as help lists it. */
export interface CommandSummary {
  name: string;
  description: string;
  /** Its options, as `ticker` or `[ticker]` when optional. */
  options?: ReadonlyArray<{ name: string; required?: boolean }>;
}

/** Commands listed under one heading (a field of at most 1,024 characters). */
export interface CommandGroup {
  heading: string;
  commands: readonly CommandSummary[];
}

function usage(command: CommandSummary): string {
  const options = (command.options ?? []).map((o) => (o.required ? o.name : `[${o.name}]`));
  return `\`/${[command.name, ...options].join(' ')}\` — ${command.description}`;
}

/**
 * What the bot does, where its data comes from and how fresh it is (`newestPublished`: the newest article's date,
 * or null when the store is empty), and that nothing here is financial advice.
 */
export function formatHelp(groups: readonly CommandGroup[], staleAfterDays: number, newestPublished: string | null): APIEmbed {
  const freshness = newestPublished
    ? `The newest article is from ${formatDay(newestPublished)} (${discordStamp(newestPublished, 'R')}).`
    : 'No articles have been read yet.';
  return {
    title: 'stockfacts: stock facts from the news, with sources',
    color: COLOURS.neutral,
    description: [
      'Ask about a company by ticker, name or alias (`BABA`, `Alibaba`, `9988.HK`). Every answer shows the figures',
      'news articles reported, each with its date and the article it came from.',
    ].join(' '),
    fields: [
      ...groups.map((group) => ({ name: group.heading, value: joinWithin(group.commands.map(usage), 1_024, (n) => `…and ${n} more: see the command list`) })),
      {
        name: 'Where the data comes from',
        value: [
          'Figures are read from news articles by fixed rules: nothing is estimated, and no AI writes the numbers.',
          `They are as old as the articles: not live prices. Facts older than ${staleAfterDays} day${staleAfterDays === 1 ? '' : 's'} are marked stale.`,
          freshness,
        ].join('\n'),
      },
      { name: 'Not financial advice', value: 'This bot repeats what articles reported. Check a live source before acting on any of it.' },
    ],
    footer: { text: 'Prices, targets and ratings are quoted in the currency the article gave; they are never converted.' },
  };
}
