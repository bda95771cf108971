import { decodeHTMLStrict } from 'entities';
import type { MarkupParts } from './markup.js';

/** Runs of whitespace to fold into one space; a lone space is left alone (replacing it with itself costs a match per word). */
const FOLD_SPACES = /\s{2,}|[^\S ]/g;

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\n([\s\S]*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/;
const FIELD = /^([\w-]+)\s*[:=]\s*(.*)$/;
const QUOTED = /^(["'])(.*)\1$/;
const FIELD_KEYS: Readonly<Record<string, 'title' | 'dateText' | 'url'>> = {
  title: 'title', date: 'dateText', published: 'dateText', pubdate: 'dateText', publishdate: 'dateText',
  published_at: 'dateText', publishedat: 'dateText', url: 'url', link: 'url', canonical: 'url', canonical_url: 'url',
  canonicalurl: 'url', source: 'url',
};

const FENCE = /^\s{0,3}(```|~~~)/;
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const H1 = /^\s{0,3}#(?:\s|$)/;
const ATX_MARKS = /^#{1,6}/;
/** A heading's closing hashes (`## Outlook ##`). */
const CLOSING_HASHES = /\s#+$/;
const SETEXT_RULE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const BULLET = /^\s*[-*+•]\s+/;
const QUOTE = /^\s*>\s?/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
/** A paragraph runs on over the next line unless this line ends in a hard break: two spaces or a backslash. */
const HARD_BREAK = /(?: {2}|\\)$/;
/** Lines that start a block of their own instead of continuing a paragraph. */
const BLOCK_START = /^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#|>|\|)/;

const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>$])/g;
// Brackets and parentheses stop each scan at the next opener too, so unbalanced ones cost linear time.
const IMAGE = /!\[[^[\]]*\](?:\([^()]*\)|\[[^[\]]*\])/g;
const LINK = /\[([^[\]]+)\](?:\([^()]*\)|\[[^[\]]*\])/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
// Each span stops at the next marker of its kind, so a line full of stray stars is read in linear time.
const STAR = /(?<![\w*\\])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])/g;
const UNDERSCORE = /(?<![\w_\\])_(?=[^\s_])([^_]+?)(?<=\S)_(?![\w_])/g;
const STRONG = /\*\*(?=\S)([^*]+?)(?<=\S)\*\*|__(?=\S)([^_]+?)(?<=\S)__/g;
const STRIKE = /~~(?=\S)([^~]+?)(?<=\S)~~/g;
const CODE = /`+([^`]+)`+/g;
const TAG = /<\/?(?:a|b|i|u|em|strong|span|small|sup|sub|br|p|div|img|hr|mark|abbr|cite|kbd|code)\b[^<>]*>/gi;
/** Escaped characters are parked in the private-use area while emphasis is read, so `\*` stays a star. */
const PARK = 0xe000;

function readFrontMatter(md: string): { fields: Partial<Record<'title' | 'dateText' | 'url', string>>; rest: string } {
  const m = FRONT_MATTER.exec(md);
  if (!m?.[1]) return { fields: {}, rest: md };
  const fields: Partial<Record<'title' | 'dateText' | 'url', string>> = {};
  for (const line of m[1].split('\n')) {
    const f = FIELD.exec(line.trim());
    const key = f?.[1] ? FIELD_KEYS[f[1].toLowerCase()] : undefined;
    const value = f?.[2]?.trim().replace(QUOTED, '$2').trim();
    if (key && value && !(key === 'url' && !/^https?:\/\//.test(value))) fields[key] ??= value;
  }
  return { fields, rest: md.slice(m[0].length) };
}

function headingText(line: string): string {
  return line.trim().replace(ATX_MARKS, '').replace(CLOSING_HASHES, '');
}

/** One line's Markdown reduced to its text: links to their words, images gone, emphasis and code marks dropped. */
function inline(line: string): string {
  // Each pattern runs only when its mark is present: most lines of prose carry none, and ten scans a line add up.
  let out = line.includes('\\') ? line.replace(ESCAPE, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0))) : line;
  if (out.includes('[')) out = out.replace(IMAGE, '').replace(LINK, '$1');
  if (out.includes('<')) out = out.replace(AUTOLINK, '$1');
  if (out.includes('`')) out = out.replace(CODE, '$1');
  if (out.includes('*')) out = out.replace(STAR, '$1');
  if (out.includes('_')) out = out.replace(UNDERSCORE, '$1');
  if (out.includes('*') || out.includes('_')) out = out.replace(STRONG, '$1$2');
  if (out.includes('~')) out = out.replace(STRIKE, '$1');
  if (out.includes('<')) out = out.replace(TAG, '');
  out = out.includes('&') ? decodeHTMLStrict(out) : out;
  return out.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK)).replace(FOLD_SPACES, ' ').trim();
}

/** One block line as plain text: heading marks, quote marks and table pipes gone; bullets as `- `. */
function blockText(line: string): string {
  if (ATX_HEADING.test(line)) return inline(headingText(line));
  let body = line.replace(QUOTE, '');
  if (BULLET.test(body)) return `- ${inline(body.replace(BULLET, ''))}`;
  if (body.trimStart().startsWith('|')) body = body.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(' | ');
  return inline(body);
}

/** A block of Markdown: a paragraph (wrapped lines joined), heading, list item, table row, or a code line. */
interface Block {
  line: string;
  code: boolean;
}

/** Markdown's lines as blocks: wrapped paragraph lines joined, code fences' lines kept verbatim, rules dropped. */
function blocks(md: string): Block[] {
  const out: Block[] = [];
  let inFence = false;
  let joinable = false;
  for (const line of md.split('\n')) {
    const last = out.at(-1);
    if (FENCE.test(line)) [inFence, joinable] = [!inFence, false];
    else if (inFence) out.push({ line: line.trim(), code: true });
    else if (!line.trim() || RULE.test(line) || TABLE_RULE.test(line) || LINK_DEFINITION.test(line)) joinable = false;
    else if (SETEXT_RULE.test(line) && joinable) joinable = false;
    else if (joinable && last && !BLOCK_START.test(line)) {
      last.line += ` ${line.trim()}`;
      joinable = !HARD_BREAK.test(line);
    } else {
      out.push({ line, code: false });
      joinable = !ATX_HEADING.test(line) && !HARD_BREAK.test(line) && !line.trimStart().startsWith('|');
    }
  }
  return out;
}

/**
 * Text of a Markdown article: front matter (`title:`, `date:`, `url:`) read; a leading `# Heading` (or a Setext
 * heading) is the title and leaves the text; links keep their words, images go, emphasis marks go, `*`/`+` bullets
 * become `- `, and code fences stay as plain text.
 */
export function markdownToText(md: string): MarkupParts {
  const { fields, rest } = readFrontMatter(md);
  const lines = blocks(rest);
  let title = fields.title ?? null;
  const first = lines[0];
  if (first && !first.code && H1.test(first.line)) {
    title ??= inline(headingText(first.line)) || null;
    lines.shift();
  }
  const text = lines.map((b) => (b.code ? b.line : blockText(b.line))).filter(Boolean).join('\n');
  return { title, dateText: fields.dateText ?? null, url: fields.url ?? null, text };
}
