import { basename } from 'node:path';
import type { APIEmbed } from 'discord.js';
import type { StoreHealth } from '../facts/storeState.js';
import { COLOURS } from './colours.js';
import { discordStamp, formatDay } from './dates.js';
import { inlineText } from './escapeText.js';
import { articleLink } from './sourceLinks.js';
import { joinWithin } from './truncate.js';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function describeNewest(health: StoreHealth): string {
  const newest = health.newestArticle;
  if (!newest) return 'No articles yet.';
  const day = newest.published ? `${formatDay(newest.published)} (${discordStamp(newest.published, 'R')})` : 'undated';
  return `${articleLink(newest, 200)}\npublished ${day}`;
}

function describeFailed(failed: StoreHealth['failed']): string {
  if (failed.length === 0) return 'None';
  // Only the file name: the status is public and the directory layout of the host is nobody's business.
  // No more than this many lines fit a field; the rest are only counted.
  const shown = failed.slice(0, 40);
  const lines = shown.map((f) => `• ${inlineText(basename(f.file), 80)}: ${inlineText(f.error, 120)}`);
  return joinWithin(lines, 1_000, (hidden) => `…and ${hidden} more`, '\n', failed.length - shown.length);
}

/** The store's health as an embed: what it holds, how fresh it is, when it was last filled and what failed. */
export function formatStatus(health: StoreHealth): APIEmbed {
  const lastIngest = health.lastIngest ? `${discordStamp(health.lastIngest, 'f')} (${discordStamp(health.lastIngest, 'R')})` : 'Never';
  return {
    title: 'Fact store status',
    color: health.failed.length > 0 ? COLOURS.down : COLOURS.neutral,
    fields: [
      { name: 'Articles', value: count(health.articles, 'article', 'articles'), inline: true },
      { name: 'Companies with facts', value: `${count(health.companies, 'company', 'companies')} of ${health.knownCompanies.toLocaleString('en-US')} known`, inline: true },
      { name: 'Newest article', value: describeNewest(health) },
      { name: 'Last ingest', value: lastIngest, inline: true },
      { name: `Files that failed (${health.failed.length})`, value: describeFailed(health.failed) },
    ],
    footer: { text: 'Facts come from news articles, not live prices.' },
  };
}
