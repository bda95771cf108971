import type { Article } from '../articles/article.js';
import type { Company } from '../facts/company.js';
import { type Fact, type FactCandidate, FIRM_KINDS, MONEY_KINDS, TEXT_KINDS } from '../facts/fact.js';
import { type Amount, findAmounts, mayHoldWordPercent } from './amounts.js';
import { ArticleCompanies } from './articleCompanies.js';
import { HEADING_NAME, discoverCompanies, paragraphSubject, titleCompany } from './discoverCompanies.js';
import { indexCompanies } from './companyIndex.js';
import { settleCurrency } from './currency.js';
import { ANALYST_CONTEXT } from './firms.js';
import { type Mention, NOT_TICKERS, type Token, capitalTokens, findTickerRefs } from './mentions.js';
import { type LeftOutCounts, countLeftOut } from './leftOut.js';
import { NOT_COMPANY_WORDS, OTHER_SUBJECT, OWNERSHIP } from './otherSubjects.js';
import { extractAnalystRatings, extractBracketedCalls, extractConsensus, extractRowCalls, extractTargets } from './rules/analysts.js';
import { type FirmMention, actsAsHouse, backReference, findActingFirms, findFirms, insideFirm } from './rules/firmsInSentence.js';
import { extractFundamentals } from './rules/fundamentals.js';
import { extractGluedRows, extractLabelled, extractTableRow } from './rules/labels.js';
import { extractBracketQuotes, extractChanges, extractListedMoves, extractPrices, extractTickerRowMove, extractVolumes } from './rules/market.js';
import { type TableColumns, readTableRow, tableRows } from './rules/tables.js';
import { extractTechnicals } from './rules/technicals.js';
import { type Rule, type RuleHit, type Sentence, hit } from './rules/types.js';
import { isMoveWord, moveVerbBefore } from './rules/moveWords.js';
import { sentenceDate } from './sentenceDate.js';
import { splitSentences } from './sentences.js';

/** What the extractor makes of one article. */
export interface ArticleExtraction {
  /** Companies the article speaks of (registry entries, or ones the article itself introduces). */
  companies: Company[];
  facts: Fact[];
  /** Figures read but left out for doubt, per reason (absent where an extraction was made by other means). */
  leftOut?: LeftOutCounts;
}

const NO_AMOUNTS: Amount[] = [];
const NO_TABLES: ReadonlyMap<number, TableColumns> = new Map();
const NO_HITS: RuleHit[] = [];

interface SplitSentence {
  text: string;
  /** Its capitalised words, found once for every finder. */
  tokens: Token[];
  amounts: Amount[];
  /** It speaks of who holds the stock: nothing to read or learn from it but the names it mentions. */
  holders: boolean;
  rated: boolean;
  calls: boolean;
}

/** A compiled pattern scans for a digit several times faster than a loop over the characters. */
const DIGIT = /\d/;

/** Whether a sentence speaks of holders: a holding's words are looked for only where "share", "stake" or an insider stands. */
function mayHold(text: string): boolean {
  return HOLDING_CUE.test(text) && OWNERSHIP.test(text);
}

const HOLDING_CUE = /hares|stake|osition|nsider|nstitutional|ransaction/;

/** Sentences without a figure can still carry a rating. */
const RATING_RULES: readonly Rule[] = [extractConsensus, extractAnalystRatings];
/**
 * Words a rating sentence holds; buy, sell and hold only as whole words, so "holdings" or "buyer" do not count. One
 * case-insensitive pattern: measured on the sentences of news, it scans faster than the same words written case by
 * case.
 */
const RATING_WORDS =
  /\b(?:rat(?:ing|ed|es)|upgrade|downgrade|reiterat|consensus|outperform|underperform|overweight|underweight|neutral|recommendation|equal[- ]?weight|perform\b|accumulate|top pick|(?:buy|sell|hold)\b)/i;

/**
 * Words a gate looks for, each set found in one scan of the sentence: a substring search per word costs more than
 * one compiled pattern over them all.
 */
const TARGET_CUE = /arget|bjective|goal|PT|n average|air value|ees (?:the|it)|alue[sd]? (?:the|it)/;
const CALL_NOUN = /arget|bjective/;
const LATER_CUE = /ater| close|late /;
const OTHER_CUE = /omparison|nd(?:ex|ices)|enchmark|und|ETF/;

/** Each rule family with a cheap test of whether a sentence could hold its wording at all. */
const RULES: ReadonlyArray<readonly [(s: Sentence, types: AmountTypes, rated: boolean) => boolean, Rule]> = [
  [(s) => s.text.includes(':'), extractLabelled],
  [(s, t) => t.money && t.percent && s.amounts.length === 2 && s.text.length < 90, extractTableRow],
  [(s, t) => t.money && t.percent && s.amounts.length > 2 && s.text.includes(') ') && /%[A-Z]/.test(s.text), extractGluedRows],
  [(_s, t) => t.money, extractPrices],
  [(_s, t) => t.percent, extractChanges],
  [(s, t) => t.percent && (s.text.includes('%)') || s.text.includes('cent)')), extractListedMoves],
  [(s, t) => t.money && t.percent && s.text.includes('%)'), extractBracketQuotes],
  [(s, t) => t.percent && s.amounts.length === 1 && s.text.includes('): '), extractTickerRowMove],
  [(s, t) => t.number && /olume|hands|traded|urnover/.test(s.text), extractVolumes],
  [(_s, t) => t.money || t.number, extractTechnicals],
  [(s, t) => t.money && TARGET_CUE.test(s.text), extractTargets],
  // Only where the sentence names the company the list is on: a list of houses alone may be on any company before.
  [(s, t) => t.money && s.firms.length > 0 && s.companySpans.length > 0 && s.text.includes('('), extractBracketedCalls],
  [(s, t) => t.money && s.firms.length > 0 && s.amounts.length === 1 && s.text.includes(': '), extractRowCalls],
  [(_s, _t, rated) => rated, extractConsensus],
  [(_s, _t, rated) => rated, extractAnalystRatings],
  [() => true, extractFundamentals],
];

interface AmountTypes {
  money: boolean;
  percent: boolean;
  number: boolean;
}

function runRules(sentence: Sentence, rated: boolean): RuleHit[] {
  if (sentence.amounts.length === 0) return rated ? RATING_RULES.flatMap((rule) => rule(sentence)) : [];
  const types: AmountTypes = { money: false, percent: false, number: false };
  for (const a of sentence.amounts) types[a.type] = true;
  const hits: RuleHit[] = [];
  for (const [gate, rule] of RULES) if (gate(sentence, types, rated)) hits.push(...rule(sentence));
  return hits;
}

/** Extraction over lines already stripped of boilerplate. */
export function extractFromLines(article: Article, lines: readonly string[], registry: readonly Company[]): ArticleExtraction {
  const companies = new ArticleCompanies(indexCompanies(registry));
  companies.marketCurrency = marketCurrency(article.body);
  // Each sentence's figures are read once, for learning companies and for the rules alike.
  const split: SplitSentence[][] = [];
  const all: SplitSentence[] = [];
  for (const line of lines) {
    const sentences: SplitSentence[] = [];
    for (const text of splitSentences(line)) {
      const digits = DIGIT.test(text);
      const amounts = digits || mayHoldWordPercent(text) ? findAmounts(text) : NO_AMOUNTS;
      const holders = digits && mayHold(text);
      // Whether it holds rating words, and whether it may hold an analyst's call: read once for learning and reading.
      const rated = !holders && RATING_WORDS.test(text);
      const calls = rated || (!holders && CALL_NOUN.test(text));
      const sentence = { text, tokens: capitalTokens(text), amounts, holders, rated, calls };
      sentences.push(sentence);
      all.push(sentence);
    }
    split.push(sentences);
  }
  // Tickers are named from the body first: a title's capitals ("Scotiabank Lifts Topaz Energy (TSE:TPZ)") run verbs into names.
  // Only the sentence that first gives a title's ticker needs reading ahead.
  for (const ref of article.title.includes(':') ? findTickerRefs(article.title) : []) {
    const first = all.find(({ text }) => text.includes(ref.ticker) && text.includes(':'));
    if (first) companies.resolveTickers(first.text);
  }
  // A house's name written with a legal suffix ("Jefferies LLC") is the house, not a company to learn.
  const known = (name: string): boolean => companies.knows(name);
  const headlined = titleCompany(article.title, article.body);
  if (headlined) companies.learn([headlined], () => false);
  const discovered = discoverCompanies(article.title, all.filter((x) => !x.holders), article.body, known);
  for (const paragraph of split) {
    const subject = paragraph.length > 1 ? paragraphSubject(paragraph, known) : null;
    if (subject) discovered.names.push(subject);
  }
  companies.learn(discovered.called, () => false);
  companies.learn(discovered.names, (name) => findFirms(name).length > 0);
  const titleRated = RATING_WORDS.test(article.title);
  const title = readSentence(article.title, capitalTokens(article.title), NO_AMOUNTS, companies, { rated: titleRated, calls: titleRated || CALL_NOUN.test(article.title) }, true);
  companies.note(title.subjects, 3);
  // Noted as read: a company named once is known by its bare ticker from then on ("… on BAC to $26").
  const paragraphs = split.map((sentences) => sentences.map(({ text, tokens, amounts, holders, rated, calls }) => {
    const read = readSentence(text, tokens, holders ? NO_AMOUNTS : amounts, companies, { rated, calls });
    companies.note(read.subjects);
    return read;
  }));
  // Tables give each figure's kind in their header, not in words around it.
  const tables = lines.some((l) => l.includes('|')) ? tableRows(lines) : NO_TABLES;
  const analysts = analystHouses(paragraphs);
  const shortHouse = shortHouseNames(paragraphs);
  const primary = companies.primary(isHouse, title.subjects.map((m) => m.company), article.title);
  // Whether the headline names a company at all.
  const titleNamed = title.subjects.length > 0;
  const candidates: FactCandidate[] = [];
  const leftOut: LeftOutCounts = {};
  const covered = new Map<string, Company>();
  // The company a one-sentence paragraph just named, alone: what a description opening the next paragraph means.
  let introduced: Company | null = null;
  // Opening words already looked for in the body, and whether the article writes them as names.
  const openingNames = new Map<string, boolean>();
  // The houses the article has named so far: when only one has, a call's noun opening a sentence is its.
  const houses = new Set<string>(title.firms.map((f) => f.name));
  // The house named last: "the broker", "he" in a later sentence mean it.
  let lastFirm = title.firms[title.firms.length - 1]?.name ?? null;
  // A heading line that is a company's name ("Jindal Steel & Power Limited") heads the paragraphs after it.
  let section: Company | null = null;
  // The krona of the article's market, read once where a bare "kr" needs it ('' when the article does not say).
  let krona: string | undefined;
  // Under a heading naming a company the article does not know, nothing falls back on the article's company.
  let headed = false;
  let previous: ReadSentence | undefined;
  // The sentences read so far, for finding what a description opening a sentence refers to.
  const earlier: ReadSentence[] = [];
  // Those whose figures belonged to a name no list knows; and those with figures and no name, looked at if need be.
  const unknownSubjects = new Set<ReadSentence>();
  const maybeUnknown = new Set<ReadSentence>();
  const isUnknown = (r: ReadSentence): boolean => unknownSubjects.has(r) || (maybeUnknown.has(r) && opensOnUnknown(r, article.body, openingNames));
  for (const [line, paragraph] of paragraphs.entries()) {
    const paragraphStart = earlier.length;
    const heading = headingCompany(paragraph);
    // A new heading starts a new company's calls: what a house said under the last one is no guide.
    if (heading && heading !== section) covered.clear();
    if (heading) headed = false;
    section = heading ?? section;
    const columns = paragraph.length === 1 ? tables.get(line) : undefined;
    let context: Company | null = null;
    // What a sentence opening on "Its" or "It" means: the company the sentence before opened on, if any.
    let pronounContext: Company | null = null;
    for (const sentence of paragraph) {
      const { text, tokens, amounts, subjects, relevant, rated, calls, firms: named } = sentence;
      // "…a growing order book. - Kotak Mahindra Bank:": a heading a page ran into a paragraph heads what follows it.
      // A heading that names no company known ends the last one's section: what follows is not that company's.
      if (amounts.length === 0 && text.charCodeAt(text.length - 1) === 58 && HEADING_NAME.test(text)) {
        const only = subjects.length === 1 ? subjects[0]?.company : undefined;
        if (only !== section) covered.clear();
        section = only ?? null;
        headed = only === undefined;
        context = null;
      }
      // "Berenberg is more patient. The broker kept its Buy rating": the house the sentence before names, though
      // that sentence held nothing to read firms for.
      // "The target price went up from 300p to 375p.": a sentence opening on the call's noun goes on with the house
      // the sentence before named.
      const refer = named.length === 0 && calls ? (referenceAt(text) ?? (CALL_OPENING.test(text) && (previous?.firms.length === 1 || houses.size === 1) ? { start: 0, end: 0 } : undefined)) : undefined;
      const before = refer ? previous : undefined;
      previous = sentence;
      const nearest = before && !before.relevant && before.firms.length === 0 ? findFirms(before.text).pop()?.name.replace(/['’]s$|\.$/, '') : undefined;
      const referTo = nearest ?? lastFirm;
      const firms = refer && referTo ? [{ name: referTo, start: refer.start, end: refer.end }] : analysts.size > 0 && calls ? byAnalyst(text, named, analysts) : named;
      const read: Sentence | null = columns || relevant ? { text, amounts, companySpans: subjects, firms, lower: undefined } : null;
      // A table row is its first cell's company's, or nobody's: no row falls back on the company named before.
      const rowNamed = columns ? subjects.some((m) => m.end <= (text.indexOf('|') >>> 0)) : true;
      const hits = !read || !rowNamed ? NO_HITS : columns ? readTableRow(read, columns) : runRules(read, rated);
      // Where the sentence first names something other than a company: figures after it are that thing's.
      const other = hits.length > 0 && subjects.length === 0 ? otherSubjectAt(text, tokens, firms, article.body, openingNames) : Infinity;
      // A sentence whose figures a name no list knows opens on: a description after it may mean that name.
      if (subjects.length === 0 && amounts.length > 0) {
        if (hits.length === 0) maybeUnknown.add(sentence);
        else if (other === 0) unknownSubjects.add(sentence);
      }
      const later = hits.length > 0 && LATER_CUE.test(text) && LATER.test(text);
      // The companies this sentence gave facts to (most sentences give none).
      let own: Company[] | null = null;
      // "SBI, Sterlite and Reliance each gained around 3.5%, to Rs 988, Rs 293 and Rs 1,327 respectively".
      const respective = hits.length > 0 && text.includes('respectively') ? respectiveFigures(hits, text, amounts, subjects) : null;
      if (respective) hits.push(...respective.added);
      // "For comparison, the sector ETF shows an RSI of 54.3, so the Commerzbank rally…": a figure after the
      // comparison is the other thing's, unless a company is named between.
      const compared = hits.length > 0 && text.includes('omparison') ? (COMPARISON.exec(text)?.index ?? Infinity) : Infinity;
      // "Rival Li Ning could not keep pace. Its shares slipped 1.4%": "its" after a sentence that opens on a name no
      // list knows is that name's.
      const unnamedBefore = hits.length > 0 && subjects.length === 0 && earlier.length > paragraphStart && PRONOUN_OPENING.test(text) && opensOnUnknown(earlier[earlier.length - 1] as ReadSentence, article.body, openingNames);
      // "The stock is up 38.6% this year." in a round-up whose headline names no company: the article's most named
      // company is what it means only when one of the last sentences named it.
      const distant = hits.length > 0 && subjects.length === 0 && !titleNamed && !PRONOUN_OPENING.test(text) && primary !== null && !earlier.slice(-3).some((e) => e.subjects.some((m) => m.company === primary));
      // "Danske Bank … downgraded the stock. The Copenhagen-based lender's own shares edged up 0.3%": a description
      // opening a sentence that names no company means the company the sentences before spoke of. Whether the
      // sentence opens on one is read once for all its figures.
      const opensOnDescription = hits.length > 0 && DESCRIBED_START.test(text) && DESCRIBED_SUBJECT.test(text);
      const referent = subjects.length === 0 && opensOnDescription ? describedCompany(text, earlier, isUnknown, (name) => companies.lookupName(name)) : undefined;
      for (const h of hits) {
        if (h.leftOut) countLeftOut(leftOut, h.leftOut);
        // "Its RSI reading of 45 places the benchmark in neutral territory": a reading a sentence naming no company
        // gives to an index, wherever the index is named.
        else if (other < h.at || (other !== Infinity && READING_KINDS.has(h.kind)) || (compared < h.at && !subjects.some((m) => m.start > compared && m.start < h.at))) countLeftOut(leftOut, 'another subject');
        else {
          // A house's call in a sentence that names no company is on the company that house spoke of before.
          const coveredBy = h.firm ? covered.get(h.firm) : undefined;
          // "The second share to earn an upgrade is Origin Energy Ltd. ¶ The Australian energy provider's shares are up
          // 3.2%": a paragraph opening on a description speaks of the company a one-sentence paragraph just introduced.
          const described = !context && subjects.length === 0 && DESCRIPTION_OPENING.test(text) ? introduced : null;
          const call = FIRM_KINDS.has(h.kind);
          // A call in a sentence opening on a description ("The investment bank's equities team raised its target")
          // is the house's description, not the company's: what the sentences before named goes to other figures only.
          let fallback: Company | null;
          if (!call && unnamedBefore) fallback = null;
          else if (!call && referent !== undefined) fallback = referent;
          else fallback = (PRONOUN_OPENING.test(text) ? pronounContext : context) ?? described ?? coveredBy ?? section ?? (headed || (distant && !call) ? null : primary);
          const found = respective?.companies.has(h) ? (respective.companies.get(h) ?? null) : attribute(h, text, subjects, fallback, opensOnDescription);
          let company = found;
          let firm = h.firm;
          // A house's call is never on the house itself ("UBS responded swiftly. The Swiss bank cut its target…"),
          // and a call whose house the sentence names only as its subject ("Barclays, long one of the bulls on the
          // stock, raised its price target…") is on the article's company.
          // A consensus in a sentence that names no company is no house's when the house was only named before.
          if (found && found !== primary && primary && CONSENSUS_KINDS.has(h.kind) && subjects.length === 0 && isHouse(found)) company = primary;
          // "DBS Group Research analyst Ho lifted her target for the stock": never on the house's own company.
          if (found && h.firm && FIRM_KINDS.has(h.kind) && ownHouse(found, h.firm)) {
            company = [context, coveredBy, section, primary].find((c) => c && !ownHouse(c, h.firm ?? '')) ?? null;
          } else if (found && found !== primary && FIRM_KINDS.has(h.kind) && isHouse(found) && !h.firm) {
            company = primary && !(h.firm && ownHouse(primary, h.firm)) ? primary : null;
            const named = subjects.find((m) => m.company === found);
            if (company && !firm && named) firm = text.slice(named.start, named.end).replace(/['’]s$/, '');
          }
          // "CLSA on Zee: The brokerage retains its 'buy' call": a house's call on a company no list knows does not
          // fall back on another house's company.
          if (company && h.firm && FIRM_KINDS.has(h.kind) && isHouse(company) && !subjects.some((m) => m.company === company) && !title.subjects.some((m) => m.company === company)) company = null;
          if (company && h.firm && FIRM_KINDS.has(h.kind)) covered.set(h.firm, company);
          // "added 1.2% to $131.40 on the ASX": an exchange the sentence names settles its bare dollar.
          const here = h.currency === '$' ? sentenceMarket(text) : null;
          if (company && later && (h.kind === 'price' || h.kind === 'change_pct_1d')) supersede(candidates, company.id, h.kind);
          const full = firm ? (shortHouse.get(firm) ?? spelledOut(firm, companies) ?? firm) : null;
          if (company) (own ??= []).push(company);
          const candidate = company ? toCandidate(full !== h.firm ? { ...h, firm: full } : h, company, text, here ? [here] : companies.currencies(company, h.kind === 'revenue' || h.kind === 'eps'), sentenceDate(text, h.kind, article.published)) : null;
          // "60 kr": a krona the listing does not settle is the article's market's, or left out.
          if (candidate?.currency === 'kr') candidate.currency = (krona ??= kronaCurrency(article.body)) || null;
          if (candidate && (candidate.currency !== null || h.currency === null)) candidates.push(candidate);
          else countLeftOut(leftOut, company ? 'unclear value' : 'no company');
          // "Bharat Petroleum, Hindustan Petroleum and Indian Oil gained around 2% each": every name of the clause moved so.
          if (company && h.kind.startsWith('change_pct')) for (const other of sharedMovers(h, text, amounts, subjects, company)) candidates.push(toCandidate(h, other, text, companies.currencies(other), sentenceDate(text, h.kind, article.published)));
        }
      }
      // "Whitbread shrugged off a downgrade … pressure from rivals like Airbnb. Its shares edged up": a company that opens
      // the sentence is its subject, and what "it" in the next sentence means; other sentences go on with the company
      // named last.
      const opening = subjects[0] && subjects[0].start <= 12 && SUBJECT_LEAD.test(text.slice(0, subjects[0].start)) ? subjects[0] : undefined;
      const last = subjects[subjects.length - 1];
      // "Danske Bank was helped by an upgrade from Carnegie's analysts.": the house's later call is on that company.
      if (hits.length === 0 && calls && last && firms.length > 0) for (const f of firms) if (!covered.has(f.name) && !ownHouse(last.company, f.name)) covered.set(f.name, last.company);
      // "He reiterated his Outperform rating, arguing that … the stakes in Arm": a name in the reasons a call gives
      // is not what the next sentence speaks of.
      const reason = last && last.start > 20 && REASON.test(text) ? (REASON.exec(text)?.index ?? Infinity) : Infinity;
      // A house named without figures of its own ("UBS responded swiftly.", "after Goldman Sachs upgraded the
      // shares") speaks as a house, not as the subject: the company named before it is.
      const spoken = subjects.filter((m) => m.end < reason && !(isHouse(m.company) && !own?.includes(m.company))).pop();
      if (spoken) context = spoken.company;
      pronounContext = opening && !isHouse(opening.company) ? opening.company : context;
      const lastNamed = named[named.length - 1];
      if (lastNamed) lastFirm = lastNamed.name;
      for (const f of named) houses.add(f.name);
      earlier.push(sentence);
    }
    const [only] = paragraph;
    const named = only && paragraph.length === 1 ? new Set(only.subjects.map((m) => m.company)) : null;
    introduced = named?.size === 1 ? ([...named][0] ?? null) : null;
  }
  const byId = new Map([...companies.seen.values()].map((e) => [e.company.id, withStated(e.company, companies)]));
  const facts = finalize(candidates, article, byId, leftOut);
  const withFacts = new Set(facts.map((f) => f.companyId));
  const listed = [...companies.seen.values()].filter((e) => withFacts.has(e.company.id) || e.count >= 2).map((e) => byId.get(e.company.id) ?? e.company);
  return { companies: listed, facts, leftOut };
}

const PRONOUN_OPENING = /^(?:Its|It) /;

/** Technical readings, which an index has as well as a stock. */
const READING_KINDS: ReadonlySet<string> = new Set(['rsi_14', 'sma_50', 'sma_200', 'support_level', 'resistance_level']);

/** Whether a sentence that names no company opens on a name no list knows. */
function opensOnUnknown(sentence: ReadSentence, body: string, names: Map<string, boolean>): boolean {
  return sentence.subjects.length === 0 && otherSubjectAt(sentence.text, sentence.tokens, sentence.firms, body, names) === 0;
}

/** What may stand before a sentence's subject: nothing, or an article or "shares of". */
const SUBJECT_LEAD = /^(?:(?:The |Shares (?:of|in) |Shares of the )?)$/;

const CONSENSUS_KINDS: ReadonlySet<string> = new Set(['consensus_rating', 'price_target_avg']);

/** Registry companies are the same objects article after article: whether each is a house is worked out once. */
const HOUSES = new WeakMap<Company, boolean>();

/** Whether a company is also a research house ("Citigroup Inc." is Citi): such a name is often only the caller. */
function isHouse(company: Company): boolean {
  let known = HOUSES.get(company);
  if (known === undefined) HOUSES.set(company, (known = [company.name, ...company.aliases].some((n) => findFirms(n).length > 0)));
  return known;
}

const RESPECTIVELY_NEXT = /^\s*,?\s*respectively\b/;

/**
 * "rising 5.51 percent and 5.41 percent to SR8.23 and SR40.90, respectively": a list the prices it went to follow, as
 * many of them, before "respectively".
 */
function respectivePrices(text: string, amounts: readonly Amount[], last: Amount, length: number): Amount[] | null {
  if (!text.startsWith(' to ', last.end)) return null;
  const next = amounts.filter((a) => a.start > last.end).slice(0, length);
  if (next.length < length || next[0]?.start !== last.end + 4 || next.some((a) => a.type !== 'money')) return null;
  for (let i = 1; i < length; i++) {
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice((next[i - 1] as Amount).end, (next[i] as Amount).start))) return null;
  }
  const end = (next[length - 1] as Amount).end;
  return RESPECTIVELY_NEXT.test(text.slice(end, end + 16)) ? next : null;
}

/**
 * Figures listed "respectively" for the names listed before them: each list figure goes to the name in the same
 * place, the figures after the first (which no rule reads alone) are added, and a list whose length differs from the
 * names' goes to none.
 */
function respectiveFigures(hits: RuleHit[], text: string, amounts: readonly Amount[], subjects: readonly Mention[]): { added: RuleHit[]; companies: Map<RuleHit, Company | null> } | null {
  const companies = new Map<RuleHit, Company | null>();
  const added: RuleHit[] = [];
  for (const first of hits) {
    if (companies.has(first) || (first.kind !== 'price' && !first.kind.startsWith('change_pct'))) continue;
    const start = amounts.findIndex((a) => a.start === first.at);
    const list = [amounts[start] as Amount];
    for (let i = start + 1; i < amounts.length; i++) {
      const prev = list[list.length - 1] as Amount;
      const next = amounts[i] as Amount;
      if (next.type !== prev.type || !/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(prev.end, next.start))) break;
      list.push(next);
    }
    const last = list[list.length - 1] as Amount;
    const prices = list.length < 2 || RESPECTIVELY_NEXT.test(text.slice(last.end, last.end + 16)) ? null : respectivePrices(text, amounts, last, list.length);
    if (list.length < 2 || (!prices && !RESPECTIVELY_NEXT.test(text.slice(last.end, last.end + 16)))) continue;
    const names: Company[] = [];
    for (const m of subjects) if (m.end <= first.at && !names.includes(m.company)) names.push(m.company);
    // The prices the moves went to, each the same place's name's, where the moves are.
    if (prices && first.kind.startsWith('change_pct')) prices.forEach((a, i) => {
      const h = hits.find((x) => x.at === a.start && x.kind === 'price') ?? hit('price', a, text);
      if (!hits.includes(h)) added.push(h);
      companies.set(h, names.length === list.length ? (names[i] ?? null) : null);
    });
    list.forEach((a, i) => {
      const h = i === 0 ? first : (hits.find((x) => x.at === a.start && x.kind === first.kind) ?? { ...first, value: first.kind === 'price' ? a.value : Math.sign(first.value as number || 1) * a.value, currency: a.currency, at: a.start });
      if (i > 0 && !hits.includes(h)) added.push(h);
      companies.set(h, names.length === list.length ? (names[i] ?? null) : null);
    });
  }
  return companies.size > 0 ? { added, companies } : null;
}

const EACH_BEFORE = /\beach\s+(?:[a-z]+\s+){1,2}(?:(?:around|about|nearly|almost|over|some|roughly|close to)\s+)?$/;

/** The other companies a move "each" or "apiece" is written for: the names before it in its clause. */
function sharedMovers(h: RuleHit, text: string, amounts: readonly Amount[], subjects: readonly Mention[], company: Company): Company[] {
  if (subjects.length < 2) return [];
  const figure = amounts.find((a) => a.start === h.at);
  // "gained around 2% each", "each gained around 3.5%".
  if (!figure || !(/^\s*(?:each|apiece)\b/.test(text.slice(figure.end, figure.end + 10)) || EACH_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start)) || compoundSubject(text, figure, subjects))) return [];
  const out: Company[] = [];
  for (const m of subjects) {
    if (m.end > h.at || m.company === company || out.includes(m.company)) continue;
    // Only names of the figure's own clause: no full stop or semicolon between.
    if (/;|\.\s/.test(text.slice(m.end, h.at))) continue;
    out.push(m.company);
  }
  return out;
}

/**
 * "TENCENT (00700.HK) and XIAOMI-W (01810.HK) dropped more than 2%": names joined by "and" that open the sentence,
 * with nothing but their tickers between them and the move's verb, all moved by the figure.
 */
function compoundSubject(text: string, figure: Amount, subjects: readonly Mention[]): boolean {
  const named = subjects.filter((m) => m.end <= figure.start);
  if (named.length < 2 || text.includes('respectively') || !text.slice(0, figure.start).includes(' and ')) return false;
  // Before the first: nothing, or the name written in capitals before its bracketed ticker ("TENCENT (00700.HK)").
  if (!/^[\s\-•]*(?:[A-Z][A-Z0-9&.'\- ]*\(?)?$/.test(text.slice(0, named[0]?.start ?? 0))) return false;
  // "rose 2% and 3%": a figure of its own for each name.
  if (/^\s*(?:,|and)\s*[+\-]?\d/.test(text.slice(figure.end, figure.end + 8))) return false;
  let rest = '';
  let at = named[0]?.end ?? 0;
  for (const m of named.slice(1)) {
    rest += text.slice(at, m.start);
    at = m.end;
  }
  const between = rest.replace(BRACKETED, ' ').replace(CAPITALS_BRACKET, ' ').replace(/[()]/g, ' ');
  const tail = text.slice(at, figure.start).replace(BRACKETED, ' ').replace(/^\)/, ' ');
  return /^[\s\-•,]*(?:(?:and|&)[\s,]*)*$/.test(between.replace(/,|\band\b/g, ' ')) && /^[\s,]*[a-z][a-z ]{0,40}$/.test(tail) && moveVerbBefore(text, figure.start, at) !== null;
}

const BRACKETED = /\([A-Z0-9.: -]{1,16}\)/g;
/** The pieces around a ticker in brackets that a mention leaves: ")" and "XIAOMI-W (". */
const CAPITALS_BRACKET = /\)|[A-Z][A-Z0-9&.'-]*(?: [A-Z][A-Z0-9&.'-]*)* ?\(/g;

/** Whether a house's name is a company's own ("UBS" for UBS Group AG, "Citi" for Citigroup Inc.). */
function ownHouse(company: Company, firm: string): boolean {
  const house = firm.replace(/['’]s$/, '');
  // "CICC" for "China International Capital Corporation": a house written as the initials of the company's name.
  return [company.name, ...company.aliases].some((n) => n === house || n.startsWith(`${house} `) || house.startsWith(`${n} `)) || writtenInInitials(house, company);
}

/** "Later in the session, the scrip was trading 1.21 per cent higher": a quote that replaces the one before it. */
const LATER = /\b(?:[Ll]ater in the (?:session|day)|(?:was|were) later|[Ll]ater,|[Bb]y the close|[Aa]t the close|in late (?:trade|trading|deals))\b/;

/** Earlier quotes of a kind for a company stand only where no later one does. */
function supersede(candidates: FactCandidate[], companyId: string, kind: FactCandidate['kind']): void {
  for (const c of candidates) if (c.companyId === companyId && c.kind === kind) c.fallback = true;
}

const COMPARISON = /\b(?:[Ff]or|[Bb]y|[Ii]n) comparison\b/;

const MARKET = /\b(?:(ASX|A\$|AU\$|Australian dollars)|(TSX|TSXV|TSE:|C\$|CA\$|Toronto Stock Exchange|Canadian\)|Canadian dollars)|(NZX|NZ\$)|(SGX|S\$|Straits Times Index)|(HKEX|HK\$|Hang Seng)|(JSE))/;
const MARKET_CURRENCIES = ['AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'ZAR', 'USD'] as const;

/** The dollar (or rand) of the market an article reports from, by the first exchange or notation it names. */
function marketCurrency(body: string): string | null {
  // Only a bare "$" needs settling; the dateline and first paragraphs name the market when anything does.
  if (!body.includes('$')) return null;
  return marketOf(MARKET.exec(body.length > 3000 ? body.slice(0, 3000) : body));
}

/** The krona an article's market trades in, when it names one kind of krona or one Nordic market and no other. */
function kronaCurrency(body: string): string {
  const kinds = new Set<string>();
  for (const m of body.matchAll(KRONA_MARKET)) kinds.add(m[1] ? 'SEK' : m[2] ? 'NOK' : 'DKK');
  return kinds.size === 1 ? ([...kinds][0] ?? '') : '';
}

const KRONA_MARKET = /\b(?:(SEK|kronor|Stockholm|Swedish)|(NOK|Oslo|Norwegian)|(DKK|Copenhagen|Danish))\b/g;

/** The currency of the market group a MARKET or SENTENCE_MARKET match fell in. */
function marketOf(m: RegExpExecArray | null): string | null {
  return m ? MARKET_CURRENCIES[m.slice(1).findIndex(Boolean)] ?? null : null;
}

/** The dollar of an exchange a sentence says its figures are from ("on the ASX"), if it names one. */
function sentenceMarket(text: string): string | null {
  // Most sentences with a dollar name no exchange: the pattern runs only where one of their words stands.
  if (!/X|SE|Exchange|Nasdaq|STI|Straits|Hang Seng/.test(text)) return null;
  // "Gentrack topped the NZX50, …, while Westpac added 3.6% to $35": a sentence that ranks its companies on a
  // market's index speaks in that market's dollar. The US index is left out: "$" already means the US dollar.
  return (text.includes('on the ') ? marketOf(SENTENCE_MARKET.exec(text)) : null) ?? marketOf(SENTENCE_INDEX.exec(text));
}

const SENTENCE_INDEX = /\b(?:(S&P\/ASX ?200|ASX ?(?:200|300|50)|All Ordinaries)|(S&P\/TSX(?: Composite)?|TSX Composite)|(NZX ?50)|(Straits Times Index|STI)|(Hang Seng(?: Index)?|HSI))\b/;

const SENTENCE_MARKET = /\bon the (?:(ASX|Australian Securities Exchange)|(TSXV?|Toronto Stock Exchange)|(NZX)|(SGX|Singapore Exchange)|(HKEX|Hong Kong Stock Exchange)|(JSE|Johannesburg Stock Exchange)|(NYSE|Nasdaq|New York Stock Exchange))\b/;

/**
 * Where a sentence with no company name first names something else whose figures follow: an unknown name in
 * capitals opening it, an index, a fund, a comparison. Infinity when it names none. Index names are capitalised,
 * so the pattern runs only when a word of one or a lower-case marker is there.
 */
function otherSubjectAt(text: string, tokens: readonly Token[], firms: readonly FirmMention[], body: string, names: Map<string, boolean>): number {
  if ((unknownOpening(text) || namedOpening(text, tokens, body, names)) && !firms.some((f) => f.start < (tokens[1]?.end ?? 0) || f.start === 0)) return 0;
  const marked = OTHER_CUE.test(text);
  if (!marked && !tokens.some((t) => NOT_COMPANY_WORDS.has(text.slice(t.start, t.end)))) return Infinity;
  return OTHER_SUBJECT.exec(text)?.index ?? Infinity;
}

/** "LEM, by contrast, tumbled 21.94%": a sentence opening on a name in capitals that no list knows is that name's. */
function unknownOpening(text: string): boolean {
  const m = /^([A-Z]{2,6})\b(?![.'’&-])/.exec(text);
  return m?.[1] !== undefined && !NOT_TICKERS.has(m[1]) && !COMMON_CAPITALS.has(m[1]);
}

/**
 * "Scania was the bright spot, lifting its sales by 2.3%": a sentence opening on a capitalised word that the article
 * also writes capitalised inside a sentence is a name, and one no list knows is another thing's.
 */
function namedOpening(text: string, tokens: readonly Token[], body: string, names: Map<string, boolean>): boolean {
  const first = tokens[0];
  if (!first || first.start !== 0 || first.end - first.start < 3) return false;
  const word = text.slice(0, first.end);
  if (OPENING_WORD.test(word) || PHRASE_OPENER.has(word) || NOT_COMPANY_WORDS.has(word) || COMMON_CAPITALS.has(word.toUpperCase())) return false;
  // "Contact Energy traded 1.2 million shares": two capitalised words opening the sentence are a name.
  const second = tokens[1];
  if (second && second.start === first.end + 1 && text.charCodeAt(first.end) === 32 && isLetter(text.charCodeAt(second.start + 1))) {
    const next = text.slice(second.start, second.end);
    if (!NOT_COMPANY_WORDS.has(next) && !OPENING_WORD.test(next)) return true;
  }
  // The body is searched once per word and article.
  let written = names.get(word);
  if (written === undefined) names.set(word, (written = writtenAsName(word, body)));
  return written;
}

/** Whether the article writes a word capitalised inside a sentence, after a lower-case word and outside a title-cased run. */
function writtenAsName(word: string, body: string): boolean {
  for (let i = body.indexOf(word); i > 0; i = body.indexOf(word, i + word.length)) {
    const after = body.charCodeAt(i + word.length);
    if (isLetter(after) || body.charCodeAt(i - 1) !== 32) continue;
    // Inside a sentence, after a lower-case word, and not in a run of title-cased words (a headline in a list).
    const before = body.charCodeAt(i - 2);
    const next = body.charCodeAt(i + word.length + 1);
    if (before >= 97 && before <= 122 && !(after === 32 && next >= 65 && next <= 90)) return true;
  }
  return false;
}

/** Capitalised words that open sentences without naming anything: pronouns, calendar words, the news's nouns. */
const OPENING_WORD =
  /^(?:The|It|In|On|At|As|An|This|That|These|Those|There|Here|What|When|Where|Why|How|Its|Their|Our|His|Her|Such|Some|Many|Most|All|Both|Each|Every|Other|Another|Analysts|Shares|Investors|Revenue|Sales|Profit|Net|Operating|Earnings|Turnover|Volume|Trading|Total|Overall|Meanwhile|However|Also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;

/** Capitalised words that open two-word phrases other than names ("Wall Street", "Hong Kong", "Chief Executive"). */
const PHRASE_OPENER: ReadonlySet<string> = new Set([
  'Wall', 'Hong', 'New', 'Last', 'Chief', 'Managing', 'Prime', 'Deputy', 'Central', 'Federal', 'Reserve', 'United',
  'European', 'Asian', 'North', 'South', 'East', 'West', 'Current', 'Share', 'Stock', 'Market', 'Daily', 'Price',
  // A person's or a house's title before the name: "Analyst Horst Schneider", "Brokerage ICICI Securities".
  'Analyst', 'Brokerage', 'Broker', 'Brokers', 'Investment', 'Research', 'Equity', 'Senior', 'Strategist', 'Economist',
  'Trader', 'Traders', 'Dealers', 'Fund', 'Portfolio', 'Mr', 'Ms', 'Mrs', 'Dr',
]);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const COMMON_CAPITALS = new Set(['THE', 'A', 'AN', 'US', 'UK', 'EU', 'IN', 'ON', 'AT', 'AS', 'IT', 'BUY', 'SELL', 'HOLD', 'NEW', 'TOP', 'WHY', 'HOW', 'WHAT']);

/** One sentence read for attribution: the companies it speaks of and the houses it quotes. */
interface ReadSentence {
  text: string;
  tokens: Token[];
  amounts: Amount[];
  /** Company mentions that are the sentence's subject matter (a house acting as analyst is not). */
  subjects: Mention[];
  firms: FirmMention[];
  /** Whether it holds a figure or a rating, the only sentences that can yield facts. */
  relevant: boolean;
  rated: boolean;
  /** Whether it may hold an analyst's call (rating words, a target or an objective). */
  calls: boolean;
}

/** "Nomura India", "Citi Research": a house's local arm or research desk is the house at work, not its listed parent. */
const HOUSE_ARM = /^ (?:India|Japan|China|Asia|Australia|Singapore|Korea|Hong Kong|Research|Securities|Equities|Institutional)\b/;

function readSentence(text: string, tokens: Token[], amounts: Amount[], companies: ArticleCompanies, words: { rated: boolean; calls: boolean }, titleCase = false): ReadSentence {
  const mentions = companies.mentions(text, tokens, titleCase);
  const { rated, calls } = words;
  const relevant = rated || amounts.length > 0;
  // Firms matter elsewhere only to tell subjects apart.
  const named = relevant || mentions.length > 0 ? findFirms(text, tokens) : [];
  // A house that is also a listed company is the company, unless the sentence shows it making a call.
  const found = named.length === 0 || mentions.length === 0 ? named : named.filter((f) => {
    const listed = mentions.find((m) => m.start < f.end && f.start < m.end);
    return !listed || HOUSE_ARM.test(text.slice(listed.end, listed.end + 16)) || actsAsHouse(text, f.start, Math.max(f.end, listed.end));
  });
  const acting = calls ? findActingFirms(text, tokens, found, mentions, rated) : [];
  const firms = acting.length === 0 ? found : [...found, ...acting].sort((a, b) => a.start - b.start);
  return { text, tokens, amounts, subjects: subjectMentions(text, mentions, firms), firms, relevant, rated, calls };
}

/** The company a one-line paragraph names and says nothing more of: a heading over what follows. */
function headingCompany(paragraph: readonly ReadSentence[]): Company | null {
  const [only] = paragraph;
  if (paragraph.length !== 1 || !only) return null;
  const [name] = only.subjects;
  if (!name || only.relevant && /\d{2}/.test(only.text.replace(/\([^)]*\)/g, ''))) return null;
  if (only.subjects.some((m) => m.company !== name.company)) return null;
  const rest = only.text.slice(0, name.start) + only.text.slice(name.end);
  return /^[\s\d.:#()\-–—A-Z]*$/.test(rest.replace(/\b(?:No|Number)\b/g, '')) && rest.length < 24 ? name.company : null;
}

/** "Citigroup analyst Monique Pollard": an analyst's name, with or without the first name, and the house. */
const ANALYST_NAMED = /\b[Aa]nalysts?\s+((?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+))/g;

/**
 * The houses of the analysts an article names ("BofA analyst Horst Schneider"), by full name and by surname, so that
 * "Schneider cut the stock" is BofA's call wherever in the article it stands. An analyst no house is given for maps
 * to null: a person, whose name is never a house.
 */
function analystHouses(paragraphs: readonly (readonly ReadSentence[])[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const paragraph of paragraphs) for (const { text, firms } of paragraph) {
    if (!namesAnalyst(text)) continue;
    for (const m of text.matchAll(ANALYST_NAMED)) {
      const house = firms.find((f) => f.end <= m.index && m.index - f.end <= 4)?.name ?? null;
      for (const name of [m[1] ?? '', m[2] ?? '']) if (!out.get(name)) out.set(name, house);
    }
  }
  return out;
}

/** "Bank of America (BofA)": the short name an article gives a house stands for the full one in its facts. */
function shortHouseNames(paragraphs: readonly (readonly ReadSentence[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const paragraph of paragraphs) for (const { text, tokens, firms, subjects } of paragraph) {
    // A listed house named as the company it also is still gives its short name. Most brackets hold tickers, so
    // the sentence's houses are found only when one holds a house's name, and only where a house or company is named.
    if ((firms.length === 0 && subjects.length === 0) || !text.includes(' (') || !bracketsHouse(text)) continue;
    for (const f of findFirms(text, tokens)) {
      if (text.charCodeAt(f.end) !== 32 || text.charCodeAt(f.end + 1) !== 40) continue;
      const short = /^ \(([A-Z][\w&.]{1,9})\)/.exec(text.slice(f.end, f.end + 14))?.[1];
      if (short && short !== f.name && f.name.length > short.length) out.set(short, f.name);
    }
  }
  return out;
}

function bracketsHouse(text: string): boolean {
  for (let i = text.indexOf(' ('); i >= 0; i = text.indexOf(' (', i + 2)) {
    const close = text.indexOf(')', i + 2);
    if (close < 0 || close - i > 12) continue;
    const c = text.charCodeAt(i + 2);
    if (c >= 65 && c <= 90 && findFirms(text.slice(i + 2, close)).length > 0) return true;
  }
  return false;
}

/** Whether "analyst" or "analysts" is followed by a capitalised word: most sentences with the word name no one. */
function namesAnalyst(text: string): boolean {
  for (let i = text.indexOf('nalyst'); i >= 0; i = text.indexOf('nalyst', i + 6)) {
    const after = text.charCodeAt(i + 6) === 115 ? i + 7 : i + 6;
    const c = text.charCodeAt(after + 1);
    if (text.charCodeAt(after) === 32 && c >= 65 && c <= 90) return true;
  }
  return false;
}

/** The houses of a sentence with analysts' names read as their houses, and a call by a named analyst given its house. */
function byAnalyst(text: string, named: readonly FirmMention[], analysts: ReadonlyMap<string, string | null>): FirmMention[] {
  const out: FirmMention[] = [];
  for (const f of named) {
    const house = analysts.get(f.name);
    if (house === undefined) out.push(f);
    else if (house !== null && !named.some((g) => g.name === house)) out.push({ ...f, name: house });
  }
  if (out.length > 0) return out;
  // "Analyst Horst Schneider cut that stock": the analyst stands where a house would.
  for (const [name, house] of analysts) {
    if (house === null || name.length < 3) continue;
    const at = text.indexOf(name);
    if (at >= 0) return [{ name: house, start: at, end: at + name.length }];
  }
  return out;
}

const CALL_OPENING = /^(?:The|Its|Their) (?:new |revised |latest )?(?:price target|target price|price objective|target|rating|recommendation)\b/;
const REFERRING_WORD = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey)\b|roker|bank|nalyst|house|lender|firm/;

/** Where a call with no house in its sentence refers back to one named before ("the broker", "he"), if it does. */
function referenceAt(text: string): { start: number; end: number } | undefined {
  // The pattern needs a pronoun or one of these nouns; most sentences hold none.
  if (!REFERRING_WORD.test(text)) return undefined;
  return backReference(text);
}

/** Company mentions that are the sentence's subject matter: a research house quoted as such is not. */
function subjectMentions(text: string, mentions: readonly Mention[], firms: readonly FirmMention[]): Mention[] {
  if (firms.length === 0 || !ANALYST_CONTEXT.test(text)) return mentions.some((m) => isHeld(text, m)) ? mentions.filter((m) => !isHeld(text, m)) : [...mentions];
  return mentions.filter((m) => !insideFirm(m, firms) && !isHeld(text, m));
}

/** "the value of the Tencent stake": a company named as what another holds is not what the sentence is about. */
function isHeld(text: string, m: Mention): boolean {
  return (text.charCodeAt(m.end) === 32 && HELD_AFTER.test(text.slice(m.end, m.end + 16))) || isSource(text, m);
}

/**
 * "According to LSEG data", "figures from Refinitiv", "Last (HKEX): HK$38.72": a data provider cited, or an exchange
 * naming a label's listing, is where a figure comes from, not whose it is.
 */
function isSource(text: string, m: Mention): boolean {
  const c = text.charCodeAt(m.start - 1);
  if (c === 40) return text.charCodeAt(m.end) === 41 && text.charCodeAt(m.end + 1) === 58;
  return c === 32 && m.start > 4 && SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 28), m.start)) && !OWN_AFTER.test(text.slice(m.end, m.end + 12));
}

const SOURCE_BEFORE = /\b(?:[Aa]ccording to|(?:data|figures|estimates|numbers) (?:from|by|compiled by)|(?:compiled|tracked|polled|surveyed) by|[Ss]ource:)\s+$/;
const OWN_AFTER = /^(?:['’]s?)?\s+(?:shares|stock)\b/;

const HELD_AFTER = /^ (?:stake|holding|holdings|shareholding|shares held|unit|subsidiary|division)\b/;

/** The company a figure belongs to: the one the sentence names (the nearest before it when several). */
function attribute(h: RuleHit, text: string, subjects: readonly Mention[], fallback: Company | null, described: boolean): Company | null {
  const distinct = new Set(subjects.map((m) => m.company.id));
  if (distinct.size === 0) return fallback;
  if (distinct.size === 1) {
    // "…with a €62 target; the broker regards the discount to the Tencent stake…": a name only after the figure,
    // past the end of its clause, is another clause's.
    const only = subjects[0];
    // "They were last 2.4 percent higher, holding Zalando off first place": a sentence whose subject is a pronoun
    // speaks of the company before; a name only after its figure is an object.
    if (only && subjects.every((m) => m.start > h.at) && (CLAUSE_END.test(text.slice(h.at, only.start)) || PRONOUN_SUBJECT.test(text))) return fallback;
    // "The Paris-listed chip foundry, which shares its main shareholder with Melexis, fell 2.4%": a sentence opening
    // on a description speaks of what it describes, not of a name inside its aside.
    if (only && only.start < h.at && described && subjects.every((m) => m.start > h.at || inClosedAside(text, m, h.at))) return null;
    return only?.company ?? null;
  }
  // The nearest name before the figure, passing over one inside an aside that closed before it ("Naspers, which
  // owns around 43% of Prosus, added 1.9%").
  const before = subjects.filter((m) => m.end <= h.at && !inClosedAside(text, m, h.at));
  return before[before.length - 1]?.company ?? null;
}

/**
 * What a description opening a sentence refers to: the company named first by the nearest sentence before it that
 * names one; none when a sentence in between gave figures of a name no list knows ("Shionogi & Co. sank 3.7%. The
 * pharmaceutical company said…"). Undefined when the sentences before give no sign.
 */
function describedCompany(text: string, earlier: readonly ReadSentence[], unknown: (r: ReadSentence) => boolean, lookup: (name: string) => Company | undefined): Company | null | undefined {
  // A bank's description after a house no list knows by that name: the house where it is named in full, or none.
  let wantHouse: string | null = null;
  for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - 4; i--) {
    const { subjects, firms } = earlier[i] as ReadSentence;
    const [first] = subjects;
    // "Danske Bank … downgraded the stock. The Copenhagen-based lender's own shares": a description of a bank
    // after a sentence a house opens means the house.
    const house = firms[0];
    if (house && house.start < (first?.start ?? Infinity) && HOUSE_DESCRIPTION.test(text)) {
      // A house known by a short name ("CICC") may be named in full further back.
      const listed = lookup(house.name);
      if (listed) return listed;
      wantHouse = house.name;
      continue;
    }
    if (first) return wantHouse ? (subjects.find((m) => isHouse(m.company) || writtenInInitials(wantHouse ?? '', m.company))?.company ?? null) : first.company;
    if (unknown(earlier[i] as ReadSentence)) return null;
  }
  return wantHouse ? null : undefined;
}

/** A house written in initials ("CICC") named in full as a company of the article ("China International Capital Corporation"). */
function spelledOut(firm: string, companies: ArticleCompanies): string | undefined {
  for (const { company } of companies.seen.values()) if (writtenInInitials(firm, company)) return company.name.replace(/[.,]/g, '');
  return undefined;
}

/** Whether a short name in capitals is the initials of a company's name ("CICC" of "China International Capital Corporation"). */
function writtenInInitials(short: string, company: Company): boolean {
  if (short.length < 3 || !/^[A-Z]+$/.test(short)) return false;
  return company.name.replace(/[.,]/g, '').split(' ').map((w) => w.charAt(0)).join('') === short;
}

/**
 * A description opening a sentence with one of `nouns`: a few words before the noun, none of which starts another
 * clause ("The move comes as the bank…" is no description).
 */
function describedAs(nouns: string): RegExp {
  return new RegExp(String.raw`^(?:Shares (?:of|in) )?(?:The|the) (?:(?!(?:a|an|as|at|and|by|for|from|has|have|in|is|of|on|said|says|that|the|to|was|which|with) )[\w-]+ ){0,3}(?:${nouns})(?:['’]s)?\b`);
}

/** A description that fits a research house: a bank or a broker. */
const HOUSE_DESCRIPTION = describedAs('bank|lender|broker|brokerage');

/** How every description opens: most sentences are ruled out by their first letters. */
const DESCRIBED_START = /^(?:The |the |Shares )/;
/** A description of a company opening a sentence: "The Copenhagen-based lender's own shares", "Shares of the mainland investment bank". */
const DESCRIBED_SUBJECT = describedAs('bank|provider|maker|group|company|firm|miner|retailer|lender|insurer|operator|producer|carrier|airline|developer|giant|conglomerate|utility|brewer|grocer|chipmaker|carmaker|automaker|telco|supplier|manufacturer|publisher|owner|builder|foundry|refiner|shipbuilder|rival|peer|manager');

const DESCRIPTION_OPENING = /^(?:The|the) (?:[\w-]+ ){0,4}(?:bank|provider|maker|group|company|firm|miner|retailer|lender|insurer|operator|producer|carrier|airline|developer|giant|conglomerate|utility|brewer|grocer|chipmaker|carmaker|automaker|telco|supplier|manufacturer|publisher|owner|builder)(?:['’]s)?\b/;
const PRONOUN_SUBJECT = /^(?:It|They|Its shares|Their shares|The (?:stock|shares|company|group))\b/;

/** Where a figure's clause ends: "; ", ". ", a contrast, or a pronoun opening the main clause ("With a value of ¥7.2 trillion, it is…"). */
/** Where a call's reasons begin: ", arguing that", ", citing", ", given". */
const REASON = /,\s+(?:arguing|citing|noting|pointing to|given)\b/;

const CLAUSE_END = /;|\.\s|,\s+(?:while|but|whereas|although|arguing|citing|noting|pointing to|given)\b|,\s+(?:it|they|the (?:company|group|stock|shares))\s+(?:is|was|are|were|has|had|remains|remained|ranks|stands)\b/;

/** Whether a mention stands inside an aside opened by ", which" or ", who" and closed by a comma before `at`. */
function inClosedAside(text: string, m: Mention, at: number): boolean {
  const open = Math.max(text.lastIndexOf(', which ', m.start), text.lastIndexOf(', who ', m.start), text.lastIndexOf(', in which ', m.start), text.lastIndexOf(', of which ', m.start), text.lastIndexOf(', whose ', m.start));
  if (open < 0) return false;
  const opening = text.slice(open + 2, m.start);
  if (!opening.includes(',')) {
    const close = text.indexOf(',', m.end);
    return close >= 0 && close < at;
  }
  // An aside with a figure of its own has ended before the name ("…, which lost 0.8%, and Toronto-Dominion Bank").
  if (DIGIT.test(opening)) return false;
  // "…, which sews for Nike, Adidas, Puma and Uniqlo, rose 2.64%": a list inside the aside, which closes at the comma
  // before the move's verb.
  for (let i = text.indexOf(', ', m.end); i >= 0 && i < at; i = text.indexOf(', ', i + 2)) {
    const word = /^, ([a-z]+)/.exec(text.slice(i, i + 16))?.[1];
    if (word && isMoveWord(word)) return true;
  }
  return false;
}

function toCandidate(h: RuleHit, company: Company, quote: string, currencies: readonly string[], asOf: string | null): FactCandidate {
  return {
    kind: h.kind, companyId: company.id, value: h.value, firm: FIRM_KINDS.has(h.kind) ? h.firm : null, period: h.period,
    currency: h.currency === null ? null : settleCurrency(h.currency, currencies), asOf, quote,
    approximate: h.approximate, fallback: h.fallback === true,
  };
}

function withStated(company: Company, companies: ArticleCompanies): Company {
  const extra = (companies.stated.get(company.id) ?? []).filter((l) => !company.listings.some((x) => x.ticker === l.ticker && x.exchange === l.exchange));
  return extra.length === 0 ? company : { id: company.id, name: company.name, aliases: company.aliases, listings: [...company.listings, ...extra] };
}

const groupKey = (c: FactCandidate): string => `${c.kind}|${c.companyId}|${c.currency ?? ''}|${c.firm ?? ''}`;

/** Candidates of one kind, company, currency and firm: whether one gives its figure exactly, and the values kept. */
interface Group {
  exact: boolean;
  /** Whether one of them is more than a fallback (a price after the opening one). */
  primary: boolean;
  values: Array<number | string>;
}

/** Drops repeats and hedged restatements, dates the facts and validates them. */
function finalize(candidates: FactCandidate[], article: Article, byId: ReadonlyMap<string, Company>, leftOut: LeftOutCounts): Fact[] {
  const byKey = new Map<string, Group>();
  const groups = candidates.map((c) => {
    const key = groupKey(c);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { exact: false, primary: false, values: [] }));
    if (!c.fallback) group.primary = true;
    if (!c.approximate && !c.fallback) group.exact = true;
    return group;
  });
  const asOf = article.published?.slice(0, 10) ?? null;
  const facts: Fact[] = [];
  for (const [i, c] of candidates.entries()) {
    const group = groups[i] as Group;
    // Ratings differ in letter case only between restatements ("Buy", "his buy call").
    const value = typeof c.value === 'string' ? c.value.toLowerCase() : c.value;
    if ((c.approximate && group.exact) || (c.fallback && group.primary) || group.values.includes(value)) continue;
    group.values.push(value);
    const company = byId.get(c.companyId);
    if (!company) continue;
    if (!holdsTogether(c)) {
      countLeftOut(leftOut, 'unclear value');
      continue;
    }
    facts.push({
      kind: c.kind, companyId: c.companyId, company: company.name, ticker: tickerFor(company, c.currency), value: c.value,
      currency: c.currency, firm: c.firm, period: c.period, asOf: c.asOf ?? asOf, quote: c.quote, approximate: c.approximate,
      articleId: article.id,
    });
  }
  return facts;
}

/**
 * The invariants a fact must meet (money has a currency, ratings are text, numbers are finite). The store checks
 * every fact against the full schema when it is written; this keeps the extractor's own output sound cheaply.
 */
function holdsTogether(c: FactCandidate): boolean {
  if (typeof c.value === 'number' ? !Number.isFinite(c.value) || TEXT_KINDS.has(c.kind) : !TEXT_KINDS.has(c.kind) || !c.value) return false;
  return !MONEY_KINDS.has(c.kind) || (c.currency !== null && /^[A-Z]{3}$/.test(c.currency));
}

/** The listing a figure was quoted on: the one trading in its currency, else the first. */
function tickerFor(company: Company, currency: string | null): string | null {
  const listing = company.listings.find((l) => l.currency === currency) ?? company.listings[0];
  return listing?.ticker ?? null;
}
