import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Company } from '../facts/company.js';
import { fitReply } from '../discord/limits.js';
import { COLOURS } from './colours.js';
import { discordStamp, formatDay } from './dates.js';
import { plainText } from './escapeText.js';
import { isStale, type AnswerContext } from './factNote.js';
import { ageInDays } from './formatValue.js';
import { companyLabel } from './listings.js';
import { articleLink, safeUrl } from './sourceLinks.js';
import { joinWithin } from './truncate.js';

/** The parts of an answer about one company that differ per command. */
export interface CompanyAnswerParts {
  /** What the answer is about: `Quote`, `RSI (14)`. */
  topic: string;
  fields: APIEmbedField[];
  /** Follows the day's move; neutral when unknown. */
  colour?: number;
  /** Shown after the freshness line. */
  description?: string;
  /** False when the fields already are the sources (news), so the footer only gives the age. */
  listSources?: boolean;
  /** What the freshness is of: `figure` (default) or `article`. */
  noun?: Noun;
}

/** What an answer's freshness is of. */
export type Noun = 'figure' | 'article';

const NOT_LIVE = 'From news articles, not live prices.';
const more = (hidden: number): string => `…and ${hidden} more`;

/** How old the answer's newest figure is, said plainly, and that articles are not live prices. */
export function freshnessLine(answer: AnswerContext, noun: Noun = 'figure'): string {
  const newest = answer.citations.newestAsOf();
  if (answer.citations.count === 0) return `Nothing on this in the articles yet. ${NOT_LIVE}`;
  if (!newest) return `These ${noun}s are undated. ${NOT_LIVE}`;
  const when = `${formatDay(newest)} (${discordStamp(newest, 'R')})`;
  if (!isStale(newest, answer)) return `Newest ${noun} from ${when}. ${NOT_LIVE}`;
  return `⚠️ **Stale:** the newest ${noun} here is from ${when}, more than ${answer.staleAfterDays} days ago. Articles are not live prices.`;
}

/** The footer: every cited article by number, title and date, then the age of the newest figure. */
export function sourcesFooter(answer: AnswerContext, listSources = true, noun: Noun = 'figure'): string {
  const sources = (listSources ? answer.citations.sources() : []).map(({ n, article }) => {
    const day = article.published ? ` (${formatDay(article.published)})` : '';
    return `[${n}] ${plainText(article.title || 'Untitled article', 120)}${day}`;
  });
  const newest = answer.citations.newestAsOf();
  const age = ageInDays(newest, answer.now);
  const ageLine = newest && age !== null
    ? `Newest ${noun} ${formatDay(newest)}, ${age} day${age === 1 ? '' : 's'} old${isStale(newest, answer) ? ` (stale after ${answer.staleAfterDays})` : ''}. ${NOT_LIVE}`
    : NOT_LIVE;
  return sources.length > 0 ? `Sources: ${joinWithin(sources, 1_200, more, ' · ')}\n${ageLine}` : ageLine;
}

/** A field linking the cited articles that have a URL (footers cannot hold links), or none. */
function linksField(answer: AnswerContext): APIEmbedField[] {
  const linked = answer.citations.sources().filter(({ article }) => safeUrl(article.url));
  if (linked.length === 0) return [];
  return [{ name: 'Links', value: joinWithin(linked.map(({ n, article }) => `[${n}] ${articleLink(article, 300)}`), 1_024, more) }];
}

/** An answer about a company as an embed: name and tickers in the title, freshness first, sources in the footer. */
export function companyEmbed(company: Company, answer: AnswerContext, parts: CompanyAnswerParts): APIEmbed {
  const fields = [...parts.fields, ...(parts.listSources === false ? [] : linksField(answer))];
  // fitReply also keeps the 6,000-character total, shedding the last fields (the links) first.
  const fitted = fitReply({ embeds: [{
    title: `${companyLabel(company)} · ${parts.topic}`,
    description: [freshnessLine(answer, parts.noun), parts.description].filter(Boolean).join('\n\n'),
    color: parts.colour ?? COLOURS.neutral,
    fields,
    footer: { text: sourcesFooter(answer, parts.listSources, parts.noun) },
  }] });
  return fitted.embeds?.[0] ?? {};
}
