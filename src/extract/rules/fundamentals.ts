import { NOT_THE_STOCK } from './market.js';
import { type Rule, type RuleHit, type Sentence, amountAfter, clauseBefore, cueReader, hit } from './types.js';
import type { Amount } from '../amounts.js';

const PE = /\b(?:trailing\s+)?(?:price[- ]to[- ]earnings|price\/earnings|P\/E|PE)(?:\s*\((?:P\/E|PE)\))?(?:\s+(?:ratio|multiple))?(?:\s*\((?:TTM|ttm)\))?/g;
const FORECAST_BASIS = /\b(?:forecasts?|estimates?|expected|projected|next year'?s|this year'?s (?:expected|estimated|forecast))\b/i;
const PE_TIMES = /(?:\b(?:trades?|trading|valued|is valued)\s+(?:at|on)|^At)\s+(?:(?:only|just|a lofty|a mere|a modest|a rich|a hefty|about|around|roughly|some)\s+)*(\d+(?:\.\d+)?)\s*(?:times|x)\s+(?:trailing\s+)?(?:earnings|its earnings)\b/gi;
const FORWARD = /\b(?:forward|projected|estimated|expected|next year'?s|20\d\d|FY\d\d|one-year forward|12-month forward|sector|industry|peers?'?|average|historical|median)\s*$/i;
const MARKET_CAP = /\bmarket\s+(?:capitali[sz]ation|cap|value|valuation)\b/gi;
const YIELD = /\b(?:dividend\s+)?yields?\b/gi;

function peRatio(s: Sentence): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(PE)) {
    if (FORWARD.test(s.text.slice(Math.max(0, m.index - 25), m.index))) continue;
    if (/^\s*\/?\s*G\b|^\s*-?growth/i.test(s.text.slice(m.index + m[0].length))) continue;
    const a = amountAfter(s, m.index + m[0].length, 'number', 40, /\b(?:forward|sector|industry|peers?|average|compared|versus|vs|PEG|expected)\b/i);
    if (a && a.value > 0 && a.value < 5000 && !a.scaled) hits.push(hit('pe_ratio', a, s.text));
  }
  for (const m of s.text.matchAll(PE_TIMES)) {
    const a = s.amounts.find((x) => x.start >= m.index && x.type === 'number' && String(x.value) === String(Number(m[1])));
    // "On forecasts for the current year, the shares trade at around 13 times earnings": a forward multiple.
    if (a && !/\bforward\b/i.test(m[0]) && !FORECAST_BASIS.test(s.text.slice(0, m.index))) hits.push(hit('pe_ratio', a, s.text));
  }
  return hits;
}

function marketCap(s: Sentence): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(MARKET_CAP)) {
    const before = s.text.slice(Math.max(0, m.index - 40), m.index);
    if (/\b(?:add(?:ed|ing|s)?|wip(?:ed|ing|es)|eras(?:ed|ing)|los(?:t|ing)|shed|gain(?:ed|ing)?|off|from)\b[^.]*$/i.test(before)) continue;
    const a = amountAfter(s, m.index + m[0].length, 'money', 60, /\b(?:by|gain|loss|added|lost|wiped|target|could|would|reach|above|below|under|less than|at least|exceeding|north of|in excess of|topped|crossed)\b|\b(?:rose|fell|increased|decreased|grew|jumped|dropped)\b(?!\s+to\b)/i);
    // "carries a $23.2 billion market capitalization": the figure written before the noun.
    const written = a ? undefined : s.amounts.find((x) => x.type === 'money' && x.scaled && x.end <= m.index && /^\s*$/.test(s.text.slice(x.end, m.index)));
    const figure = a ?? written;
    if (figure && (figure.scaled || figure.value >= 1e6)) hits.push(hit('market_cap', figure, s.text));
  }
  return hits;
}

/** "The chemicals maker, valued at £2.02bn, …": the company's market value given in passing. */
/** "Tencent is now a $500bn company": the company's worth as the noun it is. */
const WORTH_COMPANY = /^\s+(?:company|group|business|firm|conglomerate)\b/;

const VALUED_AT = /\b(?:company|group|firm|maker|provider|producer|retailer|lender|bank|insurer|miner|operator|developer|manufacturer|conglomerate|business|supplier|utility|airline|carrier|grocer|brewer|chipmaker|carmaker|automaker|telco|giant)\s*(?:,|\s+is|\s+was)\s*(?:now\s+|currently\s+)?(?:valued\s+at|worth)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just under\s+|just over\s+|nearly\s+|almost\s+)?$/i;

function valuedAt(s: Sentence): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const a of s.amounts) {
    if (a.type !== 'money' || !(a.scaled || a.value >= 1e6)) continue;
    const before = s.text.slice(Math.max(0, a.start - 80), a.start);
    // "Krones, valued at about €4 billion", "Moutai is valued at about 1.76 trillion yuan", "CD Projekt is now worth
    // roughly PLN 24.7 billion": a company's own worth right after its name.
    const spanEnd = s.companySpans.some((c) => /^\s*(?:,\s*|\s+(?:is|was)\s+)(?:now\s+|currently\s+)?(?:valued\s+at|worth)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i.test(s.text.slice(c.end, a.start)));
    const head = s.text.slice(0, a.start);
    const opening = /^(?:The|the) (?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*\s*,\s*(?:now\s+|currently\s+)?valued\s+at\s+(?:about\s+|around\s+|roughly\s+)?$/.test(head) && !NOT_THE_STOCK.test(head);
    if ((VALUED_AT.test(before) || spanEnd || opening) && /^\s*(?:,|\.|;|$|and\b|on the (?:stock )?(?:market|exchange)\b|in market value\b)/.test(s.text.slice(a.end, a.end + 24))) hits.push(hit('market_cap', a, s.text));
    else if (/\b(?:is|was)\s+(?:now\s+)?an?\s+$/.test(before) && WORTH_COMPANY.test(s.text.slice(a.end, a.end + 14))) hits.push(hit('market_cap', a, s.text));
  }
  return hits;
}

function dividendYield(s: Sentence): RuleHit[] {
  if (!/\bdividend/i.test(s.text) || /\b(?:bond|treasury|treasuries|10-year|gilt|bund)\b/i.test(s.text)) return [];
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(YIELD)) {
    const a = amountAfter(s, m.index + m[0].length, 'percent', 30, /\b(?:target|forward|expected|average|sector)\b/i);
    // "a dividend yield of 3 to 4 per cent": a range is no figure.
    if (a && a.value >= 0 && a.value < 50 && !/\d\s*(?:to|-|–)\s*$/.test(s.text.slice(Math.max(0, a.start - 8), a.start))) hits.push(hit('dividend_yield', a, s.text));
  }
  return hits;
}

const SAME_STORE = /\b(?:same[- ]store|comparable[- ]store|comparable sales|like[- ]for[- ]like|stores open for|comp sales)\b/i;
const REVENUE = /\b(?:total\s+|net\s+|quarterly\s+|annual\s+|consolidated\s+|reported\s+)?(?:revenue from operations|revenues?|sales|turnover|top[- ]line)\b/gi;
const FORECAST = /\b(?:FY\d{2,4}[EF]|CY\d{2,4}[EF]|20\d\d[EF]|expect\w*|estimat\w*|forecast\w*|consensus|guidance|guid\w+|project\w*|predict\w*|anticipat\w*|outlook|target\w*|aims?|plans?|goal|could|would|may|might|will|should|potential|see[sn]?|sees)\b/i;
/**
 * Revenue of a part of the company, not the whole: a segment noun anywhere, or a segment word right before the
 * revenue noun ("cloud revenue", "online sales"). A description of the company ("the e-commerce giant") is not one.
 */
const SEGMENT = /\b(?:segments?|divisions?|units?|arms?|subsidiar(?:y|ies)|business (?:line|unit)s?|in China|in Europe|in India|in the U\.?S\.?|in North America|insider|sold|stake|worth of)\b|\b(?:cloud|data[- ]cent(?:er|re)|advertising|ad|iPhone|Azure|AWS|gaming|automotive|services|product|online|retail|wholesale|e-commerce|international|domestic|store|same-store|like-for-like|organic|segment|unit|regional|China|U\.S\.|European|Asian)\s+(?:[a-z-]+\s+)?(?:revenues?|sales|turnover)\b/i;
/** "Its Molten Metal Systems business", "the Pharma division": a part of the company by its own name. */
const NAMED_PART = /\b(?!(?:The|Its|Their|This|That|Our|Whose)\b)[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:business|division|unit|arm)\b/;
const PERIOD = /\b(?:Q[1-4]|(?:first|second|third|fourth)[- ]quarter|quarter(?:ly)?|full[- ]year|fiscal\s+(?:year\s+)?(?:20)?\d\d|FY\s?'?\d{2,4}|H[12]|(?:first|second)[- ]half|annual|year)\b/i;
const GROWTH_VERB = /\b(?:(rose|grew|increased|jumped|climbed|surged|gained|soared|advanced|expanded|was up|were up|up|rising|growing|increasing|improved|climbing|jumping)|(declined|fell|dropped|decreased|was down|were down|down|slipped|contracted|shrank|slumped|falling|declining|slipping|dropping|sliding|shrinking))\b[^.;%]{0,30}$/i;
const GROWTH_NOUN = /^\s*(?:year[- ]over[- ]year\s+|year[- ]on[- ]year\s+|y-o-y\s+|YoY\s+|annual\s+)?(?:(increase|growth|rise|jump|gain)|(decline|drop|decrease|fall))\s+in\s+(?:its\s+|the\s+company's\s+|total\s+|quarterly\s+)?(?:revenues?|sales|turnover)\b/i;

const LIFTED_BY = /\b(?:lifted|raised|increased|grew|boosted|expanded|(cut|reduced|lowered))\s+(?:its\s+|their\s+)?(?:total\s+|group\s+|consolidated\s+)?(?:revenues?|sales|turnover)\s+by\s+/gi;

/** Figures of an earlier period given for comparison. */
const EARLIER = /\b(?:same (?:quarter|period) (?:last|a) year|year-ago|a year (?:ago|earlier)|prior[- ]year|previous year|last year's|same quarter of last year|earlier)\b/i;

function periodOf(text: string): string | null {
  return PERIOD.exec(text)?.[0].toLowerCase() ?? null;
}

const ADJUSTED_GROWTH = /\b(?:organic(?:ally)?|constant (?:exchange rates?|currenc(?:y|ies)|FX)|at constant|currency[- ]adjusted|like[- ]for[- ]like|comparable)\b/i;

/** Whether the growth at `pct` is stated on an adjusted basis: right after it, or before the revenue noun at `noun`. */
function adjustedGrowth(text: string, noun: number, pct: Amount): boolean {
  const after = text.slice(pct.end, pct.end + 40).split(/\band\b|[;,(]/)[0] ?? '';
  return ADJUSTED_GROWTH.test(after) || (ADJUSTED_GROWTH.test(text.slice(Math.max(0, noun - 40), noun)) && !/\breported\b/.test(after));
}

/** Turnover of a market or a stock's trading: the value traded, not a company's revenue. */
const TRADING_BEFORE = /\b(?:trading|market|share|stock|daily|exchange|securities)\s+$/i;
/** Capitalised words that may stand before a company's revenue noun without naming a product. */
const WHOLE_COMPANY_WORDS: ReadonlySet<string> = new Set(['Net', 'Total', 'Group', 'Quarterly', 'Annual', 'Consolidated', 'Reported', 'Overall', 'Company', 'Its', 'The', 'Their', 'Fiscal', 'Underlying', 'Adjusted', 'Gross', 'Operating', 'Core', 'Headline', 'Global', 'Half-year', 'Full-year', 'Interim', 'Record', 'Standalone', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
/** The revenue noun alone, so that the word before it modifies it ("Mac sales", not "Aramco reported revenue"). */
const BARE_NOUN = /^(?:revenues?|sales|turnover)$/i;
/** "Sales of iPads", "sales of its cars": what follows names a product, not the amount. */
const YEAR_ON_YEAR_AFTER = /^\s+(?:(less|lower|down|below)|more|higher|up|above)\s+(?:than\s+(?:a|the)\s+year\s+(?:earlier|ago|before)|than\s+in\s+the\s+same\s+(?:period|quarter)\s+(?:a|last)\s+year|year[- ]on[- ]year)\b/i;
const UNITS_AFTER = /^\s+to\s+[\d,.]+(?:\s+(?:lakh|million|thousand))?\s+(?:units|vehicles|cars|bikes|motorcycles|tonnes|tons|barrels|phones|handsets|homes|flats)\b/i;
const PRODUCT_AFTER = /^\s+of\s+(?:its\s+|the\s+)?(?!(?:about|around|nearly|almost|some|over|more|just|roughly|approximately|close|an?|company|group|euros?|dollars?|yen|yuan|won|rupees?|pounds?|francs?|ringgit|baht|rand)\b)(?:[a-z][A-Za-z]+|[A-Z][a-z]{2,})\b/;

/** Whether a capitalised word that names no company stands right before the revenue noun ("Mac sales", "iPod sales"). */
function productBefore(s: Sentence, at: number): boolean {
  const lead = /([A-Za-z][\w-]*)\s+$/.exec(s.text.slice(Math.max(0, at - 30), at));
  const word = lead?.[1];
  if (!word || !/[A-Z]/.test(word) || WHOLE_COMPANY_WORDS.has(word) || /^(?:Q[1-4]|H[12]|FY|CY|\d)|quarter$|half$/i.test(word)) return false;
  const start = at - (lead[0].length);
  return !s.companySpans.some((m) => m.start <= start && start < m.end);
}

function revenue(s: Sentence): RuleHit[] {
  // A segment named before the figure makes it the segment's; one named after only explains it ("reflecting higher
  // revenue in both segments").
  const segment = SEGMENT.exec(s.text) ?? NAMED_PART.exec(s.text);
  if (segment && segment.index < (s.amounts[s.amounts.length - 1]?.start ?? 0) && !/\b(?:reflecting|driven by|thanks to|helped by|led by)\b/.test(s.text.slice(0, segment.index))) return [];
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(REVENUE)) {
    // A market's turnover is the value traded that day; a company's comes with its period ("annual turnover").
    if (/turnover$/i.test(m[0]) && (!PERIOD.test(s.text) || TRADING_BEFORE.test(s.text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    // "Mac sales rose 7%", "Sales of iPads climbed 151%": a product's sales, not the company's.
    if ((BARE_NOUN.test(m[0]) && productBefore(s, m.index)) || PRODUCT_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    // "the largest operator by revenue, gained 3.1%": revenue that ranks the company, not a figure of it.
    if (/\b(?:by|in)\s+$/i.test(s.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "sales at stores open for at least a year rose 0.7 percent": a like-for-like measure, not revenue.
    if (SAME_STORE.test(s.text)) continue;
    // "if CN reaches a 55-per-cent OR in 2024 on revenue of $17.8-billion": a scenario's revenue is no result.
    if (/\b(?:if|would|could|assuming|scenario)\b/i.test(clauseBefore(s.text, m.index, 80))) continue;
    const from = m.index + m[0].length;
    const money = s.amounts.find((a) => a.start >= from && a.start - from <= 60 && a.type === 'money' && !a.conversion);
    if (money && (money.scaled || money.value >= 1e5)) {
      const gap = s.text.slice(from, money.start);
      const lead = s.text.slice(Math.max(0, money.start - 8), money.start);
      // "higher revenue from operations, Asian Paints' consolidated profit more than doubled to Rs 574.30 crore":
      // another figure's noun between them makes the figure that one's.
      if (!FORECAST.test(gap) && !FORECAST.test(clauseBefore(s.text, m.index, 50)) && !EXPECTED_BEFORE.test(s.text.slice(0, money.start)) && !EARLIER.test(s.text.slice(0, money.start)) && !/[;]|\bcompared\b|\bversus\b|\bvs\b|\b(?:profit|income|earnings|EBITDA|EBIT|margin|PAT)\b/i.test(gap) && !/\bfrom\s*$/i.test(lead)) {
        hits.push(hit('revenue', money, s.text, { period: periodOf(s.text) }));
      }
    }
    const pct = s.amounts.find((a) => a.type === 'percent' && a.start >= from && a.start - from <= 70);
    if (pct && /;|\b(?:margin|profit|income|earnings|EPS|EBITDA|while|whereas)\b/i.test(s.text.slice(from, pct.start))) continue;
    // "On an organic basis, revenue grew 3.2%", "up 8.6% at constant exchange rates": not the growth reported.
    if (pct && adjustedGrowth(s.text, m.index, pct)) continue;
    const verb = pct ? GROWTH_VERB.exec(s.text.slice(from, pct.start)) : null;
    // "total sales climbed 14% to 4,12,358 units": sales counted in units are volumes, not revenue.
    if (pct && UNITS_AFTER.test(s.text.slice(pct.end, pct.end + 40))) continue;
    if (pct && verb && !FORECAST.test(s.text.slice(from, pct.start)) && !FORECAST.test(clauseBefore(s.text, m.index, 80))) {
      const value = pct.signed ? pct.value : verb[2] ? -Math.abs(pct.value) : pct.value;
      hits.push(hit('revenue_growth_pct', pct, s.text, { value }));
    } else if (pct && !verb && money && money.end <= pct.start && /^,\s*$/.test(s.text.slice(money.end, pct.start)) && !FORECAST.test(clauseBefore(s.text, m.index, 80))) {
      // "sales amounted to €212.4 million, 4.7% less than a year earlier": the change named after the figure.
      const yoy = YEAR_ON_YEAR_AFTER.exec(s.text.slice(pct.end, pct.end + 40));
      if (yoy) hits.push(hit('revenue_growth_pct', pct, s.text, { value: yoy[1] ? -Math.abs(pct.value) : Math.abs(pct.value) }));
    }
  }
  for (const a of s.amounts) {
    if (a.type !== 'percent') continue;
    const noun = GROWTH_NOUN.exec(s.text.slice(a.end, a.end + 60));
    if (noun && !FORECAST.test(clauseBefore(s.text, a.start))) {
      hits.push(hit('revenue_growth_pct', a, s.text, { value: noun[2] ? -Math.abs(a.value) : a.value }));
      // "reported a 9% rise in revenue to £421m": the revenue the growth reached.
      const reached = s.amounts.find((x) => x.start > a.end + noun[0].length && x.type === 'money' && !x.conversion && (x.scaled || x.value >= 1e5));
      if (reached && /^\s+to\s+$/.test(s.text.slice(a.end + noun[0].length, reached.start))) hits.push(hit('revenue', reached, s.text, { period: periodOf(s.text) }));
    }
  }
  // "Krones lifted revenue by 6.1% to €5.61 billion": the verb before the noun, the change after "by".
  for (const m of s.text.matchAll(LIFTED_BY)) {
    const a = amountAfter(s, m.index + m[0].length, 'percent', 2);
    if (a && !FORECAST.test(clauseBefore(s.text, m.index, 60))) hits.push(hit('revenue_growth_pct', a, s.text, { value: m[1] ? -Math.abs(a.value) : a.value }));
  }
  const growthOf = /\b(?:revenue|sales)\s+growth\s+(?:of|was|came in at|at)\s+/gi;
  for (const m of s.text.matchAll(growthOf)) {
    const a = amountAfter(s, m.index + m[0].length, 'percent', 4);
    if (a && !FORECAST.test(s.text.slice(Math.max(0, m.index - 40), m.index))) hits.push(hit('revenue_growth_pct', a, s.text));
  }
  return hits;
}

const EPS = /\b(?:diluted\s+|basic\s+|adjusted\s+|GAAP\s+)?(?:EPS|earnings per share)\b(?:\s*\(EPS\))?/gi;

const EPS_MOVED = /^\s*(?:\(EPS\)\s*)?(?:rose|fell|dropped|declined|increased|grew|jumped|climbed|slipped|decreased|surged|slumped)\s+(?:(?:by\s+)?[\d.]+\s*(?:%|percent|per cent)\s+)?to\s+/i;

/** A result per share, earned or lost, in the clause before the figure. */
const EARNED = /\b(?:(earned|earns|net income|net profit|profit|income)|(lost|net loss|loss))\b[^;]*$/i;
/** Per-share figures that are not earnings: payouts, offers, prices. */
const NOT_EARNINGS = /\b(?:dividends?|payout|offer\w*|price|target|buyback|cash|pays?|paid|bid|valu\w*|book value|revenue|sales)\b/i;

/** Whether a per-share figure at `at` is a result already earned: neither forecast nor an earlier period's. */
function earned(s: Sentence, at: number): boolean {
  return !FORECAST.test(clauseBefore(s.text, at, 60).replace(/\breported\b/gi, '')) && !EARLIER.test(s.text.slice(0, at + 40)) && !EXPECTED_BEFORE.test(s.text.slice(0, at));
}

/**
 * "Analysts polled by Thomson Reuters are looking for…", "the consensus calls for earnings of $2.02 a share and
 * revenue of $2.3 billion", "projected profit of no more than 58 cents": a sentence that says, before the figure,
 * that it is expected is no result.
 */
const EXPECTED_BEFORE = /\b(?:polled|looking for|look for|calls? for|forecasts?|projected|projects|projecting|expects?|expected|expecting|estimates?|consensus|no more than|at least)\b/i;

function eps(s: Sentence): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of s.text.matchAll(EPS)) {
    const after = amountAfter(s, m.index + m[0].length, 'money', 30, /\b(?:estimate|expect|consensus|forecast|guidance|compared|versus|vs|from)\b/i);
    if (after && !after.scaled && earned(s, after.start) && !/\bfrom\s*$/i.test(s.text.slice(after.start - 6, after.start))) {
      hits.push(hit('eps', after, s.text, { period: periodOf(s.text) }));
      continue;
    }
    // "earnings per share (EPS) dropped 5% to $0.37": the figure the move ends at.
    const moved = EPS_MOVED.exec(s.text.slice(m.index + m[0].length, m.index + m[0].length + 50));
    const to = moved ? s.amounts.find((a) => a.type === 'money' && a.start === m.index + m[0].length + moved[0].length) : undefined;
    if (to && !to.scaled && earned(s, to.start)) {
      hits.push(hit('eps', to, s.text, { period: periodOf(s.text) }));
      continue;
    }
    const before = s.amounts.filter((a) => a.type === 'money' && a.end <= m.index && m.index - a.end <= 4).pop();
    if (before && !before.scaled && earned(s, before.start)) hits.push(hit('eps', before, s.text, { period: periodOf(s.text) }));
  }
  for (const m of s.text.matchAll(/\b(?:earnings|profit|net income)\s+of\s+/gi)) {
    const a = amountAfter(s, m.index + m[0].length, 'money', 3);
    if (a && !a.scaled && /^\s*(?:a|per)\s+(?:diluted\s+)?share\b/i.test(s.text.slice(a.end, a.end + 20)) && earned(s, a.start)) {
      hits.push(hit('eps', a, s.text, { period: periodOf(s.text) }));
    }
  }
  // "The firm earned $3.08 a share", "net income came to $2.4 million or $0.10 per share", "lost $0.05 a share".
  for (const a of s.amounts) {
    if (a.type !== 'money' || a.scaled || a.conversion || hits.some((h) => h.at === a.start)) continue;
    if (!/^\s*(?:a|per)\s+(?:diluted\s+)?share\b/i.test(s.text.slice(a.end, a.end + 20))) continue;
    const before = clauseBefore(s.text, a.start, 90);
    const m = EARNED.exec(before);
    if (!m || NOT_EARNINGS.test(before) || !earned(s, a.start)) continue;
    hits.push(hit('eps', a, s.text, { period: periodOf(s.text), value: m[2] ? -Math.abs(a.value) : a.value }));
  }
  return hits;
}

/** Every word the gates below look for, in one scan: most sentences with a figure hold none of them. */
const PE_CUE = 1;
const CAP_CUE = 2;
const VALUED_CUE = 4;
const YIELD_CUE = 8;
const REVENUE_CUE = 16;
const SHARE_CUE = 32;
const FUNDAMENTAL_CUES: Readonly<Record<string, number>> = {
  arnings: PE_CUE, 'P/E': PE_CUE, PE: PE_CUE, times: PE_CUE, arket: CAP_CUE, valued: VALUED_CUE, worth: VALUED_CUE, ield: YIELD_CUE, evenue: REVENUE_CUE, ales: REVENUE_CUE,
  urnover: REVENUE_CUE, 'op line': REVENUE_CUE, 'op-line': REVENUE_CUE, EPS: SHARE_CUE, 'per share': SHARE_CUE, 'a share': SHARE_CUE,
};
/** The words each fundamental's phrase needs. */
const fundamentalCues = cueReader(FUNDAMENTAL_CUES);

/** Valuation and reported results: P/E, market cap, dividend yield, revenue and its growth, EPS. */
export const extractFundamentals: Rule = (s) => {
  const cues = fundamentalCues(s.text);
  if (cues === 0) return [];
  const hits: RuleHit[] = [];
  if ((cues & PE_CUE) !== 0) hits.push(...peRatio(s));
  if ((cues & CAP_CUE) !== 0) hits.push(...marketCap(s));
  if ((cues & VALUED_CUE) !== 0) hits.push(...valuedAt(s));
  if ((cues & YIELD_CUE) !== 0) hits.push(...dividendYield(s));
  if ((cues & REVENUE_CUE) !== 0) hits.push(...revenue(s));
  if ((cues & SHARE_CUE) !== 0) hits.push(...eps(s));
  return hits;
};
