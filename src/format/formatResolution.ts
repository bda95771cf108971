import type { Company } from '../facts/company.js';
import { inlineText } from './escapeText.js';
import { companyLabel } from './listings.js';
import { joinWithin } from './truncate.js';

/** The longest query echoed back; a longer one is cut (it may be 6,000 characters of anything). */
const MAX_ECHO = 100;
const more = (hidden: number): string => `and ${hidden} more`;

function list(companies: readonly Company[]): string {
  return joinWithin(companies.map((c) => companyLabel(c)), 1_200, more, '; ');
}

/** For a query that names nothing: what was asked, escaped, and the closest names when there are any. */
export function formatNoMatch(query: string, closest: readonly Company[]): string {
  const asked = `No company matches “${inlineText(query, MAX_ECHO)}”.`;
  if (closest.length === 0) return `${asked} Try a ticker such as \`BABA\` or a name such as \`Alibaba\`.`;
  return `${asked} Closest: ${list(closest)}. Pick one from the suggestions as you type, or use its ticker.`;
}

/** For a query that fits several companies: every candidate, so the user can pick by ticker. */
export function formatAmbiguous(query: string, candidates: readonly Company[]): string {
  return `“${inlineText(query, MAX_ECHO)}” could be ${candidates.length} companies: ${list(candidates)}. Use a ticker, or pick one from the suggestions as you type.`;
}

/** For an empty option or a query far longer than any name. */
export function formatBadQuery(length: number, max: number): string {
  return length === 0
    ? 'Give a ticker or company name, such as `BABA` or `Alibaba`.'
    : `That is ${length.toLocaleString('en-US')} characters; a ticker or company name is at most ${max}.`;
}
