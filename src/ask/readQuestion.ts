import type { Company } from '../facts/company.js';
import type { FactKind } from '../facts/fact.js';
import { FIRM_NAMES } from '../extract/firms.js';
import { findRatings } from '../extract/rules/ratings.js';
import { ACROSS, STOPWORDS, TOPICS } from './questionWords.js';

/** What a plain-language question asks, as far as words tell: the company, the kinds of fact, a firm, a rating. */
export interface QuestionReading {
  company: Company | null;
  kinds: FactKind[];
  /** A research house named ("what did Jefferies say"), as the firm list writes it. */
  firm: string | null;
  /** A rating word asked about ("a Buy consensus"), lower case. */
  rating: string | null;
  /** True for "which stocks…" questions, answered across companies. */
  across: boolean;
}

/** Finds a company by an exact ticker or name, or null. */
export type CompanyLookup = (text: string) => Company | null;

const WORD = /[\p{L}\p{N}$][\p{L}\p{N}.&'’$-]*/gu;
const MAX_SPAN = 4;

function words(question: string): string[] {
  return [...question.matchAll(WORD)].map((m) => m[0].replace(/^\$/, '').replace(/['’]s$/i, '').replace(/[.'’-]+$/, ''));
}

/** A lone word may be a company when written like a ticker (BABA, 9988.HK) or as a name of four letters or more. */
function couldBeCompany(span: readonly string[]): boolean {
  if (span.every((w) => STOPWORDS.has(w.toLowerCase()))) return false;
  const [only] = span;
  if (span.length > 1 || only === undefined) return true;
  return /^[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?$/.test(only) ? !STOPWORDS.has(only.toLowerCase()) : only.length >= 4;
}

/** The company a question names: the longest run of words that is exactly a ticker or name, firms last. */
export function findQuestionCompany(question: string, lookup: CompanyLookup): Company | null {
  const list = words(question);
  let firmNamed: Company | null = null;
  for (let size = Math.min(MAX_SPAN, list.length); size >= 1; size--) {
    for (let start = 0; start + size <= list.length; start++) {
      const span = list.slice(start, start + size);
      if (!couldBeCompany(span)) continue;
      const text = span.join(' ');
      const company = lookup(text);
      if (!company) continue;
      // "What did Jefferies say about Alibaba": the research house is not what is asked about.
      if (FIRM_NAMES.some((firm) => firm.toLowerCase() === text.toLowerCase())) firmNamed ??= company;
      else return company;
    }
  }
  return firmNamed;
}

function findFirm(question: string): string | null {
  const lower = question.toLowerCase();
  return FIRM_NAMES.find((firm) => new RegExp(`\\b${firm.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower)) ?? null;
}

/** Reads a question by its words: no model, so only the common shapes are understood. */
export function readQuestion(question: string, lookup: CompanyLookup): QuestionReading {
  const company = findQuestionCompany(question, lookup);
  const kinds = [...new Set(TOPICS.flatMap(([words, kinds]) => (words.test(question) ? kinds : [])))];
  // Rating words are capitalised in the question ("a Buy consensus") only when meant as ratings.
  const rating = findRatings(question.replace(/\b(buy|sell|hold)\b/gi, (w) => `"${w}"`))[0]?.text.toLowerCase() ?? null;
  const firm = findFirm(question);
  const across = company === null && ACROSS.test(question);
  return { company, kinds: rating && kinds.length === 0 ? ['consensus_rating', 'analyst_rating'] : kinds, firm: company?.name === firm ? null : firm, rating, across };
}
