import type { Company } from '../facts/company.js';
import type { Amount } from './amounts.js';
import { NOT_TICKERS, type Token } from './mentions.js';
import { NOT_COMPANY_WORDS } from './otherSubjects.js';
import { findFirms } from './rules/firmsInSentence.js';
import { GLUED_HEADING, GLUED_ROW } from './rules/labels.js';
import { findRatings } from './rules/ratings.js';
import { DOWN, RECORD_EXTREME, UP, moveVerbBefore } from './rules/moveWords.js';


/** Capitalised words that open or fill a phrase without naming a company. */
const NOISE = new Set([
  'Peer', 'Peers', 'Rival', 'Rivals', 'Competitor', 'Competitors', 'Sector', 'Fellow', 'Smaller', 'Larger', 'Shares',
  'Stock', 'Stocks', 'The', 'In', 'On', 'At', 'Why', 'How', 'What', 'Is', 'Are', 'Should', 'Investors', 'Analysts',
  'Wall', 'Street', 'While', 'As', 'After', 'When', 'Its', 'Their', 'This', 'These', 'US', 'U.S.', 'UK',
  'Tech', 'Top', 'Best', 'Buy', 'Sell', 'Hold', 'Will', 'Can',
  'Does', 'Do', 'Here', 'Here’s', "Here's", 'Meanwhile', 'Also', 'And', 'But', 'Even', 'Still', 'Yet', 'So', 'Then',
  'Today', 'Now', 'Elsewhere', 'Among', 'Both', 'It', 'They', 'He', 'She', 'We', 'You', 'I', 'A', 'An', 'Of', 'For',
  'By', 'With', 'To', 'From', 'Shares,', 'Plus', 'Over', 'Under', 'Despite', 'Amid', 'Following',
]);
/** Words that are never a company on their own: places, peoples, calendar words and the market's common nouns. */
const NEVER_A_NAME = new Set([
  ...NOT_COMPANY_WORDS, 'Xetra', 'BSE', 'NSE', 'SGX', 'HKEX', 'LSE', 'NYSE', 'Nasdaq', 'Industry', 'South', 'North', 'East', 'West', 'Resources', 'Financials', 'Industrials', 'Telecoms',
  'Abu', 'Dhabi', 'Doha', 'Kuwait', 'Muscat', 'Bahrain', 'Cairo', 'Lagos', 'Nairobi', 'Karachi', 'Dhaka', 'Colombo', 'Hanoi',
  'Osaka', 'Beijing', 'Shenzhen', 'Delhi', 'Kolkata', 'Chennai', 'Bengaluru', 'Geneva', 'Munich', 'Luxembourg', 'Sao', 'Paulo',
  'Everyone', 'Everybody', 'Nobody', 'Someone', 'Somebody', 'Anyone', 'Investors', 'Traders', 'Analysts', 'Shareholders', 'Bulls', 'Bears', 'Markets', 'Stocks', 'Shares',
  'Miners', 'Retailers', 'Insurers', 'Lenders', 'Chipmakers', 'Carmakers', 'Automakers', 'Refiners', 'Property',
  'Brazil', 'Mexico', 'Russia', 'Turkey', 'Poland', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Italy', 'Spain',
  'Netherlands', 'Belgium', 'Austria', 'Ireland', 'Israel', 'Indonesia', 'Thailand', 'Vietnam', 'Philippines',
  'Argentina', 'Chile', 'Colombia', 'Peru', 'Arabia', 'Qatar', 'Egypt', 'Nigeria', 'Kenya', 'Zealand', 'Africa', 'UAE',
  'Dubai', 'Istanbul', 'Warsaw', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Madrid', 'Milan', 'Amsterdam',
  'Brussels', 'Vienna', 'Dublin', 'Lisbon', 'Johannesburg', 'Riyadh', 'Jakarta', 'Bangkok', 'Manila', 'Taipei',
  'Melbourne', 'Auckland', 'Wellington', 'Montreal', 'Vancouver', 'Chicago', 'Boston', 'York', 'China', 'Japan', 'India', 'Korea', 'Asia', 'Europe', 'America', 'Germany', 'France',
  'Britain', 'Canada', 'Australia', 'Switzerland', 'Taiwan', 'Singapore', 'Malaysia', 'Hong', 'Kong', 'Tokyo', 'Seoul',
  'London', 'Frankfurt', 'Paris', 'Zurich', 'Mumbai', 'Sydney', 'Toronto', 'Shanghai', 'Shenzhen', 'Beijing',
  'American', 'German', 'French', 'British', 'Korean', 'Australian', 'Canadian', 'Swiss', 'Taiwanese', 'Global',
  'European', 'Asian', 'Chinese', 'Indian', 'Japanese', 'Italian', 'Spanish', 'Dutch', 'Nordic', 'Scandinavian',
  'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Malaysian', 'Singaporean', 'Indonesian', 'Brazilian', 'Mexican',
  'African', 'Saudi', 'Gulf', 'Emerging', 'Western', 'Eastern', 'Northern', 'Southern', 'Local', 'Regional', 'Foreign',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Energy', 'Technology',
  'Healthcare', 'Industrials', 'Financials', 'Materials', 'Utilities', 'Banks', 'Banking', 'Real', 'Estate', 'Stocks',
  'Shares', 'Equities', 'Futures', 'Bonds', 'Sentiment', 'Trading', 'Earnings', 'Revenue', 'Sales', 'Profit',
  'Results', 'Volume', 'Turnover', 'Analysts', 'Investors', 'Traders', 'Markets', 'Economy', 'Inflation',
  // Nouns that open a sentence about a figure moving: "Revenues rose 26.4%", "Exports fell 3%".
  'Revenues', 'Profits', 'Income', 'Margin', 'Margins', 'Costs', 'Expenses', 'Spending', 'Capex', 'Investment',
  'Investments', 'Orders', 'Bookings', 'Deliveries', 'Shipments', 'Exports', 'Imports', 'Output', 'Production',
  'Demand', 'Supply', 'Prices', 'Price', 'Rates', 'Rate', 'Yields', 'Yield', 'Dividend', 'Dividends', 'Payout',
  'Assets', 'Deposits', 'Loans', 'Lending', 'Subscribers', 'Users', 'Customers', 'Traffic', 'Visitors', 'Sales',
  'Wages', 'Unemployment', 'Employment', 'Jobs', 'Consumption', 'Growth', 'Net', 'Gross', 'Operating', 'Total',
  'Quarterly', 'Annual', 'Overall', 'Underlying', 'Adjusted', 'Core', 'Headline', 'Comparable', 'Organic',
  'Gas', 'Coal', 'Steel', 'Iron', 'Aluminium', 'Aluminum', 'Nickel', 'Zinc', 'Lithium', 'Platinum', 'Palladium',
  'Wheat', 'Corn', 'Sugar', 'Coffee', 'Cocoa', 'Cotton', 'Soybeans', 'Volatility', 'Confidence', 'Momentum',
  'Valuation', 'Valuations', 'Cash', 'Debt', 'Equity', 'Capital', 'Funds', 'Inflows', 'Outflows', 'Holdings',
  'Stake', 'Share', 'Stock', 'Index', 'Its', 'Their', 'Our', 'Some', 'Most', 'Many', 'Several', 'Others', 'Other',
  'Both', 'All', 'Each', 'Which', 'That', 'Those', 'There', 'Shareholders', 'Retail', 'Online', 'Domestic',
]);
/** Common nouns in the plural ("Exporters", "Chipmakers", "Utilities") open move sentences as often as names do. */
const PLURAL_NOUN = /(?:ers|ors|ies|als|ists|ants|ives|ings|ics|makers|ums)$/;

const MOVE_NAME = String.raw`[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3}`;
/**
 * "Plastics maker Covestro shed 0.1 percent", "Evonik dropped 1.7 percent": a name moving by a figure. Read from
 * the figure backwards (the figure, then a move verb just before it, then the name before the verb), since most
 * sentences have few figures and scanning every position for names is slow.
 */
/** After the amount a move went by: the price it went to, or the same move as a percentage ("12 yen, or 1.2 percent"). */
const TO_NEXT = /^(?:\s+to\b|,?\s+or\s)/;
/** The same in words, for the small moves wire reports spell out ("gained half a sen to 26.5 sen"). */
const WORD_FIGURE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half a)\s+(?:pence|cents?|sen|p)\s+to\b/g;
/** "Sibanye finished 5.15% higher at R19", "Impala Platinum closed 9.81% up": a close and the word after the figure. */
function closedMove(text: string, at: number): { index: number } | null {
  const before = wordEndingAt(text, at);
  if (!CLOSED_WORDS.has(before.word) || !MOVE_WORD_AFTER.test(text.slice(at, at + 24))) return null;
  return { index: before.start };
}

const CLOSED_WORDS: ReadonlySet<string> = new Set(['closed', 'ended', 'finished', 'settled', 'opened', 'traded', 'trading', 'was', 'were', 'is', 'are', 'last', 'seen', 'edged', 'inched', 'crept', 'ticked', 'moved']);

/**
 * "Azimut Holding was the pick of the best performers, leaping 4.04%": the name that opens the sentence, when the
 * one clause before the participle's comma is its own ("was", "led", "topped" and the like).
 */
function openingSubject(text: string, comma: number): string | null {
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90 || text.lastIndexOf(',', comma - 1) >= 0) return null;
  const end = nameAfter(text, 0);
  if (end < 0 || !OPENING_VERB.test(text.slice(end, end + 12))) return null;
  return text.slice(0, end);
}

const SENT_MOVING = /, sending (?:the|its|their) (?:[a-z]+['’]s )?(?:shares|stock) [+\-]?\d[\d.,]*\s?(?:%|per cent|percent) (?:higher|lower)\b/g;

const OPENING_VERB = /^(?:['’]s shares)?\s+(?:also\s+|meanwhile\s+|again\s+)?(?:was|were|is|are|led|topped|headed|had|has|made|posted|stood|emerged|ranked|caught|drew|enjoyed|suffered|saw|got|took|found|turned|put|proved)\b/;
const MOVE_WORD_AFTER = /^\S+\s+(?:(?:per cent|percent|pct)\s+)?(?:higher|lower|up|down|firmer|weaker)\b/;

/** Words that may stand between a name and its move verb: its shares, an auxiliary ("Croda's share price has gained"). */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(['shares', 'share', 'stock', 'price', 'has', 'have', 'is', 'are', 'was', 'were', 'which', 'also', 'too', 'itself', 'alone']);
/** The words that open a mover's clause right before its name. */
/** Nouns for a business that stand right before its name ("carmaker BMW", "rival Lazard"). */
const COMPANY_NOUNS = [
  'maker', 'makers', 'group', 'company', 'firm', 'rival', 'peer', 'lender', 'insurer', 'chipmaker', 'carmaker',
  'automaker', 'miner', 'retailer', 'operator', 'developer', 'supplier', 'producer', 'conglomerate', 'giant',
  'specialist', 'provider', 'manufacturer', 'utility', 'airline', 'brewer', 'grocer',
];
const OPENERS: ReadonlySet<string> = new Set([
  'and', 'while', 'whereas', 'but', 'are', 'were', 'include', 'including', ...COMPANY_NOUNS, 'bank', 'owner',
  'heavyweight', 'counterpart', 'compatriot', 'major', 'player', 'titan', 'behemoth', 'constituent',
]);

/** The word ending at `end` (spaces skipped) and where it starts. */
function wordEndingAt(text: string, end: number): { word: string; start: number } {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && isNameChar(text.charCodeAt(b - 1))) b--;
  return { word: text.slice(b, e), start: b };
}

/**
 * The name written before a move verb at `verbAt`: up to four capitalised words (joined by "&"), opened by the
 * sentence's start, a comma, a conjunction or a description ("Plastics maker Covestro"). Read backwards word by word.
 */
function inRelativeClause(text: string, at: number): boolean {
  return at > 0 && RELATIVE_OPEN.test(text.slice(Math.max(0, at - 90), at));
}

const RELATIVE_OPEN = /,\s+(?:which|who|whose)\s[^.;]*$/;

/** "Sands China, the largest operator by revenue, gained 3.1%": the name before an aside that describes it. */
function nameBeforeAside(text: string, verbAt: number): string | null {
  let e = verbAt;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (text.charCodeAt(e - 1) !== 44) return null;
  const open = text.lastIndexOf(', ', e - 2);
  if (open < 0 || e - open > 80 || !ASIDE_OPENING.test(text.slice(open + 2, e))) return null;
  return nameBeforeVerb(text, open + 1);
}

const ASIDE_OPENING = /^(?:(?:the|a|an|its|one of|which|whose|long|now)\s[^,;]*|[a-z][^,;\d]{2,60}),$/;

function nameBeforeVerb(text: string, verbAt: number): string | null {
  // Past "shares", "has", ", which", "'s" back to the name's last word.
  let end = verbAt;
  let relative = false;
  for (let i = 0; i < 4; i++) {
    let e = end;
    while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
    if (text.charCodeAt(e - 1) === 44) {
      end = e - 1;
      continue;
    }
    // "Pearson (PSON) climbs 3.5%", "Cyan (CYAN:AIM) sheds 15%": the ticker in brackets after the name.
    if (text.charCodeAt(e - 1) === 41) {
      const open = text.lastIndexOf('(', e - 1);
      if (open > 0 && e - open <= 16 && BRACKETED_TICKER.test(text.slice(open, e))) {
        end = open;
        continue;
      }
    }
    const w = wordEndingAt(text, e);
    if (!BETWEEN_WORDS.has(w.word)) break;
    if (w.word === 'which') relative = true;
    end = w.start;
  }
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(end - 1) === 44) end--;
  if (/['’]s$/.test(text.slice(end - 2, end))) end -= 2;
  let start = end;
  for (let words = 0; words < 4; words++) {
    let p = start;
    while (p > 0 && isNameChar(text.charCodeAt(p - 1))) p--;
    const c = text.charCodeAt(p);
    if (p === start || !isCapital(c)) break;
    start = p;
    // Go on over a space, " & " or " of " ("Royal Bank of Scotland"), to a capitalised word before.
    if (text.slice(start - 3, start) === ' & ' && isCapitalWordBefore(text, start - 3)) start -= 3;
    else if (text.slice(start - 4, start) === ' of ' && isCapitalWordBefore(text, start - 4)) start -= 4;
    else if (particleBefore(text, start) > 0) start = particleBefore(text, start);
    else if (text.charCodeAt(start - 1) === 32 && isCapitalWordBefore(text, start - 1)) start -= 1;
    else break;
  }
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 38)) start++;
  // "… from Xstrata, which fell 13.9p": the relative clause marks its antecedent as the mover, whatever precedes.
  if (start >= end || (!relative && !opensName(text, start))) return null;
  return text.slice(start, end);
}

/** Lower-case words inside names: "Monte dei Paschi di Siena", "Banco do Brasil", "Van de Velde". */
const PARTICLES: ReadonlySet<string> = new Set(['dei', 'di', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'le', 'y']);

/** Where the capitalised word before a particle ending at `start` (after its space) ends, or -1. */
function particleBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32) return -1;
  const w = wordEndingAt(text, start - 1);
  if (!PARTICLES.has(w.word) || text.charCodeAt(w.start - 1) !== 32 || !isCapitalWordBefore(text, w.start - 1)) return -1;
  return w.start - 1;
}

/** Whether what stands before a name opens a mover's clause: the start, a comma or semicolon, a conjunction. */
function opensName(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (e === 0) return true;
  const c = text.charCodeAt(e - 1);
  if (c === 44 || c === 59) return true;
  const word = wordEndingAt(text, e).word;
  // "Education publisher Pearson", "Technology tiddler Cyan": a noun for what the business is or does.
  return OPENERS.has(word) || (AGENT_NOUN.test(word) && !NOT_AGENT_NOUNS.has(word));
}

/** A lower-case noun for a doer ("publisher", "operator", "specialist"), which describes the name after it. */
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist)$/;
const NOT_AGENT_NOUNS: ReadonlySet<string> = new Set(['broader', 'wider', 'bigger', 'smaller', 'larger', 'stronger', 'weaker', 'cheaper', 'greater', 'faster', 'slower', 'older', 'younger', 'newer', 'after', 'over', 'under', 'per', 'other', 'rather', 'whether', 'together', 'however', 'never', 'ever', 'later', 'earlier', 'either', 'neither', 'for', 'nor', 'or', 'higher', 'lower', 'further', 'better', 'major', 'sector', 'investor', 'trader', 'broker', 'analyst', 'economist', 'strategist', 'manager', 'owner', 'holder', 'shareholder', 'partner', 'customer', 'supplier', 'competitor', 'regulator', 'order', 'member', 'number', 'quarter', 'chapter', 'letter', 'matter', 'year', 'minor', 'prior', 'poor', 'favor', 'factor', 'floor', 'door', 'error', 'senior', 'junior', 'interior', 'exterior', 'superior', 'inferior', 'indicator', 'monitor', 'director', 'visitor', 'author', 'actor', 'editor', 'creditor', 'debtor', 'tutor', 'doctor']);

/** A ticker in brackets: "(PSON)", "(CYAN:AIM)", "(0700.HK)". */
const BRACKETED_TICKER = /^\((?:[A-Z]{1,6}:)?[A-Z0-9][A-Z0-9.]{0,9}(?::[A-Z]{2,6})?\)$/;

/** An upper-case letter, Latin letters with accents included ("Ørsted", "Škoda"). */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 39 || c === 0x2019 || c === 46 || c === 45 || c >= 0xc0;
}

/** Whether a capitalised word ends at `end` (so a name may extend over it). */
function isCapitalWordBefore(text: string, end: number): boolean {
  let p = end;
  while (p > 0 && isNameChar(text.charCodeAt(p - 1))) p--;
  const c = text.charCodeAt(p);
  return p < end && isCapital(c);
}
/** Nouns that describe a company before its name ("Apple supplier AAC Technologies"). */
const DESCRIPTIONS: ReadonlySet<string> = new Set([...COMPANY_NOUNS, 'designer', 'assembler']);
/** "Apple supplier AAC Technologies fell for a third day": a name its description introduces as a mover. */
const DESCRIBED_MOVER = new RegExp(String.raw`(${MOVE_NAME})(?:,\s+(?:which|who|in which)\s[^,]{1,70},)?\s+(?:${UP}|${DOWN})\b`, 'y');
const CAPITAL_AFTER_SPACE = / [A-Z]/g;

/** Names a description introduces as movers: found from each capital after a description word, not by a scan. */
function describedMovers(text: string): string[] {
  const out: string[] = [];
  CAPITAL_AFTER_SPACE.lastIndex = 0;
  for (let m = CAPITAL_AFTER_SPACE.exec(text); m; m = CAPITAL_AFTER_SPACE.exec(text)) {
    if (!DESCRIPTIONS.has(wordEndingAt(text, m.index).word)) continue;
    DESCRIBED_MOVER.lastIndex = m.index + 1;
    const found = DESCRIBED_MOVER.exec(text);
    if (found?.[1]) out.push(found[1]);
  }
  return out;
}
/** "F&P Healthcare led the local benchmark, up 3.2%": a sentence's first name, leading the market, then moving. */
const LEADING_MOVER = /^([A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})\s+(?:led|topped|headed|paced|lagged|trailed|outperformed|underperformed|(?:finished|ended|closed|was|were) (?:at|near) the (?:top|foot|bottom|head|tail))\b[^,.;]{0,60},\s+(?:rising|falling|up|down|gaining|losing|climbing|sliding|adding|shedding|jumping|dropping|putting on|firming|advancing|rallying|surging|soaring|slipping|easing|declining|sinking|tumbling|retreating)\b/;

/** "… and Wacker Chemie 1.8 percent": a second name sharing the verb of the move before it. */
const GAPPED_SUBJECT = new RegExp(String.raw`(?:,|\band)\s+(${MOVE_NAME})\s+[+-]?\d[\d.,]*\s*(?:%|percent\b|per cent\b|pct\b)`, 'g');

/** A movers table's row: "Melrose Industries (MRO) 641.60p 2.52%". */
const TABLE_ROW = /^([A-Z][\w&'’.\- ]{1,50}?) \([A-Z0-9.:]{1,10}\) [$€£¥₹]?\d[\d,.]*p? [+-−]?\d[\d.]*%$/;

/** "top gainers were Eicher Motors (3.99 per cent), Maruti (3.15%)": names of a movers list, each with its move. */
const MOVERS_WORD = /gainers|risers|advancers|losers|laggards|fallers|decliners|performers/i;
const BRACKETED_MOVER = new RegExp(String.raw`(${MOVE_NAME}) \([+\-−]?\d[\d.,]*\s?(?:%|per cent)\)`, 'g');
const SIGNED_BRACKET = /\([+\-−]\d/;
/** "EMBR3 (+3.78%; R$ 13.99)": a signed move and a price in one bracket after a name. */
const MOVE_AND_PRICE = new RegExp(String.raw`(${MOVE_NAME}),? \([+\-−]\d[\d.,]*%;\s?[A-Z]{0,3}[$€£¥₹]?\s?\d[\d.,]*\)`, 'g');

/** A table's row opening on a name (and perhaps its share class) before figures: "Sandvik | 301.70 | -0.92 |". */
const NAMED_ROW = /^([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}?)(?: [A-C])? \| [-+−]?[$€£¥₹]?\d[\d,.]*%? \|/;
/** A table's row opening on a name and its ticker: "Appen (APX) | $1.320 | +14.3% |". */
const PIPE_ROW = /^([A-Z][\w&'’.\- ]{1,50}?) \([A-Z0-9.:]{1,10}\) \|/;

/** Words a title-cased heading capitalises that end a phrase before a name ("Analysts Weigh In On Foo Holdings"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['In', 'On', 'At', 'About', 'For', 'To', 'With', 'From', 'By', 'Into', 'Vs', 'Versus', 'Amid', 'After']);

/** A capitalised noun for a kind of business ("Drugmaker", "Lender", "Chipmaker"), never a name's first word. */
const BUSINESS_NOUN = /^(?:[A-Z][a-z-]*(?:maker|makers|lender|insurer|miner|retailer|operator|developer|supplier|producer|provider|manufacturer|airline|brewer|grocer|carrier|conglomerate)|(?:Lender|Insurer|Miner|Retailer|Operator|Developer|Supplier|Producer|Provider|Manufacturer|Airline|Brewer|Grocer|Carrier|Conglomerate|Broadcaster|Publisher|Housebuilder|Builder|Explorer|Chipmaker|Carmaker|Automaker|Drugmaker|Bank|Insurers|Lenders|Miners|Retailers|Rival|Peer))$/;

/** "Frankfurt's", "Tokyo's": a place's possessive. */
function placeOwning(word: string): boolean {
  return /['’]s$/.test(word) && NEVER_A_NAME.has(word.slice(0, -2));
}

const LISTED_WORD = /^[A-Z][\w.]*-(?:listed|based|headquartered|registered)$/;

function clean(name: string): string | null {
  let ws = name.split(/\s+/);
  for (let i = ws.length - 2; i >= 0; i--) {
    if (PHRASE_ENDS.has(ws[i] ?? '')) {
      ws = ws.slice(i + 1);
      break;
    }
  }
  while (ws.length > 0 && NOISE.has(ws[0] ?? '')) ws.shift();
  // "Drugmaker Dainippon Sumitomo Pharma Co.", "Frankfurt-listed Merck", "Frankfurt's Xetra Dax": the business's
  // noun, its listing or its place before the name.
  // "Part-nationalised Royal Bank of Scotland": a hyphenated adjective before the name ("Coca-Cola" keeps its capital).
  while (ws.length > 1 && (BUSINESS_NOUN.test(ws[0] ?? '') || LISTED_WORD.test(ws[0] ?? '') || placeOwning(ws[0] ?? '') || /^[A-Z][a-z]+-[a-z]+$/.test(ws[0] ?? ''))) ws.shift();
  // "Refiners Tesco PLC", "Miners Glencore plc": a plural noun before a name of its own.
  if (ws.length > 2 && PLURAL_NOUN.test(ws[0] ?? '') && !GENERIC_TAIL.test(ws[1] ?? '') && !/^(?:Companies|Cos)$/.test(ws[1] ?? '')) ws.shift();
  const out = ws.join(' ').replace(/['’]s$/, '');
  return out.length >= 3 && /[a-z]/.test(out) ? out : null;
}

/** Names written in capitals ("DNB rose 1.14 pct", "BG gained 41p"), unless an abbreviation of something else. */
function capitalName(name: string): string | null {
  // "BBDC3 climbed 3.67%": São Paulo's tickers, four letters and a class number, stand for their companies.
  if (/^[A-Z]{4}(?:3|4|5|6|11)$/.test(name)) return name;
  return /^[A-Z]{2,5}$/.test(name) && !NOT_TICKERS.has(name) && !NOT_A_CAPITAL_NAME.has(name) ? name : null;
}

const NOT_A_CAPITAL_NAME = new Set(['NPAT', 'PAT', 'PBT', 'EBIT', 'EBITDA', 'EPS', 'NAV', 'ROE', 'ROA', 'CAGR', 'YOY', 'QOQ', 'ADR', 'ADRS', 'ETF', 'IPO', 'CEO', 'CFO', 'GDP', 'CPI', 'PPI', 'PMI', 'ECB', 'FED', 'OPEC', 'IMF', 'BOJ', 'RBI', 'BOE', 'RBA', 'SNB', 'VIX', 'WTI', 'FTSE', 'DAX', 'CAC', 'SMI', 'AEX', 'STI', 'TSX', 'ASX', 'NZX', 'JSE', 'KLCI', 'MSCI', 'TOPIX', 'KOSPI', 'NIFTY', 'IBEX', 'OMX', 'OBX', 'ATX', 'SET', 'BSE', 'NSE', 'HSI', 'CSI']);

function slug(name: string): string {
  // Only a name with accents needs decomposing before they are dropped.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Up to five words, each capitalised or a lone "&" (never the last), one run of whitespace apart. */
const NAME_WORDS = 5;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** The end of the name that starts at `start` ("Shares of Foo Bar rose" → after "Bar"), or -1. */
function nameAfter(text: string, start: number): number {
  let p = start;
  let end = -1;
  for (let words = 0; words < NAME_WORDS; words++) {
    const c = text.charCodeAt(p);
    let q = p + 1;
    if (c >= 65 && c <= 90) {
      while (q < text.length && isNameChar(text.charCodeAt(q))) q++;
      end = q;
    } else if (words > 0 && c >= 97 && c <= 122 && PARTICLES.has(text.slice(p, text.indexOf(' ', p) >>> 0)) && isCapital(text.charCodeAt(text.indexOf(' ', p) + 1))) {
      // "Monte dei Paschi": a particle joins a name only to a capitalised word after it.
      q = text.indexOf(' ', p);
    } else if (c === 111 && text.startsWith('of ', p) && words > 0) {
      // "Port of Tauranga", "Bank of Ayudhya": "of" joins a name only to a capitalised word after it.
      q = p + 2;
      const after = text.charCodeAt(p + 3);
      if (after < 65 || after > 90) break;
    } else if (c !== 38 || !isSpace(text.charCodeAt(q))) break;
    if (!isSpace(text.charCodeAt(q))) break;
    while (isSpace(text.charCodeAt(q))) q++;
    p = q;
  }
  return end;
}

/** The name written right before `at` ("Foo Bar, Inc": "Foo Bar"), at most 70 characters back, or null. */
function nameBefore(text: string, at: number, joined = false): string | null {
  const limit = Math.max(0, at - 70);
  let e = at;
  if (!isSpace(text.charCodeAt(e - 1))) return null;
  while (e > limit && isSpace(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(e - 1) === 44) e--;
  const end = e;
  let start = -1;
  for (let words = 0; words < NAME_WORDS; words++) {
    let b = e;
    while (b > limit && isNameChar(text.charCodeAt(b - 1))) b--;
    const c = text.charCodeAt(b);
    const amp = e - b === 1 && c === 38;
    if (b === e || (!amp && (c < 65 || c > 90)) || (amp && start < 0)) break;
    start = b;
    if (b === limit || !isSpace(text.charCodeAt(b - 1))) break;
    e = b;
    while (e > limit && isSpace(text.charCodeAt(e - 1))) e--;
    // "Rabigh Refining and Petrochemical Co.", "Saudi Co. for Hardware": a legal name's words joined by "and", "of"
    // or "for", up to a legal form that closes another name.
    const joiner = joined ? wordEndingAt(text, e) : null;
    if (joiner && JOINERS.has(joiner.word) && isSpace(text.charCodeAt(joiner.start - 1))) {
      let f = joiner.start;
      while (f > limit && isSpace(text.charCodeAt(f - 1))) f--;
      if (!/^[A-Z][A-Za-z&'’.-]*$/.test(wordEndingAt(text, f).word) || isLegalFormBefore(text, f)) break;
      e = f;
    }
  }
  return start < 0 ? null : text.slice(start, end);
}

/** "Shares of Foo Bar rose", "shares in Foo": the names that follow. */
function sharesOf(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf('hares '); i > 0; i = text.indexOf('hares ', i + 6)) {
    const c = text.charCodeAt(i - 1);
    if ((c !== 83 && c !== 115) || (i > 1 && isNameChar(text.charCodeAt(i - 2)))) continue;
    if (!text.startsWith('of ', i + 6) && !text.startsWith('in ', i + 6)) continue;
    const end = nameAfter(text, i + 9);
    if (end > 0) out.push(text.slice(i + 9, end));
  }
  return out;
}

/** "Foo Bar Shares Rise", "Foo's stock slides": the name a title opens with before "shares" or "stock". */
function titleSubject(title: string): string | null {
  const ws = title.split(/\s+/);
  for (let i = 1; i < ws.length && i <= NAME_WORDS; i++) {
    const w = ws[i - 1] ?? '';
    if (!(/^[A-Z][\w&'’.-]*$/.test(w) || (w === '&' && i > 1))) return null;
    if (/^(?:[Ss]hares|[Ss]tock)\b/.test(ws[i] ?? '')) return w === '&' ? null : ws.slice(0, i).join(' ');
  }
  return null;
}

/** The legal suffixes as capitalised words are written (with their inner dots: "S.A", "S.p.A"). */
const SUFFIX_WORDS: readonly string[] = ['Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Ltd', 'Limited', 'PLC', 'AG', 'SE', 'S.A', 'SA', 'N.V', 'NV', 'Holdings', 'Bhd', 'Berhad', 'ASA', 'AB', 'Oyj', 'SpA', 'S.p.A', 'KGaA', 'Tbk', 'PCL'];
/** "Foo Bar Inc.", "Foo Bar, Ltd", "Foo AG": a legal suffix marks a company even when no registry lists it. */
const MAY_HOLD_SUFFIX = new RegExp(String.raw`\b(?:${[...SUFFIX_WORDS, 'plc', 'A/S'].map((w) => w.replace(/[./]/g, '\\$&')).join('|')})\b`);
const SUFFIXES_BY_KEY = new Map<number, string[]>();
for (const suffix of SUFFIX_WORDS) {
  const key = suffix.charCodeAt(0) * 16 + suffix.length;
  SUFFIXES_BY_KEY.set(key, [...(SUFFIXES_BY_KEY.get(key) ?? []), suffix]);
}

/** The name written before the suffix at `at`–`end`, with it ("Foo Bar Inc."), if there is one. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for']);

/** Whether the word ending at `end` is a legal form ("Co.", "Ltd"), which closes a name before it. */
function isLegalFormBefore(text: string, end: number): boolean {
  const w = wordEndingAt(text, end).word.replace(/\.$/, '');
  return SUFFIX_WORDS.includes(w) || w === 'plc';
}

function addLegalName(text: string, at: number, end: number, out: string[]): void {
  const suffix = text.slice(at, text.charCodeAt(end) === 46 ? end + 1 : end);
  const before = nameBefore(text, at, true);
  const name = before ? clean(`${before} ${suffix}`) : null;
  if (name) out.push(name);
}

/**
 * Names written with a legal suffix, found from each suffix backwards (scanning for names forwards backtracks).
 * The suffixes are among the sentence's capitalised words, but for "plc" and "A/S".
 */
function legalNames(text: string, tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isSuffix(text, t)) continue;
    // "Kweichow Moutai Co Ltd": a run of legal forms names one company, the whole run's.
    const next = tokens[i + 1];
    if (next && next.start <= t.end + 2 && isSuffix(text, next)) continue;
    addLegalName(text, t.start, t.end, out);
  }
  for (let i = text.indexOf('plc'); i > 0; i = text.indexOf('plc', i + 3)) if (!isNameChar(text.charCodeAt(i - 1)) && !isNameChar(text.charCodeAt(i + 3))) addLegalName(text, i, i + 3, out);
  for (let i = text.indexOf('A/S'); i > 0; i = text.indexOf('A/S', i + 3)) if (!isNameChar(text.charCodeAt(i - 1)) && !isNameChar(text.charCodeAt(i + 3))) addLegalName(text, i, i + 3, out);
  return out;
}

/** A house's call verb with a capitalised word after it: "UBS lifts Whitbread price target", "HSBC downgrades Persimmon". */
/** The verbs of a house's call that the company it is on follows ("UBS lifts Whitbread", "initiated coverage of X"). */
const CALL_VERBS: ReadonlySet<string> = new Set(['lifts', 'lifted', 'raises', 'raised', 'hikes', 'hiked', 'boosts', 'boosted', 'ups', 'cuts', 'cut', 'lowers', 'lowered', 'trims', 'trimmed', 'reduces', 'reduced', 'slashes', 'slashed', 'upgrades', 'upgraded', 'downgrades', 'downgraded', 'initiates', 'initiated', 'starts', 'started', 'resumes', 'resumed', 'reinstates', 'reinstated', 'reiterates', 'reiterated', 'maintains', 'maintained', 'keeps', 'kept', 'retains', 'retained', 'reaffirms', 'reaffirmed', 'assumes', 'assumed', 'moves', 'moved', 'moving', 'lifting', 'raising', 'cutting', 'lowering', 'upgrading', 'downgrading', 'initiating']);
/** "taking up coverage of", "picked up coverage of": the first word of a two-word call verb ending in "up". */
const UP_CALL_VERBS: ReadonlySet<string> = new Set(['taking', 'takes', 'took', 'picking', 'picks', 'picked']);

/** Where a call's verb starts that stands right before `at` ("lifted X", "initiated coverage of X"), or -1. */
function callVerbBefore(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 32) return -1;
  let w = wordEndingAt(text, at - 1);
  if (w.word === 'of' || w.word === 'on') {
    const coverage = wordEndingAt(text, w.start);
    if (coverage.word !== 'coverage') return -1;
    w = wordEndingAt(text, coverage.start);
  }
  if (CALL_VERBS.has(w.word)) return w.start;
  if (w.word !== 'up') return -1;
  const first = wordEndingAt(text, w.start);
  return UP_CALL_VERBS.has(first.word) ? first.start : -1;
}
const TARGET_ON = /\b(?:price target|target price|price objective|price goal|target|rating|recommendation|call|(?:[Bb]uy|[Ss]ell|[Hh]old|[Oo]verweight|[Uu]nderweight|[Oo]utperform|[Uu]nderperform|[Nn]eutral)['"’”]?) (?:on|for) [A-Z]/g;
/** What follows the company a call is on: its target, the rating it is moved to, or the rating it is started at. */
const CALL_OBJECT_END = /^(?:['’]s)? (?:price target|target price|price objective|target|PT|rating|to|at|from|with|as|on|up to|down to|[-–—] )/;

/**
 * Companies a house's call is on ("Jefferies lowers Travis Perkins price target to 896 pence", "Shore Capital
 * initiates Qinetiq at 'buy'"): the name between the house's verb and the call's words is the company, known or not.
 */
function calledNames(text: string, tokens: readonly Token[], known: (name: string) => boolean): string[] {
  const out: string[] = [];
  // "their target price for Air New Zealand", "a price objective on Topaz Energy": the company a call is on.
  if (text.includes(' for ') || text.includes(' on ')) {
    TARGET_ON.lastIndex = 0;
    for (let m = TARGET_ON.exec(text); m; m = TARGET_ON.exec(text)) {
      const start = m.index + m[0].length - 1;
      const end = nameAfter(text, start);
      const written = end > 0 ? text.slice(start, end) : '';
      const name = clean(written) ?? capitalName(written);
      // A company already known needs no checking (most calls are on one).
      if (name && !known(name) && findRatings(name).length === 0 && plausibleName(name, true)) out.push(name);
    }
  }
  // Each capitalised word with a call's verb right before it: a lookup per word, not a pattern at every position.
  for (const t of tokens) {
    const c = text.charCodeAt(t.start);
    if (c < 65 || c > 90) continue;
    const verbAt = callVerbBefore(text, t.start);
    if (verbAt < 0) continue;
    const m = { index: verbAt };
    const start = t.start;
    const end = nameAfter(text, start);
    if (end < 0 || !CALL_OBJECT_END.test(text.slice(end, end + 16))) continue;
    const name = clean(text.slice(start, end));
    if (!name || known(name)) continue;
    const house = nameBefore(text, m.index) ?? nameBefore(text, pastHelpers(text, m.index));
    if (!house || !findFirms(house).some((f) => f.end === house.length)) continue;
    // "reiterated Underperform with a target": the rating the call gives, not a company.
    if (findRatings(name).length === 0 && plausibleName(name, true)) out.push(name);
  }
  // "Whitbread shrugged off a downgrade … from Jefferies", "IMI rose after BofA upgraded it": the call is on the
  // sentence's subject, the house standing after it.
  const subject = calledSubject(text, known);
  if (subject) out.push(subject);
  return out;
}

/** Words between a house and its call's verb: "Morgan Stanley has upgraded", "UBS on Monday also cut". */
const HELPER_WORDS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'also', 'now', 'today', 'again', 'just', 'further', 'since']);

/** Where the house's name ends before the helper words that stand before `at`. */
function pastHelpers(text: string, at: number): number {
  let end = at;
  for (let i = 0; i < 3; i++) {
    const w = wordEndingAt(text, end);
    if (!HELPER_WORDS.has(w.word)) break;
    end = w.start;
  }
  return end;
}

/** A call pointing back at the subject: "upgraded it", "cut the stock". */
const PRONOUN_CALL = /^\s*(?:has |have |had |also |now )*(?:upgraded|downgraded|upgrades|downgrades|raised|lifted|cut|lowered|reiterated|initiated|started|rated|rates|moved) (?:it|the stock|the shares|the company)\b/;
/** A call's noun before "from"/"by" a house: "a downgrade to underweight and a target price cut to 4100p from". */
const CALL_FROM = /\b(?:upgrade|downgrade|target|rating)\b[^;]{0,80}\b(?:from|by)\s+$/;

/** The sentence's opening name when a house named after it gives it a call, or null. */
function calledSubject(text: string, known: (name: string) => boolean): string | null {
  const c = text.charCodeAt(0);
  // Most call sentences give the house no "from"/"by" and no pronoun for the company: nothing to read.
  if (c < 65 || c > 90 || !SUBJECT_CALL_CUE.test(text)) return null;
  const end = nameAfter(text, 0);
  if (end < 0 || !/^(?:['’]s)?\s+(?:shares\s+|stock\s+)?[a-z]/.test(text.slice(end, end + 12))) return null;
  const house = findFirms(text).find((f) => f.start > end && (CALL_FROM.test(text.slice(Math.max(0, f.start - 110), f.start)) || PRONOUN_CALL.test(text.slice(f.end, f.end + 40))));
  if (!house || findFirms(text).some((f) => f.start <= end)) return null;
  const written = text.slice(0, end);
  const name = clean(written) ?? capitalName(written);
  return name && !known(name) && plausibleName(name) && findFirms(name).length === 0 && findRatings(name).length === 0 ? name : null;
}

const SUBJECT_CALL_CUE = /\b(?:from|by) [A-Z]|(?:ed|es) (?:it|the (?:stock|shares|company))\b/;

/**
 * "TCL and Aurizon Holdings Ltd": a legal name read across "and" is two names when the part before is a company
 * already known or a code in capitals.
 */
function unjoined(name: string, known: (name: string) => boolean): string {
  const and = name.indexOf(' and ');
  if (and < 0) return name;
  const before = name.slice(0, and);
  return known(before) || /^[A-Z0-9&.-]+$/.test(before) ? name.slice(and + 5) : name;
}

/** Whether a name is all of a research house's name. */
function isHouseName(name: string): boolean {
  return findFirms(name).some((f) => f.start === 0 && f.end >= name.length - 2);
}

/** Whether a capitalised word is a legal form ("Inc", "AG", "S.p.A"). */
function isSuffix(text: string, t: Token): boolean {
  const length = t.end - t.start;
  if (length < 2 || length > 12 || t.start === 0) return false;
  // Keyed by first letter and length, so most words are turned away without being cut out of the sentence.
  const candidates = SUFFIXES_BY_KEY.get(text.charCodeAt(t.start) * 16 + length);
  return candidates?.some((suffix) => text.startsWith(suffix, t.start)) ?? false;
}

const INDEX_LAST = /^(?:Index|Indices|Indexes|Composite|Average|Benchmark)$/;
const INDEX_FIRST: ReadonlySet<string> = new Set(['Nifty', 'NIFTY', 'Sensex', 'Nikkei', 'Hang', 'Kospi', 'KOSPI', 'Dow', 'FTSE', 'S&P', 'Stoxx', 'STOXX', 'Topix', 'TOPIX', 'DAX', 'CAC', 'Russell', 'MSCI', 'BSE', 'NSE']);

/** Whether a run of capitalised words can be a company's name rather than a place, an index or a plural noun. */
function plausibleName(name: string, midSentence = false): boolean {
  const ws = name.split(/\s+/);
  // "Nifty IT", "Hang Seng Tech": an index's name opens with the index's word.
  if (INDEX_FIRST.has(ws[0] ?? '')) return false;
  // "Straits Times Index", "Swiss Performance Index", "Shanghai Composite": a name ending so is an index's.
  if (ws.length > 1 && INDEX_LAST.test(ws[ws.length - 1] ?? '')) return false;
  // "Dollar General" and "Tokyo Electron" are companies; "Wall Street" and "Hang Seng" are not.
  if (ws.every((w) => NEVER_A_NAME.has(w.replace(/['’]s$/, '')) || w === '&')) return false;
  // "Group Company, or Etisalat" (a name broken at an abbreviation's full stop), "Dubai-based": no name of its own.
  if (ws.every((w) => CORPORATE_WORDS.has(w.replace(/[.,]$/, ''))) || /-(?:based|listed|headquartered|owned)$/.test(ws[ws.length - 1] ?? '')) return false;
  // A plural noun opens a sentence capitalised ("Exporters led"); mid-sentence, a capital marks a name ("and Naspers").
  return ws.length > 1 || midSentence || !PLURAL_NOUN.test(name);
}

/** Words of a legal or corporate form, which a company's name carries but never consists of. */
const CORPORATE_WORDS: ReadonlySet<string> = new Set(['Group', 'Company', 'Co', 'Holdings', 'Holding', 'Corporation', 'Corp', 'Limited', 'Ltd', 'Inc', 'Plc', 'PLC', 'AG', 'SA', 'SE', 'NV', 'Bhd', 'Berhad', 'Tbk', 'PJSC', 'PSC', 'QSC', 'JSC']);

/** Names that move by a figure in a sentence, the subject of the move; in their own words, nothing else. */
function movingNames(text: string, amounts: readonly Amount[]): string[] {
  const out: string[] = [];
  let moved = false;
  let unnamed = false;
  const figures: number[] = [];
  // A percentage, or an amount the move went up or down by before the price it went to ("put on 1.6p to 129.20p").
  for (const a of amounts) if (a.type === 'percent' || (a.type === 'money' && TO_NEXT.test(text.slice(a.end, a.end + 5)))) figures.push(a.start);
  if (text.includes(' to ') && (text.includes('sen ') || text.includes('cent') || text.includes('pence'))) for (const f of text.matchAll(WORD_FIGURE)) figures.push(f.index);
  for (const at of figures) {
    const verb = moveVerbBefore(text, at, Math.max(0, at - 60)) ?? closedMove(text, at);
    if (!verb) continue;
    moved = true;
    // "Lazard also slipped, losing 1.1%": the participle's subject is the verb's before it.
    const first = text.charCodeAt(verb.index - 2) === 44 ? moveVerbBefore(text, verb.index - 2, Math.max(0, verb.index - 24)) : null;
    const found = nameBeforeVerb(text, verb.index) ?? (first ? nameBeforeVerb(text, first.index) : null) ?? nameBeforeAside(text, verb.index) ?? (text.charCodeAt(verb.index - 2) === 44 ? openingSubject(text, verb.index - 2) : null) ?? (text.startsWith(' and ', verb.index - 5) ? coordinatedSubject(text, verb.index) : null);
    // "…group, which bundles Scania, MAN and Volkswagen Truck & Bus, fell 3.41%": a name closing a relative clause is
    // not the verb's subject.
    const written = found && !inRelativeClause(text, text.lastIndexOf(found, verb.index)) ? found : null;
    if (!written) unnamed = true;
    const name = written ? clean(written) ?? capitalName(written) : null;
    if (name && plausibleName(name, !text.startsWith(name))) out.push(name);
  }
  // "AngloGold Ashanti traded at R279", "Gold Fields changed hands at R91,01": the name a price is quoted for.
  if (PRICED_CUE.test(text)) for (const a of amounts) {
    if (a.type !== 'money' || a.scaled) continue;
    const lead = text.slice(Math.max(0, a.start - 32), a.start);
    const quoted = PRICED_AT.exec(lead);
    if (!quoted) continue;
    const written = nameBeforeVerb(text, a.start - lead.length + quoted.index);
    const name = written ? clean(written) ?? capitalName(written) : null;
    if (name && plausibleName(name, !text.startsWith(name))) out.push(name);
  }
  // "…a more positive view of Hutchison, sending the conglomerate's shares 2.5 per cent higher": what the news
  // sent moving is the name before the participle.
  if (text.includes(', sending ')) for (const m of text.matchAll(SENT_MOVING)) {
    const written = nameBefore(text, m.index + 2);
    const name = written ? clean(written) ?? capitalName(written) : null;
    if (name && plausibleName(name, true)) out.push(name);
  }
  if (!moved) return out;
  const leading = LEADING_MOVER.exec(text);
  const leader = leading?.[1] ? clean(leading[1]) ?? capitalName(leading[1]) : null;
  if (leader && plausibleName(leader)) out.push(leader);
  // A move whose verb has no name before it may have its mover described earlier in the sentence.
  if (unnamed) for (const described of describedMovers(text)) {
    const name = clean(described) ?? capitalName(described);
    if (name && plausibleName(name)) out.push(name);
  }
  if (out.length === 0) return out;
  for (const m of text.matchAll(GAPPED_SUBJECT)) {
    const name = clean(m[1] ?? '') ?? capitalName(m[1] ?? '');
    if (name && plausibleName(name)) out.push(name);
  }
  return out;
}

/**
 * "Smaller Swiss peer Bachem could not keep pace and added 1.1%", "Prio, which has no state shareholder, outperformed
 * and rose 2.3%": the subject of a move that is the second verb of its clause.
 */
function coordinatedSubject(text: string, verb: number): string | null {
  return COORDINATED.exec(text.slice(Math.max(0, verb - 140), verb))?.[1] ?? null;
}

const COORDINATED = /([A-Z][\w&.'’-]*(?: (?:&|[A-Z][\w&.'’-]*)){0,4})(?:, [^,]{3,80},)?(?: [a-z][a-z'’-]*){1,6} and $/;

/** A price's verb right before it: "traded at", "changed hands at", "was last dealt at", "fetched". */
const PRICED_CUE = /traded|hands|dealt|quoted|fetched|unchanged|flat|steady/;
const PRICED_AT = /\b(?:traded|trades|changed hands|changes? hands|(?:was|were) (?:last )?(?:dealt|quoted)|last dealt|fetched|(?:was|were|ended|closed|finished) (?:unchanged|flat|steady))\s+(?:at\s+)?$/;

/** Words that follow a distinctive first word in a company's name, which is then written alone ("Croda"). */
const GENERIC_TAIL = /^(?:International|Group|Holdings?|Industries|Resources|Energy|Mining|Minerals|Technologies|Technology|Pharmaceuticals?|Motors?|Corporation|Company|Systems|Solutions|Enterprises|Brands|Foods|Bank|Financial|Capital|Partners|Media|Networks|Therapeutics|Biosciences|Airways|Airlines|Properties|Healthcare|Semiconductor|Electronics|Chemicals?|Metals|Gold|Oil|Petroleum|Ventures)$/;

/** "Croda International" is also written "Croda": a distinctive first word before generic ones. */
function shortForms(name: string): string[] {
  const ws = name.split(' ');
  const [first, ...rest] = ws;
  if (!first || rest.length === 0) return [];
  // "Galaxy Entertainment Group" is written "Galaxy Entertainment" too: a generic last word dropped.
  const last = rest[rest.length - 1] ?? '';
  const shorter = ws.length >= 3 && (GENERIC_TAIL.test(last) || MAY_HOLD_SUFFIX.test(last)) ? [ws.slice(0, -1).join(' ')] : [];
  if (!rest.every((w) => GENERIC_TAIL.test(w) || MAY_HOLD_SUFFIX.test(w))) return shorter;
  return first.length >= 4 && !NEVER_A_NAME.has(first) && !NOISE.has(first) ? [first, ...shorter] : shorter;
}

/** Occurrences of a name as whole words in the body, counted up to `enough`. */
function countIn(body: string, name: string, enough: number): number {
  let n = 0;
  for (let i = body.indexOf(name); i >= 0 && n < enough; i = body.indexOf(name, i + name.length)) {
    const end = i + name.length;
    // "WEG's shares": a possessive is the name written once more.
    const after = POSSESSIVE_AT.test(body.slice(end, end + 3)) ? end + 2 : end;
    if (!isNameChar(body.charCodeAt(i - 1)) && !isNameChar(body.charCodeAt(after))) n++;
  }
  return n;
}

const POSSESSIVE_AT = /^['’]s(?![\w])/;

/**
 * The headline's subject when the body names it too: the longest run of the headline's first capitalised words
 * that the body writes at least twice ("Krones Gains After Record Order Intake" → "Krones"). Title case
 * capitalises every word, so the body decides where the name ends.
 */
function headlineSubject(title: string, body: string, known: (name: string) => boolean): string | null {
  const ws = title.replace(/['’]s\b/g, '').split(/\s+/).map((w) => w.replace(/[:,;!?]+$/, ''));
  while (ws.length > 0 && NOISE.has(ws[0] ?? '')) ws.shift();
  const run: string[] = [];
  for (const w of ws) {
    if (run.length === 4 || !/^[A-Z][\w&'’.-]*$/.test(w)) break;
    run.push(w);
  }
  // A headline that opens with a known company's name has nothing to teach (and the body need not be searched).
  if (run.length === 0 || known(run.join(' '))) return null;
  for (let k = run.length; k > 0; k--) {
    const name = run.slice(0, k).join(' ');
    if (name.length >= 3 && /[a-z]/.test(name) && plausibleName(name) && countIn(body, name, 2) >= 2) return name;
  }
  // "WEG Climbs After Fourth-Quarter Beat": a name in capitals in the headline, when the body writes it as a word of
  // its own three times and it is no abbreviation of finance, a market or an authority.
  // "…, but WEG keeps its margins resilient in Q2": anywhere in the headline.
  for (const w of ws) if (/^[A-Z]{3,6}$/.test(w) && !NOT_TICKERS.has(w) && !NOT_COMPANY_WORDS.has(w) && !CAPITAL_WORDS.has(w) && countIn(body, w, 3) >= 3) return w;
  return null;
}

/**
 * Words in capitals that stand in headlines without naming a company: markets, authorities, figures, wire labels
 * (the indices' names are in NOT_COMPANY_WORDS, finance abbreviations in NOT_TICKERS).
 */
const CAPITAL_WORDS: ReadonlySet<string> = new Set([
  'OMXS', 'SENSEX', 'HSI', 'TSE', 'SGX', 'HKEX', 'PSEI', 'IDX', 'ADX', 'DFM', 'EGX', 'NASDAQ', 'AMEX', 'CBOE', 'OPEC',
  'NATO', 'IMF', 'ECB', 'FED', 'RBI', 'BOJ', 'PBOC', 'RBA', 'RBNZ', 'SNB', 'BOE', 'SEBI', 'SFC', 'FCA', 'ASIC', 'CPI',
  'PPI', 'PMI', 'WTO', 'WHO', 'UAE', 'USA', 'IPOS', 'ETFS', 'BREAKING', 'UPDATE', 'LIVE', 'WATCH', 'STOCKS', 'MARKETS',
  'CHINA', 'INDIA', 'JAPAN', 'WALL', 'STREET', 'CNY', 'JPY', 'CHF', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'INR', 'KRW',
  'BRL', 'ZAR', 'SEK', 'NOK', 'DKK', 'MXN', 'TRY', 'PLN', 'RUB', 'BRIEF', 'EXCLUSIVE', 'ANALYSIS', 'FACTBOX', 'RPT',
  'CORRECTED', 'GLOBAL', 'LME', 'COVID', 'NASA', 'OECD', 'BRICS', 'ASEAN', 'GCC', 'FOMC', 'SPAC', 'REIT', 'REITS',
  'NBFC', 'NBFCS', 'PSU', 'PSUS', 'FII', 'FIIS', 'DII', 'DIIS',
]);

/**
 * Names of companies an article may name that the registry lacks, found by how they are written: a legal suffix, "shares of X",
 * the subject of a share move, and the headline's subject when the body repeats it. `known` tells a name that
 * opens with a company already known.
 */
export function discoverCompanies(title: string, sentences: ReadonlyArray<{ text: string; tokens: readonly Token[]; amounts: readonly Amount[]; calls?: boolean }>, body: string, known: (name: string) => boolean): Discovered {
  const names = new Set<string>();
  const called = new Set<string>();
  for (const [i, { text, tokens, amounts, calls }] of sentences.entries()) {
    // "Molson Coors — The brewer's stock sank 11%": a movers list item opens on the company's name and a dash.
    if (i === 0 || text.charCodeAt(0) !== 45) {
      const head = DASH_HEAD.exec(text);
      const name = head?.[1] && (amounts.length > 0 || sentences[i + 1]?.amounts.length) ? clean(head[1]) ?? capitalName(head[1]) : null;
      if (name && plausibleName(name) && !isHouseName(name)) names.add(name);
    }
    const colon = text.indexOf(': ');
    // "CLSA on Zee: The brokerage retains its 'buy' call": a house's note heading names the company it is on.
    const onHead = colon > 4 && colon < 70 ? HOUSE_ON_HEAD.exec(text.slice(0, colon)) : null;
    if (onHead?.[1] && isHouseName(onHead[1])) {
      const name = clean(onHead[2] ?? '') ?? capitalName(onHead[2] ?? '');
      if (name && plausibleName(name, true) && !isHouseName(name)) names.add(name);
    }
    // "Singapore Technologies Engineering: Net profit at the defence group rose 11 per cent…": a paragraph opening on
    // a name of two or more capitalised words and a colon, with figures, is that company's news.
    if (colon > 4 && colon < 60 && (amounts.length > 0 || sentences[i + 1]?.amounts.length) && COLON_HEAD.test(text.slice(0, colon))) {
      const name = headingName(text.slice(0, colon + 1));
      if (name && name.includes(' ') && !isHouseName(name)) names.add(name);
    }
    // "- KEI Industries:" over "Nuvama kept its Buy rating…": a list's heading names the company the calls under it are on.
    if (amounts.length === 0 && text.charCodeAt(text.length - 1) === 58 && (sentences[i + 1]?.calls || sentences[i + 2]?.calls)) {
      const name = headingName(text);
      if (name && !known(name)) names.add(name);
    }
    for (const name of legalNames(text, tokens)) names.add(unjoined(name, known));
    if (text.includes('hares ')) for (const written of sharesOf(text)) {
      const name = clean(written);
      if (name && plausibleName(name, true)) names.add(name);
    }
    // "Mediobanca was hit by heavy selling and gave up 6.86%": a house whose shares move is a company too.
    if (amounts.length > 0) for (const name of movingNames(text, amounts)) (!calls && isHouseName(name) ? called : names).add(name);
    if (amounts.length > 1 && text.includes('%;')) for (const m of text.matchAll(MOVE_AND_PRICE)) {
      const name = clean(m[1] ?? '') ?? capitalName(m[1] ?? '');
      if (name && plausibleName(name, true)) names.add(name);
    }
    // "Saipem (-3.57%), Amplifon (-2.02%) and Stellantis (-1.56%) also retreated": a signed move in brackets is one
    // wherever it stands; an unsigned one only in a list of movers.
    if (amounts.length > 0 && text.includes('%)') && (MOVERS_WORD.test(text) || SIGNED_BRACKET.test(text))) for (const m of text.matchAll(BRACKETED_MOVER)) {
      if (!MOVERS_WORD.test(text) && !SIGNED_BRACKET.test(m[0])) continue;
      const name = clean(m[1] ?? '') ?? capitalName(m[1] ?? '');
      if (name && plausibleName(name, true)) names.add(name);
    }
    // A call's words, where the caller has read them already; else looked for.
    if ((calls ?? CALL_CUE.test(text)) || text.includes(' call ')) for (const name of calledNames(text, tokens, known)) called.add(name);
    if (amounts.length > 0 && EXTREME_CUE.test(text) && REACHED_WORD.test(text)) for (const m of text.matchAll(REACHED_EXTREME)) {
      const written = nameBeforeVerb(text, m.index);
      const name = written ? clean(written) : null;
      if (name && plausibleName(name, !text.startsWith(name))) names.add(name);
    }
    const row = text.length < 90 && text.charCodeAt(text.length - 1) === 37 ? TABLE_ROW.exec(text) : text.includes(') |') ? PIPE_ROW.exec(text) : text.includes(' | ') ? NAMED_ROW.exec(text) : null;
    // Tables write some names in capitals ("SEGRO (SGRO)").
    const rowName = row?.[1] ? clean(row[1]) ?? (/^[A-Z]{4,}$/.test(row[1]) ? row[1] : null) : null;
    if (rowName && plausibleName(rowName)) names.add(rowName);
    if (amounts.length > 2 && text.includes(') ') && /%[A-Z]/.test(text)) for (const m of text.matchAll(GLUED_ROW)) {
      const written = (m[1] ?? '').replace(GLUED_HEADING, '');
      const name = clean(written) ?? (/^[A-Z]{3,}$/.test(written) ? written : null);
      if (name && plausibleName(name)) names.add(name);
    }
  }
  const subject = headlineSubject(title, body, known);
  if (subject) names.add(subject);
  return { names: [...names].filter((n) => !called.has(n)), called: [...called] };
}

const HOUSE_ON_HEAD = /^([A-Z][\w&.'’-]*(?: (?:&|[A-Z][\w&.'’-]*)){0,3}) on ([A-Z][\w&.'’-]*(?: (?:&|[A-Z][\w&.'’-]*)){0,4})$/;
const COLON_HEAD = /^[A-Z][\w&.'’-]*(?: (?:&|[A-Z][\w&.'’-]*))+$/;
const DASH_HEAD = /^([A-Z][\w&.'’-]*(?: (?:& )?[A-Z][\w&.'’-]*){0,4})(?: \([A-Z0-9.:]{1,12}\))? [–—-] (?:The|Shares|Its|[A-Z])/;

/**
 * "Dellia Group, which produces dried fruit, makes its debut on Monday. … The share is up 28.2 percent": the name a
 * paragraph opens on is what its later "the share" or "it" sentences speak of.
 */
export function paragraphSubject(sentences: ReadonlyArray<{ text: string; amounts: readonly Amount[] }>, known: (name: string) => boolean): string | null {
  const [first, ...rest] = sentences;
  // An opening that gives a move of its own names its company some other way, if at all.
  if (!first || rest.length === 0 || first.amounts.some((a) => a.type === 'percent') || !rest.some((x) => x.amounts.length > 0 && STOCK_OPENING.test(x.text))) return null;
  const c = first.text.charCodeAt(0);
  if (c < 65 || c > 90) return null;
  const end = nameAfter(first.text, 0);
  if (end < 0 || !OPENER_VERB.test(first.text.slice(end, end + 24))) return null;
  const written = first.text.slice(0, end);
  const name = clean(written) ?? capitalName(written);
  return name && !known(name) && plausibleName(name) && !isHouseName(name) && findRatings(name).length === 0 ? name : null;
}

/** A sentence speaking of a stock it does not name. */
const STOCK_OPENING = /^(?:(?:After|At|By|In)[^,]{0,30},? )?(?:[Tt]he (?:share|shares|stock)|Its (?:shares|stock)|It) /;
/** What follows a company that opens a sentence: an aside, or a verb that is not a person's saying. */
const OPENER_VERB = /^(?:,\s+which\b|\s+and its\b|\s+(?!said\b|says\b|told\b|who\b)(?:has|have|had|is|was|are|were|could|would|can|cannot|did|does|will|also|makes|made|reported|posted|announced|received|won|signed|[a-z]{3,}(?:s|ed))\b)/;

/** A heading line that is only a name and a colon: "- Kotak Mahindra Bank:", "Infosys:". */
export const HEADING_NAME = /^(?:[-•*▪]\s*)?([A-Z][^\s:]*(?:\s+(?:&\s+)?[A-Z][^\s:]*){0,4}):$/;
/** Words of headings that are no company's name ("Key Figures:", "Analyst Views:", "Top Picks:"). */
const HEADING_WORDS: ReadonlySet<string> = new Set([
  'Key', 'Figures', 'Analyst', 'Analysts', 'View', 'Views', 'Outlook', 'Technicals', 'Technical', 'Summary', 'Highlights',
  'Upgrades', 'Downgrades', 'Revisions', 'Top', 'Picks', 'Calls', 'Ratings', 'Targets', 'Brokerage', 'Brokerages', 'Market',
  'Markets', 'Stocks', 'Sector', 'Results', 'Earnings', 'Performance', 'Valuation', 'Fundamentals', 'Data', 'Snapshot',
  'Overview', 'Update', 'Updates', 'Note', 'Notes', 'Disclaimer', 'Related', 'More', 'Read', 'Also', 'Trading', 'Chart',
  'Charts', 'Price', 'Prices', 'Dividend', 'Dividends', 'Profile', 'About', 'Facts', 'Numbers', 'Takeaways', 'Verdict',
  'Recommendation', 'Recommendations', 'Consensus', 'Research', 'Coverage', 'Comment', 'Comments', 'Background', 'Context',
]);

/** The company a heading line names, when it is only a plausible name and no heading word or house. */
export function headingName(text: string): string | null {
  const written = HEADING_NAME.exec(text)?.[1];
  if (!written || written.split(/\s+/).some((w) => HEADING_WORDS.has(w))) return null;
  const name = clean(written) ?? capitalName(written);
  return name && plausibleName(name) && findFirms(name).length === 0 && findRatings(name).length === 0 ? name : null;
}

/**
 * Names an article introduces. Those a house's call is on are companies by where they stand, even when a house of
 * the same name exists ("ICICI Securities has initiated a Buy on Motilal Oswal Financial Services Ltd.").
 */
export interface Discovered {
  names: string[];
  called: string[];
}

/**
 * The company a headline says it is about ("Jefferies Stock Slides", "Foo's Shares Rise"), in the fuller form the
 * body writes it ("Jefferies Financial Group"). It is a company even where a house has the same name: a house's
 * stock is a stock.
 */
export function titleCompany(title: string, body: string): string | null {
  const t = titleSubject(title);
  const name = t ? clean(t) : null;
  // One word before "Stock" is a name, though it may end like a plural ("Jefferies").
  if (!name || !plausibleName(name, true) || !body.includes(name)) return null;
  return fullerForm(body, name);
}

/** "Jefferies" written in full once as "Jefferies Financial Group": the name with the generic words after it. */
function fullerForm(body: string, name: string): string {
  const at = body.indexOf(`${name} `);
  if (at < 0 || isNameChar(body.charCodeAt(at - 1))) return name;
  const ws = body.slice(at + name.length + 1, at + name.length + 60).split(/\s+/);
  const tail: string[] = [];
  for (const w of ws) {
    if (!GENERIC_TAIL.test(w) && !MAY_HOLD_SUFFIX.test(w)) break;
    tail.push(w);
  }
  return tail.length > 0 ? `${name} ${tail.join(' ')}` : name;
}

/** Words every call a name is learned from holds, found in one scan (a substring search per word costs more). */
const CALL_CUE = /arget|grade|nitiat|eiterat/;
const EXTREME_CUE = / high| low/;
const REACHED_WORD = /hit|touch|scaled|reach|set|struck|notched|marked|ed to/;
/** "Alkem Laboratories hit a one-year high": only a stock reaches a high of its own over a span like this. */
const REACHED_EXTREME = new RegExp(String.raw`\b(?:hit|hits|touched|touches|scaled|reached|reaches|set|sets|struck|notched|marked|(?:slipped|fell|dropped|sank|slumped|rose|climbed|jumped|surged|rallied) to)\s+${RECORD_EXTREME}`, 'g');

/** A company known only by how one article writes its name. */
export function learnedCompany(name: string): Company {
  return { id: slug(name), name, aliases: shortForms(name), listings: [] };
}
