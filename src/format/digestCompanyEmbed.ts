import type { APIEmbed } from 'discord.js';
import type { Company } from '../facts/company.js';
import type { Fact } from '../facts/fact.js';
import { dayMoveColour } from './colours.js';
import { companyEmbed } from './companyEmbed.js';
import { factLine, factNote, factValue, type AnswerContext } from './factNote.js';
import { linesField } from './fields.js';
import { rsiLine } from './formatRsi.js';
import { KIND_LABELS } from './formatValue.js';
import { listingLabel } from './listings.js';
import { firmName, newestFirst, targetLine } from './targetLines.js';

/** What is new about one company in a digest's window, each fact from an article of the window. */
export interface CompanyNews {
  company: Company;
  /** The price and moves one article gave for one date, one group each (every group holds a move). */
  moves: Fact[][];
  /** New price targets, average targets, consensus and ratings. */
  analysts: Fact[];
  /** RSI readings at or beyond the conventional extremes. */
  rsi: Fact[];
}

/** A digest compares no target with a price: upside would need a price of the same listing and day. */
const NO_BASES = new Map();
const firmKey = (fact: Fact): string => fact.firm?.trim().toLowerCase() ?? '';

function priceText(company: Company, price: Fact): string {
  const label = company.listings.length > 0 && price.currency ? listingLabel(company, price.currency) : 'Price';
  return `${label} ${factValue(price)}`;
}

/** One line per group: its price named by listing, the moves beside it, one date and source. */
function moveLines(company: Company, group: readonly Fact[], answer: AnswerContext): string[] {
  const [first] = group;
  if (!first) return [];
  const note = factNote(first, answer);
  const prices = group.filter((f) => f.kind === 'price').map((f) => priceText(company, f));
  const changes = group.filter((f) => f.kind !== 'price').map((f) => `${KIND_LABELS[f.kind]} ${factValue(f)}`);
  if (prices.length <= 1) return [`${[...prices, ...changes].join(' · ')} · ${note}`];
  // Two listings' prices of one date: a move beside them would read as either's, so it stands apart.
  return [...prices.map((p) => `${p} · ${note}`), `${changes.join(' · ')} (listing not stated) · ${note}`];
}

function analystLines(facts: readonly Fact[], answer: AnswerContext): string[] {
  const targets = newestFirst(facts.filter((f) => f.kind === 'price_target'));
  const ratings = facts.filter((f) => f.kind === 'analyst_rating');
  const targeted = new Set(targets.map(firmKey));
  return [
    ...targets.map((target) => targetLine(target, ratings, NO_BASES, answer)),
    ...facts.filter((f) => f.kind === 'price_target_avg').map((f) => factLine(f, answer, 'Average target:')),
    ...facts.filter((f) => f.kind === 'consensus_rating').map((f) => factLine(f, answer, 'Consensus:')),
    ...ratings.filter((r) => !targeted.has(firmKey(r))).map((r) => factLine(r, answer, `${firmName(r)}: rated`)),
  ];
}

/**
 * One company's part of a digest: its moves, analysts' news and RSI extremes, each line dated and citing its article
 * by the digest's numbers; the footer lists this company's sources and its own newest date.
 */
export function digestCompanyEmbed(news: CompanyNews, answer: AnswerContext): APIEmbed {
  const fields = [
    ...linesField('Moves', news.moves.flatMap((group) => moveLines(news.company, group, answer))),
    ...linesField('Targets and ratings', analystLines(news.analysts, answer)),
    ...linesField('RSI extremes', news.rsi.map((fact) => rsiLine(fact, answer))),
  ];
  const facts = [...news.moves.flat(), ...news.analysts, ...news.rsi];
  const view = { ...answer, citations: answer.citations.only(new Set(facts.map((f) => f.articleId)), true) };
  const colour = dayMoveColour(news.moves.flat().filter((f) => f.kind === 'change_pct_1d'));
  return companyEmbed(news.company, view, { topic: 'New in the articles', fields, colour });
}
