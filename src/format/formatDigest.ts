import type { APIEmbed } from 'discord.js';
import type { Reply } from '../discord/command.js';
import { bodyText, citeInOrder, type SummaryBody } from '../summary/formatSummary.js';
import type { SummaryArticle } from '../summary/summaryInput.js';
import { COLOURS } from './colours.js';
import { sourcesFooter } from './companyEmbed.js';
import { discordStamp } from './dates.js';
import { digestCompanyEmbed, type CompanyNews } from './digestCompanyEmbed.js';
import type { AnswerContext } from './factNote.js';
import { companyLabel } from './listings.js';
import { MORE_EMBED_BUDGET, packEmbeds } from './packEmbeds.js';
import { joinWithin } from './truncate.js';

/** A digest is a few messages in a channel, not a flood: the busiest companies first, the rest named at the end. */
export const MAX_DIGEST_MESSAGES = 5;
const TITLE = 'Daily digest';

/** What a digest shows: the window, the summary on top (with its articles), and each company's news. */
export interface DigestContent {
  since: Date;
  /** How many articles are new in the window. */
  articles: number;
  summaryItems: readonly SummaryArticle[];
  body: SummaryBody;
  companies: readonly CompanyNews[];
  /** The digest's clock and citations: one numbering across all its messages. */
  answer: AnswerContext;
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
const sinceText = (since: Date): string => discordStamp(since.toISOString(), 'f');

function headerEmbed(content: DigestContent): APIEmbed {
  const { answer, companies } = content;
  const about = companies.length > 0 ? `, with news about ${plural(companies.length, 'company', 'companies')}` : '';
  const none = companies.length === 0 ? '\n\nNo moves, targets, ratings or RSI extremes in them.' : '';
  const view = { ...answer, citations: answer.citations.only(new Set(content.summaryItems.map((i) => i.article.id)), true) };
  return {
    title: TITLE,
    description: `${plural(content.articles, 'new article')} since ${sinceText(content.since)}${about}.\n\n${bodyText(content.body)}${none}`,
    color: COLOURS.neutral,
    footer: { text: sourcesFooter(view, true, 'article') },
  };
}

function moreEmbed(left: readonly CompanyNews[]): APIEmbed {
  const names = left.map((n) => companyLabel(n.company));
  const list = joinWithin(names, MORE_EMBED_BUDGET - 200, (hidden) => `…and ${hidden} more`, ' · ');
  return {
    title: `${TITLE}: ${plural(left.length, 'more company', 'more companies')}`,
    description: `Left out to keep the digest within ${MAX_DIGEST_MESSAGES} messages; ask \`/news\` about them: ${list}`,
    color: COLOURS.neutral,
  };
}

/**
 * A digest as messages: the summary on top citing its articles as [1], [2], …, then one embed per company citing by
 * the same numbers, spread over messages within Discord's limits; companies beyond MAX_DIGEST_MESSAGES are named.
 */
export function formatDigest(content: DigestContent): Reply[] {
  citeInOrder(content.summaryItems, content.answer);
  const companyEmbeds = content.companies.map((news) => digestCompanyEmbed(news, content.answer));
  return packEmbeds([headerEmbed(content), ...companyEmbeds], {
    maxMessages: MAX_DIGEST_MESSAGES,
    more: (left) => moreEmbed(content.companies.slice(Math.max(0, content.companies.length - left.length))),
  });
}

/** The one short message of a quiet window (posted only when the settings ask for quiet days). */
export function quietDigest(since: Date): Reply {
  return { embeds: [{ title: TITLE, description: `Nothing new in the articles since ${sinceText(since)}.`, color: COLOURS.neutral }] };
}
