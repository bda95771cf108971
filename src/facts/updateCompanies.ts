import { addFacts, foldFacts } from './companyFacts.js';
import type { Company } from './company.js';
import type { Fact } from './fact.js';
import { mergeCompany } from './mergeCompany.js';
import type { PendingWrites } from './pendingWrites.js';
import type { LatestFacts } from './selectLatest.js';
import { KEYS, type ArticleRecord, type ArticleRef, type CompanyRecord } from './storeRecords.js';

/** What one write did to companies: their article lists (already updated), facts added, companies to rebuild. */
export interface CompanyChanges {
  lists: ReadonlyMap<string, ArticleRef[]>;
  added: ReadonlyMap<string, { facts: Fact[]; companies: Company[] }>;
  /** Companies that lost an article: rebuilt from their remaining articles, as history may need refilling. */
  rebuild: ReadonlySet<string>;
}

/**
 * Rewrites the records of every touched company. Returns each one's company as now stored, or null for a company
 * left without articles (its records are deleted: a fresh ingest of the same articles would not have it).
 */
export async function updateCompanies(writes: PendingWrites, changes: CompanyChanges): Promise<Map<string, Company | null>> {
  const ids = [...changes.lists.keys()];
  const records = await writes.getMany<CompanyRecord>(ids.map(KEYS.company));
  const result = new Map<string, Company | null>();
  for (const [i, id] of ids.entries()) {
    const list = changes.lists.get(id) ?? [];
    if (list.length === 0) {
      for (const key of [KEYS.company(id), KEYS.companyArticles(id)]) writes.delete(key);
      result.set(id, null);
      continue;
    }
    const updated = changes.rebuild.has(id)
      ? await rebuildCompany(writes, id, list)
      : addToCompany(records[i], changes.added.get(id));
    if (!updated) throw new Error(`Store inconsistency: company ${id} has articles but no description.`);
    writes.set(KEYS.company(id), { company: updated.company, ...updated.facts } satisfies CompanyRecord);
    writes.set(KEYS.companyArticles(id), list);
    result.set(id, updated.company);
  }
  return result;
}

interface CompanyState {
  company: Company;
  facts: LatestFacts;
}

function addToCompany(
  record: CompanyRecord | undefined,
  added: { facts: Fact[]; companies: Company[] } | undefined,
): CompanyState | undefined {
  const company = [...(record ? [record.company] : []), ...(added?.companies ?? [])].reduce<Company | undefined>(
    (merged, next) => (merged ? mergeCompany(merged, next) : next),
    undefined,
  );
  if (!company) return undefined;
  const facts = addFacts(record ?? { current: [], history: [] }, added?.facts ?? []);
  return { company, facts };
}

async function rebuildCompany(writes: PendingWrites, id: string, list: ArticleRef[]): Promise<CompanyState | undefined> {
  const articles = await writes.getMany<ArticleRecord>(list.map((ref) => KEYS.article(ref.id)));
  const descriptions = articles.flatMap((article) => article?.companies.filter((c) => c.id === id) ?? []);
  const company = descriptions.reduce<Company | undefined>((merged, next) => (merged ? mergeCompany(merged, next) : next), undefined);
  if (!company) return undefined;
  const facts = foldFacts(articles.flatMap((article) => article?.facts.filter((fact) => fact.companyId === id) ?? []));
  return { company, facts };
}
