import type { Company, Listing } from '../../src/facts/company.js';
import { MARKET_INFO, MARKETS, type Market } from './markets.js';
import { personName } from './people.js';
import { createRandom, hashSeed, type Random } from './random.js';
import { SECTORS, type Sector } from './sectors.js';

/** A registry company plus what the article templates need to write about it. */
export interface GeneratedCompany {
  company: Company;
  market: Market;
  /** The name articles use most (`Veltrano`), also the first alias. */
  short: string;
  sector: Sector;
  ceo: string;
}

const SYLLABLES = ['vel', 'tra', 'no', 'kor', 'vex', 'ar', 'ben', 'dal', 'mir', 'zen', 'lo', 'ta', 'ris', 'sol',
  'quin', 'cor', 'ion', 'pra', 'lum', 'ora', 'bri', 'cal', 'dor', 'fen', 'gar', 'hal', 'jun', 'kel', 'lin', 'mar',
  'nor', 'pel', 'ros', 'sev', 'tor', 'vin', 'wes', 'yar', 'zor', 'ka', 'mi', 'sa', 'te', 'ru', 'vo', 'el', 'an',
  'is', 'op', 'ux', 'hel', 'stra', 'phy', 'gen', 'tex', 'ly', 'da', 'ne', 'ri', 'qua'];

function coreName(random: Random): string {
  const count = random.chance(0.45) ? 2 : 3;
  let core = '';
  for (let i = 0; i < count; i++) core += random.pick(SYLLABLES);
  return core.charAt(0).toUpperCase() + core.slice(1);
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function letterTicker(core: string, random: Random, taken: Set<string>): string {
  const letters = core.toUpperCase().replace(/[^A-Z]/g, '');
  const consonants = letters[0] + letters.slice(1).replace(/[AEIOU]/g, '');
  const tries = [letters.slice(0, 4), consonants.slice(0, 4), consonants.slice(0, 3), letters.slice(0, 3)];
  for (const t of tries) if (t.length >= 3 && !taken.has(t)) return t;
  for (;;) {
    const t = letters[0] + Array.from({ length: random.int(2, 3) }, () => random.pick([...'ABCDEFGHKLMNPRSTVWXZ'])).join('');
    if (!taken.has(t)) return t;
  }
}

/** NSE symbols are words; a clash with an earlier letter ticker gets a suffix. */
function symbolTicker(core: string, taken: Set<string>): string {
  const symbol = core.toUpperCase();
  return taken.has(symbol) ? `${symbol}IND` : symbol;
}

function digitTicker(width: number, min: number, max: number, random: Random, taken: Set<string>): string {
  for (;;) {
    const t = String(random.int(min, max)).padStart(width, '0');
    if (!taken.has(t)) return t;
  }
}

function listingsFor(market: Market, core: string, random: Random, taken: Set<string>): Listing[] {
  const info = MARKET_INFO[market];
  const exchange = random.pick(market === 'in' ? ['NSE'] : info.exchanges);
  const ticker = market === 'in' ? symbolTicker(core, taken)
    : market === 'jp' ? digitTicker(4, 1300, 9999, random, taken)
    : market === 'kr' ? digitTicker(6, 100, 399999, random, taken)
    : market === 'hk' ? digitTicker(4, 1, 9999, random, taken)
    : letterTicker(core, random, taken);
  const listings: Listing[] = [{ ticker, exchange, currency: info.currency }];
  if (market === 'in' && random.chance(0.5)) {
    listings.push({ ticker: digitTicker(6, 500000, 544999, random, taken), exchange: 'BSE', currency: 'INR' });
  }
  if (market === 'us' && random.chance(0.05)) {
    listings.push({ ticker: digitTicker(4, 1, 9999, random, taken), exchange: 'HKEX', currency: 'HKD' });
  }
  for (const l of listings) taken.add(l.ticker);
  return listings;
}

function marketAt(u: number): Market {
  let acc = 0;
  for (const m of MARKETS) {
    acc += MARKET_INFO[m].share;
    if (u < acc) return m;
  }
  return 'us';
}

/** `count` companies with distinct names, ids and tickers; the same seed gives the same list. */
export function generateCompanies(count: number, seed: number): GeneratedCompany[] {
  const random = createRandom(hashSeed(seed, 'companies'));
  const cores = new Set<string>();
  const tickers = new Set<string>();
  const out: GeneratedCompany[] = [];
  while (out.length < count) {
    const core = coreName(random);
    if (cores.has(core)) continue;
    cores.add(core);
    const market = marketAt(random.next());
    const sector = random.pick(SECTORS);
    const withWord = random.chance(0.4);
    const name = `${core}${withWord ? ` ${sector.word}` : ''} ${random.pick(MARKET_INFO[market].suffixes)}`;
    const aliases = withWord ? [core, `${core} ${sector.word}`] : [core];
    const listings = listingsFor(market, core, random, tickers);
    out.push({
      company: { id: slug(name), name, aliases, listings },
      market,
      short: core,
      sector,
      ceo: personName(random.pick),
    });
  }
  return out;
}
