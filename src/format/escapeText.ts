import { textLength, truncate } from './truncate.js';

const ZWSP = '\u200b';
/** Control characters, and the bidirectional controls that could reorder the text around them. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /\s+/g;
/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Characters Discord's markdown gives a meaning to anywhere in a line (with `[` `]` escaped, `(` `)` link nothing). */
const INLINE_MARKDOWN = /[\\*_~`|[\]]/g;
/** Markers that only mean something at the start of a line: headings, quotes, lists, subtext. */
const LINE_START = /^(\s*)([#>+-])/;
/** A numbered list item: the dot is escaped, since a backslash before a digit shows as written. */
const NUMBERED = /^(\s*\d+)\./;

/** Text from an article or a user on one line: controls dropped, runs of white space as one space. */
export function cleanInline(text: string): string {
  return text.replace(CONTROLS, ' ').replace(SPACES, ' ').trim();
}

/** Right-to-left text isolated (FSI…PDI), so it cannot reorder the numbers printed beside it. */
function isolate(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/** Backslash-escapes Discord markdown so the text shows as written: no bold, links, spoilers, code or headings. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_MARKDOWN, '\\$&').replace(LINE_START, '$1\\$2').replace(NUMBERED, '$1\\.');
}

/**
 * Breaks every mention (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<t:…>`, custom emoji) with
 * an invisible space, so it shows as text and can never ping, even where allowed_mentions is not set.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(?=everyone|here)/gi, `@${ZWSP}`).replace(/<(?=[@#/:&!]|[at]:)/g, `<${ZWSP}`);
}

/** Cleaned text cut as little as needed for its rendered form (which escaping lengthens) to fit `max` code points. */
function fit(text: string, max: number, render: (clean: string) => string): string {
  const clean = cleanInline(text);
  const whole = render(clean);
  if (textLength(whole) <= max) return whole;
  // Binary search on how much of the clean text to keep: rendering only grows with the text kept.
  let [low, high] = [0, Math.min(max, textLength(clean))];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textLength(render(truncate(clean, mid))) <= max) low = mid;
    else high = mid - 1;
  }
  return low > 0 ? render(truncate(clean, low)) : '';
}

/** Untrusted text for a markdown part of an embed (description, field, title): cleaned, cut to `max`, escaped. */
export function inlineText(text: string, max: number): string {
  return fit(text, max, (clean) => isolate(neutralizeMentions(escapeMarkdown(clean))));
}

/** Untrusted text for a plain part (footer, author, autocomplete name): cleaned, cut to `max`, mentions broken. */
export function plainText(text: string, max: number): string {
  return fit(text, max, (clean) => isolate(neutralizeMentions(clean)));
}
