import { foldFacts } from './companyFacts.js';
import type { Company } from './company.js';
import type { KeyValueStore } from './keyvStore.js';
import { KEYS, type ArticleRecord, type ArticleRef, type CompanyRecord, type FileRecord, type IndexedArticle } from './storeRecords.js';

/**
 * Every way the store's records disagree with each other, one line each (none when consistent): each indexed
 * article fully present with its files and companies, and each company's facts exactly those its articles give.
 */
export async function checkStore(kv: KeyValueStore): Promise<string[]> {
  const index = (await kv.get<IndexedArticle[]>(KEYS.articles)) ?? [];
  const companies = (await kv.get<Company[]>(KEYS.companies)) ?? [];
  const records = new Map<string, ArticleRecord>();
  const problems: string[] = [];
  const articles = await kv.getMany<ArticleRecord>(index.map((entry) => KEYS.article(entry.id)));
  for (const [i, entry] of index.entries()) {
    const record = articles[i];
    if (!record) problems.push(`article ${entry.id} is indexed but has no record`);
    else records.set(entry.id, record);
  }
  const files = index.flatMap((entry) => entry.files.map((file) => [file, entry.id] as const));
  const fileRecords = await kv.getMany<FileRecord>(files.map(([file]) => KEYS.file(file)));
  files.forEach(([file, id], i) => {
    if (fileRecords[i]?.articleId !== id) problems.push(`file ${file} does not point at its article ${id}`);
  });
  const byCompany = new Map<string, string[]>();
  for (const [id, record] of records) {
    const ids = new Set([...record.companies.map((c) => c.id), ...record.facts.map((f) => f.companyId)]);
    for (const companyId of ids) byCompany.set(companyId, [...(byCompany.get(companyId) ?? []), id]);
  }
  const listed = new Set(companies.map((c) => c.id));
  for (const companyId of byCompany.keys()) if (!listed.has(companyId)) problems.push(`company ${companyId} is not indexed`);
  for (const company of companies) problems.push(...(await checkCompany(kv, company.id, byCompany.get(company.id) ?? [], records)));
  return problems;
}

async function checkCompany(kv: KeyValueStore, id: string, articleIds: string[], records: Map<string, ArticleRecord>): Promise<string[]> {
  const [record, list] = await Promise.all([
    kv.get<CompanyRecord>(KEYS.company(id)),
    kv.get<ArticleRef[]>(KEYS.companyArticles(id)),
  ]);
  if (!record || !list) return [`company ${id} is missing its records`];
  const problems: string[] = [];
  if ([...list.map((ref) => ref.id)].sort().join() !== [...articleIds].sort().join()) {
    problems.push(`company ${id} lists other articles than those naming it`);
  }
  const facts = [...articleIds].flatMap((aid) => records.get(aid)?.facts.filter((f) => f.companyId === id) ?? []);
  const expected = foldFacts(facts);
  if (JSON.stringify(expected) !== JSON.stringify({ current: record.current, history: record.history })) {
    problems.push(`company ${id} facts differ from its articles' facts`);
  }
  return problems;
}
