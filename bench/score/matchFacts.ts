import type { GoldArticle, GoldCompany, GoldFact } from '../corpus/draft.js';

/**
 * The matching rules of the shared corpus's score.mjs, re-implemented so the generated corpus is scored the same
 * way: kind, value within 0.1%, currency when gold has one, firm for firm kinds, company by name, alias or ticker.
 */
export interface PredictedFact {
  kind: string;
  value: number | string;
  currency: string | null;
  firm?: string | null;
  company?: string | null;
  ticker?: string | null;
}

const FIRM_KINDS = new Set(['price_target', 'analyst_rating']);
const SUFFIXES = /\b(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|ag|se|sa|nv|n\.v|group|holdings?|the|class [ab]|adr|kgaa|spa|asa|ab|oyj|bhd|berhad|llc|lp)\b/g;

export function normalizeForScore(text: unknown): string {
  return String(text ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’'`´]s\b/g, '').replace(SUFFIXES, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

function tickerForms(ticker: string): string[] {
  const lower = ticker.toLowerCase();
  const bare = lower.replace(/^[a-z]+:/, '').replace(/\.[a-z]+$/, '');
  return [lower.replace(/[^a-z0-9]/g, ''), bare.replace(/[^a-z0-9]/g, '')];
}

export function companyMatches(fact: PredictedFact, gold: GoldCompany): boolean {
  const names = [gold.name, ...gold.aliases].map(normalizeForScore).filter(Boolean);
  const tickers = new Set(gold.tickers.flatMap(tickerForms));
  if (fact.ticker && tickerForms(fact.ticker).some((t) => tickers.has(t))) return true;
  if (!fact.company) return false;
  const candidate = normalizeForScore(fact.company);
  if (tickerForms(candidate).some((t) => tickers.has(t))) return true;
  return names.some((n) => candidate === n || (candidate.length >= 4 && n.length >= 4 && (candidate.startsWith(n) || n.startsWith(candidate))));
}

export function valueMatches(predicted: number | string, gold: number | string): boolean {
  if (typeof gold === 'number') {
    const v = typeof predicted === 'string' ? Number(predicted.replace(/,/g, '')) : predicted;
    return Number.isFinite(v) && Math.abs(v - gold) <= Math.max(0.006, Math.abs(gold) * 0.001);
  }
  return normalizeForScore(predicted) === normalizeForScore(gold);
}

function firmMatches(predicted: string | null | undefined, gold: string | null | undefined): boolean {
  if (gold == null) return true;
  const a = normalizeForScore(predicted);
  const b = normalizeForScore(gold);
  return a.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

export function factMatches(p: PredictedFact, g: GoldFact, company: GoldCompany): boolean {
  return p.kind === g.kind && valueMatches(p.value, g.value)
    && (g.currency == null || String(p.currency ?? '').toUpperCase() === g.currency)
    && (!FIRM_KINDS.has(g.kind) || firmMatches(p.firm, g.firm))
    && companyMatches(p, company);
}

/** Outcome of one article: hits per gold fact, and the predictions no gold fact claimed. */
export interface ArticleScore {
  hits: GoldFact[];
  misses: GoldFact[];
  extras: PredictedFact[];
}

/** Greedy one-to-one matching in gold order, as score.mjs does; `predicted` is already limited to scored kinds. */
export function scoreArticle(gold: GoldArticle, predicted: readonly PredictedFact[]): ArticleScore {
  const used = new Set<number>();
  const hits: GoldFact[] = [];
  const misses: GoldFact[] = [];
  for (const g of gold.facts) {
    const company = gold.companies.find((c) => c.name === g.company) ?? { name: g.company, tickers: [], aliases: [] };
    const i = predicted.findIndex((p, j) => !used.has(j) && factMatches(p, g, company));
    if (i >= 0) {
      used.add(i);
      hits.push(g);
    } else misses.push(g);
  }
  return { hits, misses, extras: predicted.filter((_, j) => !used.has(j)) };
}
