import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Company } from '../facts/company.js';
import { FACT_KINDS, type Fact } from '../facts/fact.js';
import type { ArticleMeta } from '../facts/storeRecords.js';
import { COLOURS } from './colours.js';
import { companyEmbed, freshnessLine, sourcesFooter } from './companyEmbed.js';
import { discordStamp, formatDay, isoDay } from './dates.js';
import { inlineText } from './escapeText.js';
import { factValue, type AnswerContext } from './factNote.js';
import { KIND_LABELS } from './formatValue.js';
import { fitEmbed } from '../discord/limits.js';
import { safeUrl } from './sourceLinks.js';
import { joinWithin, truncate } from './truncate.js';

/** One article and the facts it gave: about the company asked for, or about every company when none was asked. */
export interface NewsItem {
  article: ArticleMeta;
  facts: readonly Fact[];
}

const KIND_ORDER = new Map(FACT_KINDS.map((kind, i) => [kind, i]));
/** Leaves room in the 6,000 characters of a message for title, description and footer beside ten articles. */
const NEWS_FIELDS_BUDGET = 4_200;

function articleField(item: NewsItem, answer: AnswerContext, maxValue: number, named: boolean): APIEmbedField {
  const { article } = item;
  const day = isoDay(article.published);
  const number = answer.citations.cite({ articleId: article.id, asOf: day });
  const url = safeUrl(article.url);
  const when = article.published && day ? `${formatDay(day)} (${discordStamp(day, 'R')})` : 'Undated';
  const head = `${when}${url ? ` · [read it](${url})` : ''}`;
  const sorted = [...item.facts].sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
  // Across companies the figures are grouped by company, named once: one article often gives a rival's figures too.
  const ordered = named ? [...new Set(sorted.map((f) => f.companyId))].flatMap((id) => sorted.filter((f) => f.companyId === id)) : sorted;
  const facts = ordered.map((f, i) => {
    const lead = named && ordered[i - 1]?.companyId !== f.companyId ? `${inlineText(f.company, 40)}: ` : '';
    return `${lead}${KIND_LABELS[f.kind]}${f.firm ? ` (${inlineText(f.firm, 40)})` : ''} ${factValue(f)}`;
  });
  const body = facts.length > 0 ? joinWithin(facts, Math.max(40, maxValue - head.length - 1), (n) => `and ${n} more`, ' · ') : '';
  return { name: truncate(`${number} ${inlineText(article.title || 'Untitled article', 240)}`, 256), value: truncate(body ? `${head}\n${body}` : head, maxValue) };
}

/**
 * `/news`: the newest articles, each a field with its date, link and the figures it gave about the company, or,
 * across all companies, every figure it gave, grouped under each company's name.
 */
export function formatNews(company: Company | null, items: readonly NewsItem[], answer: AnswerContext): APIEmbed {
  const maxValue = Math.min(1_024, Math.floor(NEWS_FIELDS_BUDGET / Math.max(1, items.length)) - 60);
  const fields = items.map((item) => articleField(item, answer, maxValue, company === null));
  if (fields.length === 0) fields.push({ name: 'No articles', value: company ? 'No article about this company yet.' : 'No articles have been read yet.' });
  if (company) return companyEmbed(company, answer, { topic: 'News', fields, listSources: false, noun: 'article' });
  return fitEmbed({
    title: 'Latest news',
    description: [freshnessLine(answer, 'article'), 'Ask `/news` with a ticker for one company\'s articles.'].join('\n\n'),
    color: COLOURS.neutral,
    fields,
    footer: { text: sourcesFooter(answer, false, 'article') },
  });
}
