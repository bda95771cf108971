import type { Company, Listing } from '../facts/company.js';
import { type CompanyIndex, WORD_PATTERN, addCompany, emptyIndex, normalizeWord } from './companyIndex.js';
import { learnedCompany } from './discoverCompanies.js';
import { type Mention, type TickerRef, type Token, NOT_TICKERS, companyFromTicker, capitalTokens, continuedByName, findBareTickers, findNames, findTickerRefs, growsIntoOther, nameBefore } from './mentions.js';

/**
 * "Toyota Tsusho", "Hyundai AutoEver": a name whose known start, its first word, another capitalised word (not one of
 * a name's generic words) continues. Mentions read it as another company (see findNames), so it is learned.
 */
function outgrowsWord(name: string): boolean {
  const space = name.indexOf(' ');
  // "Shell's New York-listed ADRs" is Shell's, whatever follows the possessive.
  return space > 0 && !/['’]s?$/.test(name.slice(0, space)) && continuedByName(name, space);
}

/** The companies one article speaks of: registry entries it names, and companies it introduces by ticker. */
export class ArticleCompanies {
  /** Companies the article introduces that the registry lacks: made on the first, as most articles introduce none. */
  private local: CompanyIndex | null = null;
  /** The indexes names are looked up in, the registry's before the article's own. */
  private indexes: CompanyIndex[];
  /** Listings the article itself states, per company id: they settle `$` before the registry does. */
  readonly stated = new Map<string, Listing[]>();
  readonly seen = new Map<string, { company: Company; count: number; first: number }>();
  private readonly bare = new Map<string, Company>();
  /** Tickers already resolved in this article, by `exchange:ticker`: resolving reads the words before them. */
  private readonly resolved = new Map<string, Company>();
  private order = 0;

  constructor(private readonly registry: CompanyIndex) {
    this.indexes = [registry];
  }

  private introduce(company: Company): void {
    if (!this.local) {
      this.local = emptyIndex();
      this.indexes = [this.registry, this.local];
    }
    addCompany(this.local, company);
  }

  /** Resolves an exchange-qualified ticker to a registry company, else introduces the company the text names. */
  resolveTicker(ref: TickerRef, sentence: string): Company {
    const cached = this.resolved.get(`${ref.exchange}:${ref.ticker}`);
    if (cached) return cached;
    const known = (this.registry.byTicker.get(ref.ticker) ?? []).concat(this.local?.byTicker.get(ref.ticker) ?? []);
    const sameMarket = known.filter((c) => c.listings.some((l) => l.ticker === ref.ticker && (l.exchange === ref.exchange || l.currency === ref.currency)));
    const name = nameBefore(sentence, openingBracket(sentence, ref.start));
    const byName = name ? this.lookupName(name) : undefined;
    const company = sameMarket[0] ?? byName ?? companyFromTicker(ref, name);
    if (!sameMarket[0] && !byName) this.introduce(company);
    const listing: Listing = { ticker: ref.ticker, exchange: ref.exchange, currency: ref.currency ?? 'USD' };
    const stated = this.stated.get(company.id) ?? [];
    if (!stated.some((l) => l.ticker === listing.ticker && l.exchange === listing.exchange)) stated.push(listing);
    this.stated.set(company.id, stated);
    this.resolved.set(`${ref.exchange}:${ref.ticker}`, company);
    return company;
  }

  /** Resolves the exchange-qualified tickers of a sentence ahead of reading it, so the body's naming wins. */
  resolveTickers(sentence: string): void {
    for (const ref of findTickerRefs(sentence)) this.resolveTicker(ref, sentence);
  }

  /**
   * Adds companies the registry lacks that the article names by a legal suffix or as the subject of a share move,
   * unless `isHouse` says the name is a research house's.
   */
  learn(names: readonly string[], isHouse: (name: string) => boolean): void {
    for (const name of names) {
      if (this.knows(name) || isHouse(name)) continue;
      this.introduce(learnedCompany(name));
    }
  }

  /** Whether a name is a company already known: its known start is all of it, or more than its first word. */
  knows(name: string): boolean {
    const known = this.longestKnown(name);
    if (known === undefined) return false;
    if (known.words !== 1) return true;
    const space = name.indexOf(' ');
    return !outgrowsWord(name) && !(space > 0 && growsIntoOther(known.company, name.slice(0, space), name.slice(space, space + 20)));
  }

  /** The company named by the longest known start of `name`, the registry's before the article's own. */
  lookupName(name: string): Company | undefined {
    return this.longestKnown(name)?.company;
  }

  private longestKnown(name: string): { company: Company; words: number } | undefined {
    for (const index of this.indexes) {
      let found: { company: Company; words: number } | undefined;
      let key = '';
      let words = 0;
      NAME_WORD.lastIndex = 0;
      // A start that no longer continues any known name cannot grow into one: stop reading there.
      for (let m = NAME_WORD.exec(name); m; m = NAME_WORD.exec(name)) {
        key = key === '' ? normalizeWord(m[0]) : `${key} ${normalizeWord(m[0])}`;
        words++;
        const company = index.byName.get(key);
        if (company) found = { company, words };
        if (!index.prefixes.has(key)) break;
      }
      if (found) return found;
    }
    return undefined;
  }

  /** Every company mention in a sentence, tickers first, names not overlapping them, then bare tickers. */
  mentions(sentence: string, tokens: readonly Token[] = capitalTokens(sentence), titleCase = false): Mention[] {
    const refs = findTickerRefs(sentence).map((ref) => ({ company: this.resolveTicker(ref, sentence), start: ref.start, end: ref.end }));
    const names = findNames(sentence, tokens, this.indexes, titleCase);
    for (const m of names) this.learnBracketTicker(sentence, m);
    const bare = findBareTickers(sentence, tokens, this.bare, this.registry);
    // The common case: names alone, already in order and never overlapping one another.
    if (refs.length === 0 && bare.length === 0) return names;
    const all: Mention[] = [...refs];
    for (const m of names) if (!all.some((x) => x.start < m.end && m.start < x.end)) all.push(m);
    for (const m of bare) if (!all.some((x) => x.start < m.end && m.start < x.end)) all.push(m);
    return all.sort((a, b) => a.start - b.start);
  }

  /**
   * "Fuel Tech, Inc. (FTEK)", "Robinhood (HOOD)": a bare ticker in brackets right after a name is that company's,
   * whatever the registry says of it, for the rest of the article.
   */
  private learnBracketTicker(sentence: string, m: Mention): void {
    if (sentence.charCodeAt(m.end) !== 32 && sentence.charCodeAt(m.end) !== 40) return;
    const t = BRACKET_TICKER.exec(sentence.slice(m.end, m.end + 12));
    if (t?.[1] && !NOT_TICKERS.has(t[1])) this.bare.set(t[1], m.company);
  }

  /** Counts mentions (the title's weigh more) and learns each named company's tickers for bare use. */
  note(mentions: readonly Mention[], weight = 1): void {
    for (const m of mentions) {
      const known = this.seen.get(m.company.id);
      if (known) {
        known.count += weight;
        continue;
      }
      this.seen.set(m.company.id, { company: m.company, count: weight, first: this.order++ });
      for (const l of [...m.company.listings, ...(this.stated.get(m.company.id) ?? [])]) {
        if (/[A-Z]/.test(l.ticker) && l.ticker.length >= 2) this.bare.set(l.ticker.toUpperCase(), m.company);
      }
    }
  }

  /** The company the article is mainly about: most mentioned, title mentions counting triple. */
  primary(isHouse: (company: Company) => boolean = () => false, headlined: readonly Company[] = [], title = ''): Company | null {
    let best: { company: Company; count: number; first: number } | null = null;
    for (const e of this.seen.values()) if (!best || e.count > best.count || (e.count === best.count && e.first < best.first)) best = e;
    // A bank or broker named often for its calls ("Citi analyst Vivian Lam…") is not what the article is about when
    // the headline names a company that is no house.
    if (best && isHouse(best.company)) {
      const named = headlined.find((c) => !isHouse(c));
      // A house the headline does not name ("Market overview: …" over Goldman Sachs's calls) is no article's
      // subject: the company named most after it is, if any.
      const house = best.company;
      const titled = headlined.includes(house) || [house.name, ...house.aliases].some((n) => title.includes(n.split(' ')[0] === 'The' ? n.slice(4) : n));
      let other: { company: Company; count: number; first: number } | null = null;
      if (!named && !titled) for (const e of this.seen.values()) if (!isHouse(e.company) && (!other || e.count > other.count || (e.count === other.count && e.first < other.first))) other = e;
      // With no other company, a house named again and again is the stock the article is about.
      best = (named && this.seen.get(named.id)) || (titled ? best : (other ?? (best.count >= 3 ? best : null)));
    }
    // Named once, outside the headline, a company is an aside ("while the index heavyweight HSBC stood still"),
    // not what the article's unnamed figures are about.
    return best && best.count >= 2 ? best.company : null;
  }

  /** Currencies a company's figures may be in: the listings the article states, else the registry's. */
  /**
   * The currencies a company's figures may be in. A result (revenue, EPS) is the company's own reporting, not its
   * quote in the article's market: for those, every listing counts.
   */
  currencies(company: Company, reported = false): string[] {
    const stated = this.stated.get(company.id);
    const listings = stated && stated.length > 0 ? stated : company.listings;
    // A company the article introduces without a listing trades where the article's market is.
    if (listings.length === 0) return this.marketCurrency ? [this.marketCurrency] : [];
    // A company listed in the article's market as well as elsewhere is quoted there ("Royal Bank of Canada climbed
    // 0.81 per cent to $56.17" in a Toronto market report).
    if (!reported && this.marketCurrency && listings.length > 1 && listings.some((l) => l.currency === this.marketCurrency)) return [this.marketCurrency];
    return listings.map((l) => l.currency);
  }

  /** The currency of the market the article reports from, when it names one ("ASX", "TSX", "C$"). */
  marketCurrency: string | null = null;
}

const NAME_WORD = new RegExp(WORD_PATTERN.source, 'g');
const BRACKET_TICKER = /^\s?\(\s?([A-Z]{2,5})\s?\)/;

function openingBracket(sentence: string, at: number): number {
  const before = sentence.slice(0, at);
  const m = /[(\[]\s*$/.exec(before);
  return m ? m.index : at;
}

