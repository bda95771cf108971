import type { FactKind } from './fact.js';
import type { KeyValueStore } from './keyvStore.js';
import type { LatestFacts } from './selectLatest.js';
import { KEYS, type ArticleMeta, type ArticleRecord, type ArticleRef, type CompanyRecord } from './storeRecords.js';

/** What a company's analysts say: targets per firm, the average target, the consensus and per-firm ratings. */
export interface AnalystView {
  priceTargets: LatestFacts;
  averageTarget: LatestFacts;
  consensus: LatestFacts;
  ratings: LatestFacts;
}

export type FactsByKind = Partial<Record<FactKind, LatestFacts>>;

const EMPTY: LatestFacts = { current: [], history: [] };

/** A company's current facts and kept history: one row. */
export async function readCompanyFacts(kv: KeyValueStore, companyId: string): Promise<LatestFacts> {
  const record = await kv.get<CompanyRecord>(KEYS.company(companyId));
  return record ? { current: record.current, history: record.history } : EMPTY;
}

export function ofKind(facts: LatestFacts, kind: FactKind): LatestFacts {
  return { current: facts.current.filter((f) => f.kind === kind), history: facts.history.filter((f) => f.kind === kind) };
}

export function groupByKind(facts: LatestFacts): FactsByKind {
  const grouped: FactsByKind = {};
  for (const [part, list] of [['current', facts.current], ['history', facts.history]] as const) {
    for (const fact of list) {
      const entry = (grouped[fact.kind] ??= { current: [], history: [] });
      entry[part].push(fact);
    }
  }
  return grouped;
}

export function analystView(facts: LatestFacts): AnalystView {
  return {
    priceTargets: ofKind(facts, 'price_target'),
    averageTarget: ofKind(facts, 'price_target_avg'),
    consensus: ofKind(facts, 'consensus_rating'),
    ratings: ofKind(facts, 'analyst_rating'),
  };
}

/** The stored descriptions of the first `limit` articles of a newest-first list. */
export async function readArticleMetas(kv: KeyValueStore, refs: readonly ArticleRef[], limit: number): Promise<ArticleMeta[]> {
  const wanted = refs.slice(0, Math.max(0, limit));
  if (wanted.length === 0) return [];
  const records = await kv.getMany<ArticleRecord>(wanted.map((ref) => KEYS.article(ref.id)));
  return records.flatMap((record) => (record ? [record.meta] : []));
}
