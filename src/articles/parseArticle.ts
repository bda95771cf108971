import { hash } from 'node:crypto';
import type { Article } from './article.js';
import { decodeText, looksBinary } from './decodeText.js';
import { htmlToText, markdownToText, type MarkupParts } from './markup.js';
import { isDateLine, parseDateText, takePublished } from './parseDate.js';
import { unwrapLines } from './unwrapLines.js';

/** Text beyond this (in characters) is no news article: refused with a clear message rather than parsed for seconds. */
export const MAX_ARTICLE_CHARS = 5 * 1024 * 1024;
/** Bytes that must decode to more than MAX_ARTICLE_CHARS characters (UTF-8 spends at most four bytes on one). */
const MAX_ARTICLE_BYTES = 4 * MAX_ARTICLE_CHARS;

/** An article that cannot be read, with one line saying why. */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>])/i;
const HTML_EXT = /\.html?$/i;
const MARKDOWN_EXT = /\.(?:md|markdown|mdown|mkd)$/i;
/** `URL: https://…`, `Source: https://…`: the article's own link, anywhere in it. */
const URL_LINE = /^(?:url|source|link|canonical(?: url)?|original(?: article)?|permalink)\s*:\s*<?(https?:\/\/[^\s<>]+)>?$/i;
const BARE_URL = /^<?(https?:\/\/[^\s<>]+)>?$/;
const TITLE_LABEL = /^(?:title|headline)\s*:\s*/i;
const SPACES = /[ \t]{2,}|\t/g;
/** Lines after the title where a bare link counts as the article's. */
const HEADER_LINES = 3;

function readMarkup(file: string, text: string): MarkupParts | null {
  if (HTML_EXT.test(file) || HTML_START.test(text)) return htmlToText(text);
  if (MARKDOWN_EXT.test(file)) return markdownToText(text);
  return null;
}

/** Trimmed lines with inner whitespace collapsed; blank lines kept for unwrapping, then dropped. */
function plainLines(text: string, unwrap: boolean): string[] {
  const clean = text.includes('\t') || text.includes('  ') ? text.replace(SPACES, ' ') : text;
  const lines = clean.split('\n').map((l) => l.trim());
  return (unwrap ? unwrapLines(lines) : lines).filter((l) => l !== '');
}

/** The title: the markup's, or the first line that is not a date line. It leaves the lines. */
function takeTitle(lines: string[], markupTitle: string | null): string | null {
  if (markupTitle) {
    if (lines[0] === markupTitle) lines.shift();
    return markupTitle;
  }
  const at = lines.findIndex((l) => !isDateLine(l) && !BARE_URL.test(l));
  if (at < 0) return null;
  const [line] = lines.splice(at, 1);
  return line ? line.replace(TITLE_LABEL, '') || line : null;
}

/** The article's link from a `URL:`/`Source:` line anywhere or a bare link in the header; such lines leave the body. */
function takeUrl(lines: readonly string[]): { url: string | null; rest: string[] } {
  let url: string | null = null;
  const rest: string[] = [];
  lines.forEach((line, i) => {
    const link = URL_LINE.exec(line)?.[1] ?? (i < HEADER_LINES ? BARE_URL.exec(line)?.[1] : undefined);
    if (link) url ??= link;
    else rest.push(line);
  });
  return { url, rest };
}

function refuseUnreadable(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ArticleError('empty file');
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleError(`too large for an article (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_CHARS / 1024 / 1024} MB of text)`);
}

/** An article's id: the sha256 of its file's raw bytes, so an unchanged file is known before it is parsed. */
export function articleId(bytes: Uint8Array): string {
  return hash('sha256', bytes);
}

/**
 * Parses an article file's bytes, chosen by extension: plain text (first line the title), Markdown (`.md`) or HTML
 * (`.html`, or a text file that starts like a page). The id is the sha256 of the raw bytes; the published time and
 * link come from the markup or the header lines; body lines are trimmed, one paragraph or bullet per line.
 * Throws ArticleError (one line saying why) for an empty, binary, oversized or textless file.
 */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  refuseUnreadable(bytes);
  const { text, plain } = decodeText(bytes);
  // Text without a control character cannot look binary: only the few files that hold one need the byte scan.
  if (!plain && looksBinary(bytes)) throw new ArticleError('binary file, not text');
  if (text.length > MAX_ARTICLE_CHARS) throw new ArticleError(`too large for an article (${(text.length / 1024 / 1024).toFixed(1)} million characters; the limit is ${MAX_ARTICLE_CHARS / 1024 / 1024} million)`);
  const markup = readMarkup(file, text);
  const lines = plainLines(markup ? markup.text : text, markup === null);
  const title = takeTitle(lines, markup?.title ?? null);
  const link = takeUrl(lines);
  const header = takePublished(link.rest);
  if (!title && header.body.length === 0) throw new ArticleError(markup ? 'no text in the file once the markup is removed' : 'no text in the file');
  return {
    id: articleId(bytes),
    file,
    title: title ?? '',
    body: header.body.join('\n'),
    // "JSE market update 24 August 2017": a page with no date line may carry its date in the headline.
    published: (markup?.dateText ? parseDateText(markup.dateText) : null) ?? header.published ?? (title ? parseDateText(title) : null),
    url: markup?.url ?? link.url,
  };
}
