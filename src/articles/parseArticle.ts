import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Article } from './article.js';
import { decodeText, looksBinary } from './decodeText.js';
import { htmlToText, markdownToText } from './markup.js';
import { findDate, parseDateText } from './parseDate.js';

/** Text beyond this is no news article: refused with a clear message rather than parsed for seconds. */
export const MAX_ARTICLE_TEXT = 5 * 1024 * 1024;

/** An article that cannot be read, with one line saying why. */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
}

const HEADER_LINE = /^(?:(?:published|updated|last updated|posted|date|dated)\b(?:\s+on)?\s*:?|by\s+[^|]{1,80}[|·•—–-]|[|·•]\s*)/i;
const UPDATED = /^(?:updated|last updated)\b/i;
const URL_LINE = /^(?:url|source|link|canonical)\s*:\s*(https?:\/\/\S+)\s*$/i;

interface Header {
  published: string | null;
  url: string | null;
  body: string[];
}

/**
 * Reads the header area after the title: date lines (`Published: …`, `By Name | date`, a bare date) and a source
 * link are taken out of the body; a date glued to the first paragraph (`14.01.2026 - 12:54:04Alibaba…`) is cut off.
 * Dates further down are the news's own, never the publication date.
 */
function readHeader(lines: string[]): Header {
  let published: string | null = null;
  let updated: string | null = null;
  let url: string | null = null;
  const body: string[] = [];
  lines.forEach((line, i) => {
    const link = URL_LINE.exec(line);
    if (link?.[1]) {
      url ??= link[1];
      return;
    }
    // Header dates stand at a line's start or in a short line: only the head of a line is searched.
    const date = i < 4 ? findDate(line.slice(0, 120)) : null;
    if (!date) return void body.push(line);
    const rest = (line.slice(0, date.start) + line.slice(date.end)).trim();
    const isHeader = HEADER_LINE.test(line) || rest.replace(/[^A-Za-z]/g, '').length <= 3 || (date.start === 0 && /^\s*[|·•]/.test(line.slice(date.end)));
    if (isHeader) {
      if (UPDATED.test(line)) updated ??= date.value;
      else published ??= date.value;
      return;
    }
    if (date.start === 0 && i < 3 && published === null) {
      published = date.value;
      return void body.push(line.slice(date.end).replace(/^[\s|·•,:-]+/, ''));
    }
    body.push(line);
  });
  return { published: published ?? updated, url, body };
}

function kindOf(file: string, text: string): 'html' | 'md' | 'txt' {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || /^\s*(?:<!doctype html|<html)/i.test(text)) return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return 'txt';
}

/** Parses an article file's bytes: plain text (title on the first line), Markdown or HTML. Throws ArticleError. */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  if (bytes.length === 0) throw new ArticleError('empty file');
  if (looksBinary(bytes)) throw new ArticleError('binary file, not text');
  const { text } = decodeText(bytes);
  if (text.length > MAX_ARTICLE_TEXT) throw new ArticleError(`too long for an article (${(text.length / 1e6).toFixed(1)} million characters)`);
  const kind = kindOf(file, text);
  const markup = kind === 'html' ? htmlToText(text) : kind === 'md' ? markdownToText(text) : null;
  const plain = markup ? markup.text : text;
  const spaced = plain.includes('  ') || plain.includes('\t') ? plain.replace(/[ \t]+/g, ' ') : plain;
  const lines = spaced.split('\n').map((l) => l.trim()).filter(Boolean);
  let title = markup?.title ?? null;
  if (!title) {
    const first = lines.findIndex((l) => findDate(l.slice(0, 120)) === null || l.replace(/[^A-Za-z]/g, '').length > 25);
    title = first >= 0 ? (lines.splice(first, 1)[0] ?? null) : null;
  }
  if (!title && lines.length === 0) throw new ArticleError('no text in the file');
  const header = readHeader(lines);
  const published = (markup?.dateText ? parseDateText(markup.dateText) : null) ?? header.published;
  const body = header.body.join('\n');
  if (!body.trim() && !title) throw new ArticleError('no text in the file');
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    file,
    title: title ?? '',
    body,
    published,
    url: markup?.url ?? header.url,
  };
}
