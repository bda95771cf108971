import type { SlashCommandStringOption } from 'discord.js';
import type { Company } from '../facts/company.js';
import type { Fact } from '../facts/fact.js';
import type { FactsByKind } from '../facts/storeQueries.js';
import type { ArticleMeta } from '../facts/storeRecords.js';
import { Citations } from '../format/citations.js';
import { plainText } from '../format/escapeText.js';
import { isStale, type AnswerContext } from '../format/factNote.js';
import { formatAmbiguous, formatBadQuery, formatNoMatch } from '../format/formatResolution.js';
import { textLength } from '../format/truncate.js';
import { UserError, type BotContext, type Choice } from './command.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE } from './limits.js';

/** Longer than any company name or ticker; Discord lets a user paste 6,000 characters. */
export const MAX_QUERY_LENGTH = 100;
/** Autocomplete answers with a company id; a typed query is resolved by name and ticker. */
const COMPANY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The `ticker` option of every company command: a ticker, name or alias, with autocomplete. */
export function tickerOption(option: SlashCommandStringOption, required = true): SlashCommandStringOption {
  return option
    .setName('ticker')
    .setDescription('Ticker, company name or alias: BABA, Alibaba, 9988.HK')
    .setRequired(required)
    .setAutocomplete(true)
    .setMaxLength(MAX_QUERY_LENGTH);
}

/** Companies whose names start like the query, trying shorter starts until some match. */
function closestCompanies(ctx: BotContext, query: string): Company[] {
  const points = [...query.trim()];
  for (let length = Math.min(points.length, 6); length >= 2; length--) {
    const found = ctx.store.suggest(points.slice(0, length).join(''), 5);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The one company an option names; a UserError (shown only to the asker) for an empty, overlong, unknown or
 * ambiguous query, naming the closest matches or every candidate.
 */
export function findCompany(ctx: BotContext, raw: unknown): Company {
  const query = typeof raw === 'string' ? raw.trim() : '';
  const length = textLength(query);
  if (length === 0 || length > MAX_QUERY_LENGTH) throw new UserError(formatBadQuery(length, MAX_QUERY_LENGTH));
  const chosen = COMPANY_ID.test(query) ? ctx.store.company(query) : undefined;
  if (chosen) return chosen;
  const { match, companies } = ctx.store.resolve(query);
  const [first] = companies;
  if (match === 'ambiguous') throw new UserError(formatAmbiguous(query, companies));
  if (match === 'none' || !first) throw new UserError(formatNoMatch(query, closestCompanies(ctx, query)));
  return first;
}

/** Autocomplete: up to 25 companies starting like what was typed, named with their tickers, valued by id. */
export function suggestCompanies(ctx: BotContext, typed: string): Choice[] {
  const query = [...typed.trim()].slice(0, MAX_QUERY_LENGTH).join('');
  return ctx.store.suggest(query, MAX_AUTOCOMPLETE_CHOICES).flatMap((company) => {
    const tickers = [...new Set(company.listings.map((l) => l.ticker))].slice(0, 4).join(' · ');
    const name = plainText(`${company.name}${tickers ? ` (${tickers})` : ''}`, MAX_CHOICE_NAME);
    const value = company.id.length <= MAX_CHOICE_VALUE ? company.id : company.listings[0]?.ticker;
    return name && value ? [{ name, value }] : [];
  });
}

/** How many of a company's articles a lookup reads when the facts cite older ones than its newest. */
const MAX_SOURCE_ARTICLES = 1_000;

/**
 * The articles the facts cite, by id. Current facts mostly come from a company's newest articles, so as many of
 * those as there are cited articles are read first; only when some are missing are older ones read too.
 */
export async function loadSources(ctx: BotContext, companyId: string, facts: readonly Fact[]): Promise<Map<string, ArticleMeta>> {
  const wanted = new Set(facts.map((f) => f.articleId));
  if (wanted.size === 0) return new Map();
  let metas = await ctx.store.articles(companyId, wanted.size);
  const found = (): number => metas.filter((m) => wanted.has(m.id)).length;
  if (found() < wanted.size && metas.length === wanted.size) metas = await ctx.store.articles(companyId, MAX_SOURCE_ARTICLES);
  return new Map(metas.filter((m) => wanted.has(m.id)).map((m) => [m.id, m]));
}

/** The context a formatter cites in: the clock, the staleness threshold and the articles behind `facts`. */
export async function answerFor(ctx: BotContext, companyId: string, facts: readonly Fact[]): Promise<AnswerContext> {
  return answerWith(ctx, await loadSources(ctx, companyId, facts), facts);
}

/** The context a formatter cites in, with the articles already at hand. */
export function answerWith(ctx: BotContext, sources: ReadonlyMap<string, ArticleMeta>, facts: readonly Fact[]): AnswerContext {
  const now = ctx.now();
  const staleAfterDays = ctx.config.STALE_AFTER_DAYS;
  return { now, staleAfterDays, citations: new Citations(sources), markStale: facts.some((f) => f.asOf !== null && !isStale(f.asOf, { now, staleAfterDays })) };
}

/** The current facts of every kind, flattened. */
export function currentFacts(facts: FactsByKind): Fact[] {
  return Object.values(facts).flatMap((entry) => entry?.current ?? []);
}

/** Every fact known, current and history, flattened. */
export function allFacts(facts: FactsByKind): Fact[] {
  return Object.values(facts).flatMap((entry) => [...(entry?.current ?? []), ...(entry?.history ?? [])]);
}
