import type { Fact } from '../facts/fact.js';
import type { ArticleMeta } from '../facts/storeRecords.js';

/** What an answer needs to know of an article it cites. */
export type CitedArticle = Pick<ArticleMeta, 'id' | 'title' | 'published' | 'url'>;

/**
 * The articles an answer cites, numbered in the order they are first cited (`[1]`, `[2]`), and the newest as-of
 * date among the cited facts: the footer lists the sources and says how old the answer is.
 */
export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly newestByArticle = new Map<string, string>();
  private newest: string | null = null;

  constructor(private readonly articles: ReadonlyMap<string, CitedArticle>) {}

  /** The fact's source as `[n]`, numbering its article on first use. */
  cite(fact: Pick<Fact, 'articleId' | 'asOf'>): string {
    return `[${this.number(fact)}]`;
  }

  /** The fact's source number, numbering its article on first use (the model's tools give it bare). */
  number(fact: Pick<Fact, 'articleId' | 'asOf'>): number {
    if (fact.asOf !== null && (this.newest === null || fact.asOf > this.newest)) this.newest = fact.asOf;
    const known = this.newestByArticle.get(fact.articleId);
    if (fact.asOf !== null && (known === undefined || fact.asOf > known)) this.newestByArticle.set(fact.articleId, fact.asOf);
    let n = this.numbers.get(fact.articleId);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(fact.articleId, n);
    }
    return n;
  }

  /** The cited articles in citation order; an article the store no longer lists is named as unknown. */
  sources(): Array<{ n: number; article: CitedArticle }> {
    return [...this.numbers].map(([id, n]) => ({
      n,
      article: this.articles.get(id) ?? { id, title: 'an article no longer in the store', published: null, url: null },
    }));
  }

  /** The newest as-of date cited, or null when nothing dated was cited. */
  newestAsOf(): string | null {
    return this.newest;
  }

  get count(): number {
    return this.numbers.size;
  }

  /**
   * The same numbers, listing only the given articles: the sources of one page of a long answer. The newest date
   * stays the whole answer's, or with `ownDates` becomes that of these articles' facts (one company of a digest).
   */
  only(articleIds: ReadonlySet<string>, ownDates = false): Citations {
    const view = new Citations(this.articles);
    for (const [id, n] of this.numbers) if (articleIds.has(id)) view.numbers.set(id, n);
    for (const [id, day] of this.newestByArticle) if (articleIds.has(id)) view.newestByArticle.set(id, day);
    view.newest = ownDates ? [...view.newestByArticle.values()].reduce<string | null>((max, d) => (max === null || d > max ? d : max), null) : this.newest;
    return view;
  }
}
