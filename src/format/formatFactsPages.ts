import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Company } from '../facts/company.js';
import type { Fact, FactKind } from '../facts/fact.js';
import type { FactsByKind } from '../facts/storeQueries.js';
import { MAX_FIELD_VALUE } from '../discord/limits.js';
import { dayMoveColour } from './colours.js';
import { companyEmbed } from './companyEmbed.js';
import { inlineText } from './escapeText.js';
import { factLine, type AnswerContext } from './factNote.js';
import { currentOf, groupByCurrency } from './fields.js';
import { KIND_LABELS } from './formatValue.js';
import { textLength, truncate } from './truncate.js';

/** Every fact kind under the topic `/facts` groups it in. */
export const FACT_TOPICS: ReadonlyArray<{ name: string; kinds: readonly FactKind[] }> = [
  { name: 'Price and moves', kinds: ['price', 'change_pct_1d', 'change_pct_7d', 'change_pct_1m', 'change_pct_ytd', 'change_pct_12m'] },
  { name: '52-week range', kinds: ['high_52w', 'low_52w'] },
  { name: 'Volume', kinds: ['volume', 'avg_volume'] },
  { name: 'Technicals', kinds: ['rsi_14', 'sma_50', 'sma_200', 'support_level', 'resistance_level'] },
  { name: 'Analysts', kinds: ['price_target', 'price_target_avg', 'consensus_rating', 'analyst_rating'] },
  { name: 'Fundamentals', kinds: ['pe_ratio', 'market_cap', 'dividend_yield', 'revenue', 'revenue_growth_pct', 'eps'] },
];

/** Field characters per page: with the title, description, footer and links, a page stays under 6,000. */
const PAGE_FIELDS_BUDGET = 2_800;

interface Entry {
  topic: string;
  line: string;
  articleId: string;
}

interface Page {
  fields: APIEmbedField[];
  articleIds: Set<string>;
}

function label(fact: Fact, earlier: boolean): string {
  const firm = fact.firm ? ` (${inlineText(fact.firm, 60)})` : '';
  const period = fact.period ? ` ${inlineText(fact.period, 20)}` : '';
  return `${earlier ? 'Earlier ' : ''}${KIND_LABELS[fact.kind]}${firm}${period}:`;
}

/** One line per fact, current before history, topic by topic; each cites its article. */
function factEntries(facts: FactsByKind, answer: AnswerContext): Entry[] {
  return FACT_TOPICS.flatMap(({ name, kinds }) =>
    kinds.flatMap((kind) => [
      ...groupByCurrency(currentOf(facts, kind)).flat().map((fact) => ({ fact, earlier: false })),
      ...(facts[kind]?.history ?? []).map((fact) => ({ fact, earlier: true })),
    ]).map(({ fact, earlier }) => ({ topic: name, line: truncate(factLine(fact, answer, label(fact, earlier)), 300), articleId: fact.articleId })),
  );
}

/** Lines packed into fields of at most 1,024 characters and pages of PAGE_FIELDS_BUDGET; a topic split over fields continues as `(cont.)`. */
function paginate(entries: readonly Entry[]): Page[] {
  const pages: Page[] = [];
  let page: Page = { fields: [], articleIds: new Set() };
  let used = 0;
  for (const entry of entries) {
    const cost = textLength(entry.line) + 1;
    if (used + cost > PAGE_FIELDS_BUDGET && page.fields.length > 0) {
      pages.push(page);
      page = { fields: [], articleIds: new Set() };
      used = 0;
    }
    const field = page.fields.at(-1);
    const sameTopic = field?.name.replace(/ \(cont\.\)$/, '') === entry.topic;
    if (field && sameTopic && textLength(field.value) + cost <= MAX_FIELD_VALUE) {
      field.value += `\n${entry.line}`;
    } else {
      const seen = pages.some((p) => p.fields.some((f) => f.name.startsWith(entry.topic))) || sameTopic;
      page.fields.push({ name: seen ? `${entry.topic} (cont.)` : entry.topic, value: entry.line });
      used += textLength(entry.topic) + 8;
    }
    page.articleIds.add(entry.articleId);
    used += cost;
  }
  return page.fields.length > 0 ? [...pages, page] : pages;
}

/**
 * `/facts`: everything known about a company, grouped by topic, every line dated and cited, split into pages that
 * each fit one message; each page's footer lists the sources it cites (numbered across all pages).
 */
export function formatFactsPages(company: Company, facts: FactsByKind, answer: AnswerContext): APIEmbed[] {
  const pages = paginate(factEntries(facts, answer));
  const colour = dayMoveColour(currentOf(facts, 'change_pct_1d'));
  if (pages.length === 0) return [companyEmbed(company, answer, { topic: 'Everything known', fields: [], colour })];
  return pages.map((page, i) =>
    companyEmbed(company, { ...answer, citations: answer.citations.only(page.articleIds) }, {
      topic: 'Everything known',
      fields: page.fields,
      colour,
      description: pages.length > 1 ? `Page ${i + 1} of ${pages.length}.` : undefined,
    }),
  );
}
