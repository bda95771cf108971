import type { FactKind } from '../../src/facts/fact.js';
import type { Amount } from './amounts.js';

/** One gold fact, in the corpus gold format. */
export interface GoldFact {
  company: string;
  kind: FactKind;
  value: number | string;
  currency: string | null;
  firm?: string | null;
  period?: string;
  asOf: string | null;
  /** Verbatim from the article, in every rendering (text, HTML, Markdown). */
  quote: string;
}

export interface GoldCompany {
  name: string;
  tickers: string[];
  aliases: string[];
}

/** A generated article's gold file. */
export interface GoldArticle {
  file: string;
  published: string | null;
  companies: GoldCompany[];
  facts: GoldFact[];
}

/** What a sentence states: the fields of a gold fact other than company, date and quote. */
export interface FactSpec {
  kind: FactKind;
  value: number | string;
  currency: string | null;
  firm?: string;
  period?: string;
}

export const fact = (kind: FactKind, amount: Amount, extra: { firm?: string; period?: string } = {}): FactSpec =>
  ({ kind, value: amount.value, currency: amount.currency, ...extra });

export const ratingFact = (kind: 'analyst_rating' | 'consensus_rating', rating: string, firm?: string): FactSpec =>
  ({ kind, value: rating, currency: null, ...(firm === undefined ? {} : { firm }) });

export type Block =
  | { type: 'p'; text: string }
  | { type: 'h'; text: string }
  | { type: 'ul'; items: string[] }
  /** Advertising or link lists: kept in the article, never a source of facts. */
  | { type: 'aside'; lines: string[] };

/** Collects an article's blocks and the facts its sentences state. */
export class Draft {
  readonly blocks: Block[] = [];
  readonly facts: GoldFact[] = [];
  /** The article's subject first, then any other company a sentence states a fact about. */
  readonly companies: GoldCompany[];

  constructor(
    subject: GoldCompany,
    private readonly asOf: string | null,
  ) {
    this.companies = [subject];
  }

  /** Records each fact about the subject with the sentence as its quote, and returns the sentence. */
  say(sentence: string, ...facts: FactSpec[]): string {
    return this.sayAbout(this.companies[0] as GoldCompany, sentence, ...facts);
  }

  /** The same for another company (a rival's price is a fact about the rival, never about the subject). */
  sayAbout(company: GoldCompany, sentence: string, ...facts: FactSpec[]): string {
    if (facts.length > 0 && !this.companies.some((c) => c.name === company.name)) this.companies.push(company);
    for (const f of facts) this.facts.push({ company: company.name, ...f, asOf: this.asOf, quote: sentence });
    return sentence;
  }

  para(...sentences: string[]): void {
    this.blocks.push({ type: 'p', text: sentences.join(' ') });
  }

  heading(text: string): void {
    this.blocks.push({ type: 'h', text });
  }

  bullets(items: string[]): void {
    this.blocks.push({ type: 'ul', items });
  }

  aside(lines: string[]): void {
    this.blocks.push({ type: 'aside', lines });
  }
}
