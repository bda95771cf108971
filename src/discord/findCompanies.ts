import type { Company } from '../facts/company.js';
import { UserError, type BotContext } from './command.js';
import { findCompany } from './companyQuery.js';

/** How many companies a digest may be limited to: more than that reads as "all of them". */
export const MAX_DIGEST_COMPANIES = 25;

/** A list as typed: comma-separated (`BABA, Tencent Holdings`), or words when there is no comma (`BABA TCEHY`). */
function splitList(raw: string, byWords: boolean): string[] {
  return raw.split(byWords ? /[\s,;]+/ : /[,;]+/).map((part) => part.trim()).filter(Boolean);
}

const resolveAll = (ctx: BotContext, parts: readonly string[]): Company[] => parts.map((part) => findCompany(ctx, part));

/**
 * The companies a list of tickers, names or aliases names, each resolved like a ticker option, in the order given
 * and without repeats. An unknown or ambiguous entry is refused with the resolver's message naming it.
 */
export function findCompanies(ctx: BotContext, raw: unknown): Company[] {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return [];
  let companies: Company[];
  try {
    companies = resolveAll(ctx, splitList(text, false));
  } catch (error) {
    // "Alibaba Group" is one name, "BABA TCEHY" two tickers: words are tried only when the whole list fails.
    if (/[,;]/.test(text) || !/\s/.test(text)) throw error;
    companies = resolveAll(ctx, splitList(text, true));
  }
  const unique = [...new Map(companies.map((company) => [company.id, company])).values()];
  if (unique.length > MAX_DIGEST_COMPANIES) throw new UserError(`A digest can follow at most ${MAX_DIGEST_COMPANIES} companies; leave tickers empty to follow all of them.`);
  return unique;
}
