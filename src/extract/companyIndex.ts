import type { Company } from '../facts/company.js';

/** Registry names and tickers prepared for matching written text. */
export interface CompanyIndex {
  /** Normalised name or alias phrase → company. */
  byName: Map<string, Company>;
  /** Every phrase in byName that a longer phrase continues ("bank of" for "bank of america"): reading stops elsewhere. */
  prefixes: Set<string>;
  /** First word of every phrase in byName, to skip positions that start no name. */
  firstWords: Set<string>;
  /** The same first words as they may be written (as is, Title case, UPPER case): tested without folding. */
  firstWritten: Set<string>;
  /**
   * A bit per signature of the words in firstWritten (see `mayOpenName`): most capitalised words open no name,
   * and a clear bit turns them away without a probe of the large hash table.
   */
  firstFilter: Uint32Array;
  /** 32 less the filter's size in bits: a word's hash shifted right by this is its bit. */
  filterShift: number;
  /** Some name starts with a digit ("3M"): numbers in a sentence are worth looking up only then. */
  digitFirst: boolean;
  maxWords: number;
  /** Upper-case ticker → companies listing it. */
  byTicker: Map<string, Company[]>;
}

const LEGAL_SUFFIX =
  /\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|ag|se|sa|nv|n\.v|llc|lp|holdings?|group holdings?|class [abc]|adr|kgaa|spa|s\.p\.a|asa|ab|oyj|bhd|berhad|tbk)\.?$/i;

/** One written word: letters and digits with inner apostrophes, dots, hyphens and ampersands; or a lone `&`. */
export const WORD_PATTERN = /[A-Za-z0-9À-ÖØ-öø-ſ][A-Za-z0-9À-ÖØ-öø-ſ&'’.\-]*|&/g;
const WORD = WORD_PATTERN;

/** Lower-case, accent-free form of one written word, without possessive or trailing full stop. */
export function normalizeWord(word: string): string {
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7e || c === 0x27 || c === 0x2e) {
      plain = false;
      break;
    }
  }
  if (plain) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "Barclays' own shares": a plural name's possessive is its bare apostrophe.
    .replace(/['’]s?$/, '')
    .replace(/\.$/, '');
}

/** A written word with its lookup key and offsets. */
export interface Word {
  word: string;
  key: string;
  start: number;
  end: number;
}

/** Words of a text with their offsets. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0], key: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const ACRONYM_LEAD = /^([A-Z]{2,5}) (?:Group|Holdings?|Bank|Financial|Limited|Ltd|Inc|Corp|Corporation|plc|PLC|AG|SE|SA|NV|Co)\b/;

/** The phrase forms a company may be written as: name, aliases, and the name without its legal suffix. */
export function nameForms(company: Company): string[] {
  const forms = new Set<string>();
  for (const n of [company.name, ...company.aliases]) {
    forms.add(n);
    // "DBS Group Holdings Ltd" is written "DBS": an acronym opening a name of corporate words.
    const acronym = ACRONYM_LEAD.exec(n);
    if (acronym?.[1]) forms.add(acronym[1]);
    let bare = n;
    for (let i = 0; i < 3; i++) {
      const shorter = bare.replace(LEGAL_SUFFIX, '');
      if (shorter === bare) break;
      bare = shorter;
      // Every step counts: "Tencent Holdings Limited" is written "Tencent Holdings" as often as "Tencent".
      if (bare.length >= 3) forms.add(bare);
    }
  }
  return [...forms];
}

/** Filter sizes: 2^18 bits for a registry (about a fifth full at ten thousand companies), 2^10 for an article's own. */
const REGISTRY_FILTER_BITS = 18;
const ARTICLE_FILTER_BITS = 10;

/** A cheap 32-bit hash of a word's length, first two and last characters. */
function wordHash(text: string, start: number, end: number): number {
  const h = (((end - start) * 31 + text.charCodeAt(start)) * 31 + text.charCodeAt(end - start > 1 ? start + 1 : start)) * 31 + text.charCodeAt(end - 1);
  return Math.imul(h, 0x9e3779b1) >>> 0;
}

function markWord(index: CompanyIndex, word: string): void {
  const bit = wordHash(word, 0, word.length) >>> index.filterShift;
  index.firstFilter[bit >>> 5] = (index.firstFilter[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

/** Whether a word may be in firstWritten: false means it certainly is not. */
export function mayOpenName(index: CompanyIndex, text: string, start: number, end: number): boolean {
  const bit = wordHash(text, start, end) >>> index.filterShift;
  return ((index.firstFilter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

const cache = new WeakMap<readonly Company[], CompanyIndex>();

/** Builds (once per registry array) the lookup structures for matching names and tickers. */
export function indexCompanies(registry: readonly Company[]): CompanyIndex {
  const hit = cache.get(registry);
  if (hit) return hit;
  const index = emptyIndex(REGISTRY_FILTER_BITS);
  for (const company of registry) addCompany(index, company);
  cache.set(registry, index);
  return index;
}

/** An index with nothing in it yet; its filter is sized for the few companies one article introduces unless told. */
export function emptyIndex(filterBits = ARTICLE_FILTER_BITS): CompanyIndex {
  return {
    byName: new Map(), prefixes: new Set(), firstWords: new Set(), firstWritten: new Set(),
    firstFilter: new Uint32Array(1 << (filterBits - 5)), filterShift: 32 - filterBits, digitFirst: false, maxWords: 1, byTicker: new Map(),
  };
}

/** Adds one company's names and tickers to an index (also used for companies an article introduces). */
export function addCompany(index: CompanyIndex, company: Company): void {
  for (const form of nameForms(company)) {
    const formWords = words(form);
    const keys = formWords.map((w) => w.key);
    if (keys.length === 0) continue;
    const key = keys.join(' ');
    if (!index.byName.has(key)) index.byName.set(key, company);
    for (let n = 1; n < keys.length; n++) index.prefixes.add(keys.slice(0, n).join(' '));
    const first = keys[0] ?? '';
    index.firstWords.add(first);
    if (/^\d/.test(first)) index.digitFirst = true;
    const written = formWords[0]?.word.replace(/['’]s$|\.$/, '') ?? first;
    const lead = written.split(/['’]/)[0] ?? written;
    for (const w of [first, written, lead, first.toUpperCase(), first.charAt(0).toUpperCase() + first.slice(1)]) {
      index.firstWritten.add(w);
      markWord(index, w);
    }
    index.maxWords = Math.max(index.maxWords, keys.length);
  }
  for (const listing of company.listings) {
    const t = listing.ticker.toUpperCase();
    const list = index.byTicker.get(t) ?? [];
    if (!list.includes(company)) list.push(company);
    index.byTicker.set(t, list);
  }
}
