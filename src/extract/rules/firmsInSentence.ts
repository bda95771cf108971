import { indexCompanies } from '../companyIndex.js';
import { FIRM_NAMES } from '../firms.js';
import { BRACKETED_CODE, type Mention, NOT_TICKERS, type Token, capitalTokens, findNames } from '../mentions.js';
import { findRatings, isRatingWord } from './ratings.js';

export interface FirmMention {
  name: string;
  start: number;
  end: number;
}

const CAP = String.raw`[A-Z][\w&.\-]*(?:\s(?:&\s)?[A-Z][\w&.\-]*){0,3}`;
const ANALYSTS_AT = new RegExp(String.raw`\banalysts? (?:at|from|with) (${CAP})`, 'g');
/** "At İş Yatırım, analyst Selin Demir stuck with a Buy": the house a sentence opens on before its analyst. */
const AT_HOUSE = /^At (\p{Lu}[\p{L}&.\-]*(?: (?:& )?\p{Lu}[\p{L}&.\-]*){0,3}), (?:the )?analysts?\b/u;

/** The research houses as a name index: matched word by word like company names, longest name first. */
const FIRM_INDEX = indexCompanies(FIRM_NAMES.map((name) => ({ id: name, name, aliases: [], listings: [] })));
const FIRM_INDEXES = [FIRM_INDEX];

/**
 * Capitalised words that never continue a house's name written before them: days, months, rating words and words
 * that open a clause ("Jefferies Buy rating" does not occur; "Morgan Stanley MUFG" and "Hauck Aufhäuser Lampe" do).
 */
const NOT_NAME_WORDS = new Set([
  'On', 'In', 'At', 'For', 'The', 'Its', 'Their', 'This', 'That', 'A', 'An', 'And', 'Also', 'As', 'To', 'Of', 'By',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Buy', 'Sell', 'Hold',
  'Overweight', 'Underweight', 'Neutral', 'Outperform', 'Underperform', 'Equal', 'Market', 'Sector', 'Strong',
  'Moderate', 'Add', 'Reduce', 'Accumulate', 'Analyst', 'Analysts', 'Research', 'Price', 'Target',
]);
/** The endings a house's name may carry after the list's form of it. */
const NAME_TAIL = new Set(['Research', 'Securities', 'Capital', 'Markets', 'Group', 'Global', 'Bank', 'Partners', 'Equities', 'Institutional']);

const OBJECT_BEFORE = /\b(?:on|for|of|lifted|raised|lowered|cut|moved|upgraded|downgraded|upgrades|downgrades|rates|rated|reiterated|initiated|covering|coverage of)\s+$/i;

const SOURCE_BEFORE = /\b(?:out|note|notes|report|reports|research|analysts?) of\s+$/i;
const OWN_STOCK_AFTER = /^(?:['’]s?)?\s+(?:own\s+)?(?:mean|average|consensus|median|shares?|stock|units|share price|market (?:value|cap))\b/i;

/** Research firms a sentence names: known houses (with the rest of their written name), and "analysts at X". */
export function findFirms(text: string, tokens: readonly Token[] = capitalTokens(text)): FirmMention[] {
  const named = findNames(text, tokens, FIRM_INDEXES, false, true);
  const analystWord = text.includes('nalyst');
  // Most sentences name no research house: nothing to filter, sort or read "analysts at" from.
  if (named.length === 0 && !analystWord) return [];
  const out: FirmMention[] = [];
  for (const m of named) {
    // "a call on Maybank", "shares of Morgan Stanley", "RBC lifted Wells Fargo to Sector Perform": a house named as
    // the object is the company, not the analyst.
    const lead = text.slice(Math.max(0, m.start - 14), m.start);
    // "a broker note out of Citi", "a report of Nomura": the house is the note's author, not its object.
    if (OBJECT_BEFORE.test(lead) && !SOURCE_BEFORE.test(lead)) continue;
    // "DBS's mean target price", "Barclays' shares": the house's own stock is the subject.
    if (OWN_STOCK_AFTER.test(text.slice(m.end, m.end + 30))) continue;
    const end = nameEnd(text, tokens, m.end);
    out.push({ name: text.slice(m.start, end).replace(/['’]s$/, '').replace(SENTENCE_STOP, '$1'), start: m.start, end });
  }
  const at = analystWord && text.startsWith('At ') ? AT_HOUSE.exec(text)?.[1] : undefined;
  if (at && !out.some((f) => f.start === 3)) out.push({ name: at, start: 3, end: 3 + at.length });
  const analystsAt = analystWord ? text.matchAll(ANALYSTS_AT) : [];
  for (const m of analystsAt) {
    const name = (m[1] ?? '').replace(/[.,]$/, '');
    const start = m.index + m[0].length - (m[1] ?? '').length;
    if (!out.some((f) => f.start <= start && start < f.end)) out.push({ name, start, end: start + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where a house's written name ends: the list's form, then up to three capitalised words right after it. */
function nameEnd(text: string, tokens: readonly Token[], end: number): number {
  let at = end;
  for (const t of tokens) {
    if (t.start < at + 1) continue;
    if (t.start !== at + 1 || text.charCodeAt(at) !== 32 || at - end > 40) break;
    const word = text.slice(t.start, t.end);
    const c = word.charCodeAt(0);
    if (c < 65 || c > 90 || (NOT_NAME_WORDS.has(word) && !NAME_TAIL.has(word))) break;
    at = t.end;
  }
  return at;
}

/** The firm named closest before a position, else the first one after it. */
export function firmFor(firms: readonly FirmMention[], at: number): FirmMention | undefined {
  let before: FirmMention | undefined;
  for (const f of firms) if (f.end <= at) before = f;
  return before ?? firms.find((f) => f.start >= at);
}

/**
 * Verbs whose subject, when a target or rating follows in the same clause, is the house making the call. "has" and
 * "sees" count only for a name that is no company of the article: "Alibaba has a consensus rating of Buy" speaks of
 * the company, "Cormark has a C$26 target" of a house.
 */
const ACTOR_VERBS = new Set([
  'raised', 'raises', 'lifted', 'lifts', 'boosted', 'boosts', 'increased', 'increases', 'hiked', 'hikes', 'bumped',
  'bumps', 'nudged', 'nudges', 'lowered', 'lowers', 'cut', 'cuts', 'trimmed', 'trims', 'reduced', 'reduces',
  'slashed', 'slashes', 'set', 'sets', 'reiterated', 'reiterates', 'reissued', 'reissues', 'reaffirmed', 'reaffirms',
  'restated', 'restates', 'maintained', 'maintains', 'kept', 'keeps', 'confirmed', 'confirms', 'upgraded', 'upgrades',
  'downgraded', 'downgrades', 'initiated', 'initiates', 'started', 'starts', 'resumed', 'resumes', 'assumed', 'assumes',
  'rates', 'assigned', 'assigns', 'issued', 'issues', 'gave', 'gives', 'moved', 'moves', 'took', 'takes', 'stuck',
  'placed', 'puts', 'stayed', 'stays', 'remained', 'remains', 'sticks', 'began', 'begins',
]);
/** Verbs of keeping a call, which "at" or "on" follows without making them passive ("stayed at Neutral on Tilray"). */
const STAYING_VERBS: ReadonlySet<string> = new Set(['stayed', 'stays', 'remained', 'remains']);
const WEAK_ACTOR_VERBS = new Set(['has', 'have', 'sees']);
/** What makes a clause an analyst's call ("price target", "price objective" hold their last word), in any case. */
const CALL_WORDS = /\b(?:objective|target|rating|recommendation|coverage|PT)\b/i;
/** A verb used as a participle ("upgraded to Buy at Baird", "raised by Jefferies") has no actor before it. */
const PASSIVE_NEXT = /^\s+(?:to|from|at|by|on|as|in|after|amid)\b/;
const NUMBER_WORDS: ReadonlySet<string> = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve']);
/** Words that open a capitalised run without being a house's name. */
const NOT_A_FIRM = new Set([
  'The', 'It', 'Its', 'They', 'He', 'She', 'We', 'I', 'Analysts', 'Analyst', 'Shares', 'Investors', 'Management',
  'Wall', 'Street', 'Several', 'Many', 'Some', 'Most', 'Brokerages', 'Brokers', 'Company', 'Board', 'Chief', 'CEO',
  'Which', 'That', 'This', 'These', 'Those', 'Who', 'Also', 'Meanwhile', 'Separately', 'Finally', 'Lastly', 'Earlier',
  ...NUMBER_WORDS, 'Both', 'All', 'Each', 'Every', 'No', 'None', 'Other', 'Another', 'A', 'An',
]);
const HOUSE_NOUN = / (?:Capital|Securities|Partners|Research|Advisors|Advisers|Investments|Equities)\b/;
const CONNECTOR = /^(?: | & | and | of | de | du )$/;
const PASSIVE_BY = /\b(?:raised|lifted|boosted|increased|hiked|bumped|nudged|lowered|cut|trimmed|reduced|slashed|upgraded|downgraded|reiterated|reaffirmed|restated|maintained|initiated|assigned|set|given)\b[^;.]{0,90}?\bby ([A-Z][\w&'’.-]*(?:(?: | & | of )[A-Z][\w&'’.-]*){0,4})/g;
const POSSESSIVE_CALL = /([A-Z][\w&.-]*(?:(?: | & )[A-Z][\w&.-]*){0,3})['’]s (?:(?:new|latest|revised|current|previous)\s+)?(?:price target|target price|price objective|objective|target|rating|recommendation)\s+(?:on|for)\s+/g;

const BY_NAME = /\bby [A-Z]/;
/** A possessive before a call's noun: a cheap test before looking for whose it is. */
const POSSESSIVE_CALL_NOUN = /['’]s (?:new |latest |revised |current |previous )?(?:price target|target price|price objective|objective|target|rating|recommendation) (?:on|for) /;

/** The capitalised run of words that ends right before `end` (names joined by "&", "of", "and"). */
function runBefore(text: string, tokens: readonly Token[], end: number): { start: number; end: number } | undefined {
  let i = tokens.length - 1;
  while (i >= 0 && (tokens[i]?.end ?? 0) > end) i--;
  const last = tokens[i];
  if (!last || last.end !== end) return undefined;
  let start = last.start;
  for (let j = i - 1; j >= 0 && i - j < 6; j--) {
    const t = tokens[j];
    if (!t || !CONNECTOR.test(text.slice(t.end, start))) break;
    start = t.start;
  }
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90 ? { start, end } : undefined;
}

/** The clause after a position, up to a semicolon, a full stop or a joined clause. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 120);
  const cut = rest.search(/;|\.\s|,\s+(?:while|but|whereas|and)\s|\s(?:while|whereas)\s/);
  return cut < 0 ? rest : rest.slice(0, cut);
}

/**
 * Houses the sentence shows acting as analysts although no list holds them, or although they are listed
 * companies themselves: the subject of a call verb ("Royal Bank of Canada raised its Topaz Energy price objective"),
 * the agent of a passive one ("saw its price target lifted … by Scotiabank") and the owner of a call on another
 * company ("Cormark's price objective on Topaz Energy").
 */
export function findActingFirms(text: string, tokens: readonly Token[], known: readonly FirmMention[], mentions: readonly Mention[], rated: boolean): FirmMention[] {
  if (!rated && !CALL_WORDS.test(text)) return [];
  const out: FirmMention[] = [];
  // Each capitalised word followed by a call verb (read word by word, far cheaper than a pattern at every position).
  for (const t of tokens) {
    // "MF Global Holdings Ltd. upgraded it": a legal form's full stop stands between the house and its verb.
    const end = text.charCodeAt(t.end) === 46 && LEGAL_FORM.test(text.slice(t.start, t.end)) ? t.end + 1 : t.end;
    const said = verbAfter(text, end);
    // "Merrill Lynch said it had raised its target price": the call is the saying house's.
    const reported = said && SAYING.has(said.word) ? reportedCall(text, said.end) : null;
    const verb = reported ?? said ?? verbAfterAside(text, end);
    if (!verb) continue;
    const weak = WEAK_ACTOR_VERBS.has(verb.word);
    if (!weak && !ACTOR_VERBS.has(verb.word)) continue;
    if (!STAYING_VERBS.has(verb.word) && PASSIVE_NEXT.test(text.slice(verb.end, verb.end + 8))) continue;
    const after = clauseAfter(text, verb.end);
    if (!CALL_WORDS.test(after) && findRatings(after).length === 0) continue;
    const run = runBefore(text, tokens, t.end);
    // "JPMorgan analyst Delphine Lee raised": the analyst's own name is not the house.
    if (!run || /\banalysts?\s$/i.test(text.slice(Math.max(0, run.start - 10), run.start))) continue;
    if (weak && (/\b(?:consensus|average|mean)\b/i.test(after) || mentions.some((x) => x.start < run.end && run.start < x.end))) continue;
    // "Keybanc's Tyler Parker kept…": the analyst speaks for the house that owns them.
    const owner = run.start > 3 ? OWNER_BEFORE.exec(text.slice(Math.max(0, run.start - 40), run.start)) : null;
    // "John Zamparo of CIBC stayed at Neutral": the house the analyst is of.
    const of = text.lastIndexOf(' of ', end);
    const house = of > run.start ? findFirms(text.slice(of + 4, end)).find((f) => f.start === 0) : undefined;
    if (owner?.[1]) {
      const start = run.start - owner[0].length;
      addFirm(text, start, start + owner[1].length, known, out);
    } else if (house) addFirm(text, of + 4, of + 4 + house.end, known, out);
    else addFirm(text, run.start, end, known, out);
  }
  if (text.includes(' by ') && BY_NAME.test(text)) {
    for (const m of text.matchAll(PASSIVE_BY)) {
      const name = m[1] ?? '';
      const start = m.index + m[0].length - name.length;
      if (CALL_WORDS.test(text.slice(m.index, start)) || findRatings(text.slice(m.index, start)).length > 0) addFirm(text, start, start + name.length, known, out);
    }
  }
  if (POSSESSIVE_CALL_NOUN.test(text)) for (const m of text.matchAll(POSSESSIVE_CALL)) addFirm(text, m.index, m.index + (m[1] ?? '').length, known, out);
  // "- Anchor Capital: Buy, target R305": a list row opening on a name, a rating and a target is a house's call.
  const row = known.length === 0 ? RATED_ROW.exec(text) : null;
  if (row?.[2] && findRatings(row[2]).length > 0 && !mentions.some((x) => x.start < row.index + row[0].length)) {
    const start = text.indexOf(row[1] ?? '');
    addFirm(text, start, start + (row[1] ?? '').length, known, out);
  }
  return out;
}

const RATED_ROW = /^(?:[-•*▪]\s*)?([A-Z][\w&.'’-]*(?: [A-Z0-9][\w&.'’-]*){0,3}):\s*((?:Strong |Moderate )?[A-Z][\w-]*(?:[- ][A-Z][\w-]*)?)\s*[,|;]\s*(?:[Tt]arget|TP|[Pp]rice target)\b/;

const OWNER_BEFORE = /([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})['’]s $/;
/** "…by Germany's Berenberg.": the sentence's full stop after a house's name (a legal form's "Inc." keeps its own). */
const SENTENCE_STOP = /([A-Za-z]{3})\.$/;
const BRACKETED_CALL = /^\s?\(\s*\D{0,4}\d[\d.,]*p?,\s*['‘"“]?([A-Za-z][A-Za-z -]{1,24}?)['’"”]?\)/;
const ON_COMPANY_HEAD = /^ on [A-Z][^:|.;]{1,40}:/;
const TICKER_AFTER = new RegExp(String.raw`^ \(${BRACKETED_CODE}\)`);
const RERATED = /^(?:upgraded|downgraded|upgrades|downgrades)$/;
const STOCK_OBJECT = /^\s+(?:the (?:shares|stock)|it)\b/;

const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'noted', 'wrote']);
const REPORTED_CALL = /^,?\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+|would\s+|will\s+)?(?:now\s+)?([a-z]+)/;
/**
 * The call verb a saying reports: "said it had raised its target", or the one its sentence goes on to ("MOFSL said
 * momentum … points to upside, and it reiterated its BUY rating").
 */
function reportedCall(text: string, from: number): { word: string; end: number } | null {
  const direct = REPORTED_CALL.exec(text.slice(from, from + 40));
  if (direct?.[1]) return { word: direct[1], end: from + direct[0].length };
  const rest = text.slice(from, from + 160);
  const later = REPORTED_LATER.exec(rest);
  if (!later?.[1] || /[.;]\s/.test(rest.slice(0, later.index))) return null;
  return { word: later[1], end: from + later.index + later[0].length };
}

const REPORTED_LATER = /,\s+and\s+(?:it|they)\s+(?:has\s+|have\s+|also\s+)?([a-z]+)/;

const LEGAL_FORM = /^(?:Ltd|Inc|Corp|Co|Plc|PLC|LLC|AG|SA|SE|NV)$/;

/** Adds a house's name found at start–end, unless it is no name or overlaps one already found. */
function addFirm(text: string, start: number, end: number, known: readonly FirmMention[], out: FirmMention[]): void {
  const name = text.slice(start, end).replace(/['’]s$/, '').replace(SENTENCE_STOP, '$1');
  const first = name.split(' ')[0] ?? '';
  if (name.length < 2 || NOT_A_FIRM.has(name) || NOT_TICKERS.has(name)) return;
  // "Eight Capital" is a house; "Eight analysts" and "The stock" are not.
  if (NOT_A_FIRM.has(first) && !(NUMBER_WORDS.has(first) && HOUSE_NOUN.test(name))) return;
  if (known.some((f) => f.start < end && start < f.end) || out.some((f) => f.start < end && start < f.end)) return;
  out.push({ name, start, end: start + name.length });
}

/**
 * The lower-case word after a capitalised one, skipping an analyst named between ("Jefferies analysts raised",
 * "Nomura analyst Jane Doe cut"): the verb the house may be the subject of.
 */
function verbAfter(text: string, end: number, afterComma = false): { word: string; end: number } | undefined {
  // "a note from Korea Investment & Securities, which lowered its target": the relative clause's verb;
  // "Morgan Stanley, rating the stock Overweight, has…": the participle after the comma.
  let at = text.startsWith(', which ', end) ? end + 7 : afterComma && text.charCodeAt(end) === 44 ? end + 1 : end;
  for (let skipped = 0; skipped < 4; skipped++) {
    if (text.charCodeAt(at) !== 32) return undefined;
    const c = text.charCodeAt(at + 1);
    // Only a lower-case word is a verb; capitalised ones are skipped only after "analyst".
    const lower = c >= 97 && c <= 122;
    if (!lower && (skipped === 0 || c < 65 || c > 90)) return undefined;
    let e = at + 1;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    if (!lower) {
      // The analyst's own name, after "analyst": capitalised words.
      at = e;
      continue;
    }
    const word = text.slice(at + 1, e);
    if (skipped === 0 && (word === 'analyst' || word === 'analysts')) {
      at = e;
      continue;
    }
    // "Liberum Capital currently rates": an adverb of time between the house and its verb.
    if (VERB_ADVERBS.has(word)) {
      at = e;
      continue;
    }
    return { word, end: e };
  }
  return undefined;
}

const VERB_ADVERBS: ReadonlySet<string> = new Set(['currently', 'now', 'still', 'also', 'today', 'recently', 'previously', 'already', 'again', 'then', 'meanwhile']);

/** "Anchor Capital, one of the Johannesburg houses that covers the listing, raised…": the verb after an aside. */
function verbAfterAside(text: string, end: number): { word: string; end: number } | undefined {
  if (text.charCodeAt(end) !== 44) return undefined;
  const m = ASIDE_THEN_VERB.exec(text.slice(end, end + 110));
  return m?.[1] ? { word: m[1], end: end + m[0].length } : undefined;
}

const ASIDE_THEN_VERB = /^, (?:one of|a|an|the|which|who|for|long|once|until|after|like)\b[^,;]{1,90}, ([a-z]+)/;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
}

/** "The broker", "the bank", "he": a call whose house was named earlier in the article. */
const BACK_REFERENCE = /\b(?:[Hh]e|[Ss]he|[Tt]hey(?= (?:also |now |have |had )?(?:raised|lifted|cut|lowered|trimmed|upgraded|downgraded|kept|reiterated|maintained|set|rate|moved)\b)|[Hh](?:is|er)(?= (?:new |latest |revised |raised |lowered |reduced )?(?:price target|target price|target|rating|recommendation|objective|price objective)\b)|[Tt]he (?:[a-zA-Z-]+ ){0,2}(?:broker|brokerage|bank|analyst|house|investment bank|research firm|lender))\b(?! following| covering| polled| surveyed)/;

/** Where the sentence refers back to a house named earlier, if it does. */
export function backReference(text: string): { start: number; end: number } | undefined {
  const m = BACK_REFERENCE.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Company mentions that fall inside a firm's written name ("Morgan Stanley MUFG" holds MUFG). */
export function insideFirm(m: Mention, firms: readonly FirmMention[]): boolean {
  return firms.some((f) => f.start < m.end && m.start < f.end);
}

/** Words after a house's name that show it making a call ("Barclays reiterated", "HSBC's analysts", "Citi rates"). */
const HOUSE_VERBS = new Set([...ACTOR_VERBS, ...WEAK_ACTOR_VERBS, 'had', 'rated', 'said', 'says', 'expects', 'sees', 'recommends', 'remains', 'is', 'rating', 'keeping', 'maintaining', 'reiterating', 'raising', 'cutting', 'lifting', 'lowering', 'setting']);
/** A call verb a few words on, past an auxiliary or an aside. */
const HOUSE_VERB_SOON = new RegExp(String.raw`^[^.;]{0,30}?\b(?:${[...ACTOR_VERBS, 'lift', 'raise', 'cut', 'lower', 'trim', 'set', 'keep', 'maintain', 'reiterate', 'upgrade', 'downgrade', 'rate'].join('|')})\b`);
const HOUSE_BEFORE = /\b(?:analysts?\s+(?:at|from|with)|according\s+to|by|at)\s+$/i;
const HOUSE_AFTER = /^(?:['’]s?)?\s+(?:analysts?|strategists?|research)\b|^\s+from\s+\D{0,4}\d[\d.,]*\s+to\s+\D{0,4}\d|^(?:['’]s?)?\s+(?:new\s+|latest\s+|revised\s+)?(?:price target|target price|price objective|target|rating|recommendation|call|view)\b/i;

/**
 * Whether a house that is also a listed company ("Barclays", "UBS", "Mizuho") acts as analyst in the sentence:
 * the subject of a call, the analysts' employer, the agent of a passive call. Otherwise it is the company the
 * sentence speaks of ("OCBC saw the sharpest revision to its mean target price").
 */
export function actsAsHouse(text: string, start: number, named: number): boolean {
  // "Goldman Sachs (GS) upgraded the shares": the house's ticker stands between it and its verb.
  const ticker = text.charCodeAt(named + 1) === 40 ? TICKER_AFTER.exec(text.slice(named, named + 16)) : null;
  const end = named + (ticker?.[0].length ?? 0);
  if (HOUSE_AFTER.test(text.slice(end, end + 30)) || HOUSE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  // "Barclays (3,300p, 'overweight')": a house's target and rating in brackets after its name.
  const bracketed = BRACKETED_CALL.exec(text.slice(end, end + 40));
  if (bracketed?.[1] && isRatingWord(bracketed[1])) return true;
  // "- HSBC: Outperform | Target of Rs 390", "Macquarie on HDFC Bank: Outperform | Target price: Rs 1,900": a list
  // row opening on the house (and the company it is on), then its rating.
  // "Citi on HPCL: Pointing to attractive valuations, the brokerage retains…": a note's heading opens on its house.
  const onCompany = start <= 2 ? ON_COMPANY_HEAD.exec(text.slice(end, end + 50)) : null;
  if (onCompany) return true;
  if (start <= 2 && text.charCodeAt(end) === 58) {
    const rated = findRatings(text.slice(end + 1, end + 30))[0];
    if (rated && /^\s*$/.test(text.slice(end + 1, end + 1 + rated.start))) return true;
  }
  // The call verb may follow an auxiliary or an aside: "Citi did, however, lift its price target".
  // "UBS, for a long time the most cautious house, upgraded the stock": the verb after an aside.
  const aside = verbAfterAside(text, end);
  const verb = aside && HOUSE_VERBS.has(aside.word) ? aside : verbAfter(text, end, true);
  if (!verb) return false;
  const call = HOUSE_VERBS.has(verb.word) ? verb : HOUSE_VERB_SOON.exec(text.slice(verb.end, verb.end + 40));
  if (!call) return false;
  const after = clauseAfter(text, 'end' in call ? call.end : verb.end + call.index + call[0].length);
  // "after Goldman Sachs (GS) upgraded the shares": an upgrade or a downgrade of the stock is a call by itself.
  if ('word' in call && RERATED.test(call.word) && STOCK_OBJECT.test(after)) return true;
  // "Nomura sees a path to $215": a house that sees a price names its target.
  return CALL_WORDS.test(after) || findRatings(after).length > 0 || (verb.word === 'sees' && /[$€£¥₹]\s?\d/.test(after));
}
