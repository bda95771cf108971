import type { BotContext } from '../discord/command.js';
import { answerFor, answerWith, currentFacts } from '../discord/companyQuery.js';
import type { Company } from '../facts/company.js';
import { FIRM_KINDS, type Fact } from '../facts/fact.js';
import { inlineText } from '../format/escapeText.js';
import { factLine, factNote, factValue, type AnswerContext } from '../format/factNote.js';
import { rsiLine, RSI_OVERBOUGHT, RSI_OVERSOLD } from '../format/formatRsi.js';
import { KIND_LABELS } from '../format/formatValue.js';
import { companyLabel } from '../format/listings.js';
import { OVERVIEW_KINDS } from './questionWords.js';
import { readQuestion, type QuestionReading } from './readQuestion.js';
import { SCREEN_ARTICLES, screenCompanies, type ScreenQuery } from './screenCompanies.js';

/** An answer from the store alone: lines citing their articles, quoted sentences, or what the articles don't say. */
export interface AskAnswer {
  company: Company | null;
  answer: AnswerContext;
  lines: string[];
  quotes: string[];
}

const MAX_QUOTES = 3;
const NOT_SAID = 'The articles don\'t say.';

function lineFor(fact: Fact, answer: AnswerContext): string {
  if (fact.kind === 'rsi_14') return `${KIND_LABELS.rsi_14}: ${rsiLine(fact, answer)}`;
  return factLine(fact, answer, `${KIND_LABELS[fact.kind]}${fact.firm ? ` (${inlineText(fact.firm, 40)})` : ''}:`);
}

async function aboutCompany(ctx: BotContext, company: Company, reading: QuestionReading): Promise<AskAnswer> {
  const kinds = new Set(reading.kinds.length > 0 ? reading.kinds : OVERVIEW_KINDS);
  const firm = reading.firm?.toLowerCase();
  const chosen = currentFacts(await ctx.store.facts(company.id)).filter(
    (f) => kinds.has(f.kind) && (!firm || (FIRM_KINDS.has(f.kind) && f.firm?.toLowerCase().includes(firm))),
  );
  const answer = await answerFor(ctx, company.id, chosen);
  if (chosen.length === 0) {
    const what = reading.firm ? ` what ${inlineText(reading.firm, 60)} said about ${inlineText(company.name, 100)}` : '';
    return { company, answer, lines: [`${NOT_SAID.slice(0, -1)}${what}. Try \`/facts\` for everything known.`], quotes: [] };
  }
  const lines = chosen.map((f) => lineFor(f, answer));
  const quoted = reading.firm ? chosen : [];
  const quotes = [...new Map(quoted.map((f) => [f.quote, f])).values()].slice(0, MAX_QUOTES).map((f) => `“${inlineText(f.quote, 300)}” ${answer.citations.cite(f)}`);
  return { company, answer, lines, quotes };
}

/** The across-companies question a reading asks, if any, and how to say it. */
function screenFor(question: string, reading: QuestionReading): { query: ScreenQuery; what: string } | null {
  if (/\boversold\b/i.test(question)) return { query: { kind: 'rsi_14', reading: 'oversold' }, what: `an RSI of ${RSI_OVERSOLD} or less (oversold)` };
  if (/\boverbought\b/i.test(question)) return { query: { kind: 'rsi_14', reading: 'overbought' }, what: `an RSI of ${RSI_OVERBOUGHT} or more (overbought)` };
  const { rating } = reading;
  if (rating) return { query: { kind: 'consensus_rating', rating }, what: `a ${inlineText(rating, 30)} consensus` };
  return null;
}

async function acrossCompanies(ctx: BotContext, question: string, reading: QuestionReading): Promise<AskAnswer | null> {
  const screen = screenFor(question, reading);
  if (!screen) return null;
  const { matches, articles } = await screenCompanies(ctx.store, screen.query);
  const answer = answerWith(ctx, new Map(articles.map((a) => [a.id, a])), matches);
  const lines = matches.map((f) => {
    const company = ctx.store.company(f.companyId);
    return `${inlineText(company ? companyLabel(company) : f.company, 120)}: ${factValue(f)} · ${factNote(f, answer)}`;
  });
  if (lines.length === 0) lines.push(`${NOT_SAID} None of the companies in the newest ${SCREEN_ARTICLES} articles has ${screen.what}.`);
  else lines.unshift(`Companies with ${screen.what}, by their newest figure:`);
  return { company: null, answer, lines, quotes: [] };
}

/**
 * `/ask` without the model: reads the question by its words (company, kind of fact, firm, rating) and answers from
 * the store with sources, or says the articles don't say.
 */
export async function answerByRules(ctx: BotContext, question: string): Promise<AskAnswer> {
  const reading = readQuestion(question, (text) => {
    const { match, companies } = ctx.store.resolve(text);
    return match === 'exact' && companies.length === 1 ? (companies[0] ?? null) : null;
  });
  if (reading.company) return aboutCompany(ctx, reading.company, reading);
  const across = await acrossCompanies(ctx, question, reading);
  if (across) return across;
  const hint = 'I could not tell which company the question is about: name one, as in “is BABA oversold?” or “what did Jefferies say about Alibaba?”.';
  return { company: null, answer: answerWith(ctx, new Map(), []), lines: [`${NOT_SAID} ${hint}`], quotes: [] };
}
