import type { Company } from '../facts/company.js';
import type { Fact } from '../facts/fact.js';
import { compareAsOf } from '../facts/selectLatest.js';
import type { AnswerContext } from './factNote.js';
import { factNote, factValue } from './factNote.js';
import { comparablePrice, formatPercent, percentFrom, type ComparablePrice } from './comparePrices.js';
import { inlineText } from './escapeText.js';
import { formatDay } from './dates.js';
import { formatFactValue } from './formatValue.js';
import { listingLabel } from './listings.js';

const firmKey = (fact: Fact): string => fact.firm?.trim().toLowerCase() ?? '';
/** An analyst firm's name as article text: escaped, cut to 60 characters. */
export const firmName = (fact: Fact): string => inlineText(fact.firm ?? 'Unnamed firm', 60);

/** Newest first; on one date the higher target first, then by firm, so the order never depends on ingest order. */
export function newestFirst(facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => compareAsOf(a.asOf, b.asOf) || Number(b.value) - Number(a.value) || firmKey(a).localeCompare(firmKey(b)));
}

/** The price each target currency is measured against: the newest price in that currency, if one can be trusted. */
export function basesFor(targets: readonly Fact[], prices: readonly Fact[]): Map<string, ComparablePrice> {
  return new Map(targets.flatMap((t) => (t.currency ? [[t.currency, comparablePrice(prices, t.currency)] as const] : [])));
}

/** ` · +24.6% upside` against the same-currency base, or nothing when there is none to trust. */
export function upsideNote(target: Fact, bases: ReadonlyMap<string, ComparablePrice>): string {
  const base = target.currency ? bases.get(target.currency) : undefined;
  const percent = base && 'price' in base ? percentFrom(base.price, target) : null;
  return percent === null ? '' : ` · ${formatPercent(percent)} ${percent >= 0 ? 'upside' : 'downside'}`;
}

/** `Jefferies: **$230.00** · rated Buy · as of 3 Jan 2026 [2] · +47.7% upside`; the rating cites its own article when another one gave it. */
export function targetLine(target: Fact, ratings: readonly Fact[], bases: ReadonlyMap<string, ComparablePrice>, answer: AnswerContext): string {
  const rating = ratings.find((r) => firmKey(r) === firmKey(target));
  const rated = rating ? ` · rated ${factValue(rating)}${rating.articleId === target.articleId ? '' : ` ${answer.citations.cite(rating)}`}` : '';
  return `${firmName(target)}: ${factValue(target)}${rated} · ${factNote(target, answer)}${upsideNote(target, bases)}`;
}

/** What each target currency's upside is measured against, and the prices left out because no target shares their currency. */
export function baseLines(company: Company, bases: ReadonlyMap<string, ComparablePrice>, prices: readonly Fact[], answer: AnswerContext): string[] {
  const lines = [...bases].map(([currency, base]) => {
    if ('price' in base) {
      const { price } = base;
      return `${currency} targets: against ${factValue(price)}, the ${listingLabel(company, currency)} price ${factNote(price, answer)}.`;
    }
    if (base.missing === 'none') return `${currency} targets: no ${currency} price in the articles, so no upside is shown.`;
    const listed = base.prices.map((p) => `${formatFactValue(p)} ${answer.citations.cite(p)}`).join(', ');
    return `${currency} targets: the prices of ${formatDay(base.prices[0]?.asOf ?? '')} disagree (${listed}), so no upside is shown.`;
  });
  const compared = new Set([...bases.keys()].map((c) => (c === 'GBX' ? 'GBP' : c)));
  for (const price of prices) {
    if (!price.currency || compared.has(price.currency === 'GBX' ? 'GBP' : price.currency)) continue;
    lines.push(`Not compared: the ${listingLabel(company, price.currency)} price ${factValue(price)}, ${factNote(price, answer)}: no target is in ${price.currency}.`);
  }
  return lines;
}
