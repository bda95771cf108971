import { dropElements, firstElement } from './htmlElements.js';
import { type Attributes, attributesOf, inlineText, tagsIn } from './htmlTags.js';

export { markdownToText } from './markdown.js';

/** What markup gives besides its text: a title, a date text and a link, when it states them. */
export interface MarkupParts {
  title: string | null;
  /** The publication date as the page states it (`2025-03-03T10:00:00Z`), not yet parsed. */
  dateText: string | null;
  url: string | null;
  /** Plain text, one paragraph, heading or `- ` bullet per line. */
  text: string;
}

/** Elements whose content is never article text: code, styling, navigation, page chrome, forms, embeds. */
const DROP = /<(script|style|noscript|head|nav|footer|aside|template|svg|math|form|button|select|iframe|object)\b[^<>]*>/gi;
/** A script or style left open runs to the end of the page; other elements left open lose only their start tag. */
const RUNS_TO_END: ReadonlySet<string> = new Set(['script', 'style']);
/** Comments, CDATA, the doctype and processing instructions. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^<>]*>|<\?[^<>]*>/g;
const BLOCK = /<\/?(?:p|div|br|h[1-6]|tr|li|ul|ol|dl|dt|dd|section|article|header|main|table|thead|tbody|blockquote|figure|figcaption|pre|hr|address|details|summary)\b[^<>]*>/gi;
const LIST_ITEM = /<li\b[^<>]*>/gi;
/** Runs of whitespace to fold into one space; a lone space is left alone (replacing it with itself costs a match per word). */
const WHITESPACE = /\s{2,}|[^\S ]/g;
const CELL = /<\/?(?:td|th)\b[^<>]*>/gi;
const H1 = /<h1\b[^<>]*>/i;
const TITLE = /<title\b[^<>]*>/i;
const META_OR_LINK = /<(?:meta|link)\b[^<>]*>/gi;
const TIME = /<time\b[^<>]*\bdatetime\s*=[^<>]*>/i;
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]{4,40})"/;
/** Site names after a page title: `Alibaba shares rise | Example News`. */
const TITLE_SEPARATOR = /\s+[|–—]\s+/;
/** Meta names that give the publication time, best first. */
const DATE_META = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date'];

function metaContent(tags: readonly Attributes[], names: readonly string[]): string | null {
  for (const name of names) {
    const tag = tags.find((t) => (t.get('property') ?? t.get('name') ?? t.get('itemprop'))?.toLowerCase() === name);
    const content = tag?.get('content');
    if (content) return content;
  }
  return null;
}

function pageTitle(html: string): string | null {
  const full = firstElement(html, TITLE, 'title')?.text;
  if (!full) return null;
  return full.split(TITLE_SEPARATOR).reduce((a, b) => (b.length > a.length ? b : a));
}

/** Lines of visible text from a page's body, list items as `- ` bullets. */
function bodyLines(html: string): string[] {
  // Line ends in the source are spaces in a page; only block elements break lines.
  const blocks = html
    .replace(WHITESPACE, ' ')
    .replace(LIST_ITEM, '\n- ')
    .replace(BLOCK, '\n')
    .replace(CELL, ' ');
  const lines: string[] = [];
  for (const raw of blocks.split('\n')) {
    const line = inlineText(raw);
    if (!line) continue;
    // A list item whose text sits in its own paragraph (`<li><p>…</p></li>`) leaves its bullet alone on a line.
    if (lines.at(-1) === '-') lines[lines.length - 1] = line.startsWith('- ') ? line : `- ${line}`;
    else lines.push(line);
  }
  return lines.filter((l) => l !== '-');
}

/**
 * Text of an HTML page: scripts, styles, the head, navigation, footers and asides dropped; blocks as lines; list
 * items as `- ` bullets; tags stripped and entities decoded. The first `<h1>` (else the `<title>` without its site
 * name) is the title and leaves the text; the published time comes from the page's metadata or first `<time>`, the
 * link from `<link rel="canonical">` or `og:url`.
 */
export function htmlToText(html: string): MarkupParts {
  const tags = tagsIn(html, META_OR_LINK);
  const canonical = tags.find((t) => t.get('rel')?.toLowerCase().split(/\s+/).includes('canonical'))?.get('href');
  const url = canonical || metaContent(tags, ['og:url']);
  const ldDate = JSON_LD_DATE.exec(html)?.[1] ?? null;
  const content = dropElements(html.replace(COMMENT, ''), DROP, RUNS_TO_END);
  const time = TIME.exec(content);
  const dateText = metaContent(tags, DATE_META) ?? ldDate ?? (time ? (attributesOf(time[0]).get('datetime') ?? null) : null);
  const h1 = firstElement(content, H1, 'h1');
  const title = h1?.text || metaContent(tags, ['og:title']) || pageTitle(html);
  const text = bodyLines(h1 ? `${content.slice(0, h1.start)}\n${content.slice(h1.end)}` : content).join('\n');
  return { title: title || null, dateText, url: url || null, text };
}
