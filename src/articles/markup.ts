import { decodeHTML } from 'entities';

/** What markup gives besides its text: a title, a date string and a link, when it states them. */
export interface MarkupParts {
  title: string | null;
  dateText: string | null;
  url: string | null;
  text: string;
}

const DROP = /<(script|style|noscript|head|nav|footer|aside|template|svg|form|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(?:p|div|br|h[1-6]|tr|section|article|header|ul|ol|table|blockquote|figure|figcaption|main|pre|hr|dd|dt|dl)\b[^>]*>/gi;

function attr(html: string, re: RegExp): string | null {
  const m = re.exec(html);
  return m?.[1] ? decodeHTML(m[1]).trim() : null;
}

function plain(fragment: string): string {
  return decodeHTML(fragment.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** Text of an HTML page: scripts, styles and navigation dropped, blocks as lines, list items as `- ` bullets. */
export function htmlToText(html: string): MarkupParts {
  const title = attr(html, /<h1\b[^>]*>([\s\S]*?)<\/h1>/i) ?? attr(html, /<title\b[^>]*>([\s\S]*?)<\/title>/i);
  const dateText =
    attr(html, /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|date|pubdate|publish-date|og:published_time)["'][^>]*content=["']([^"']+)["']/i) ??
    attr(html, /<meta[^>]+content=["']([^"']+)["'][^>]*(?:property|name)=["'](?:article:published_time|date|pubdate)["']/i) ??
    attr(html, /<time\b[^>]*datetime=["']([^"']+)["']/i);
  const url = attr(html, /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i) ?? attr(html, /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i);
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROP, '\n')
    .replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/i, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li>/gi, '\n')
    .replace(BLOCK, '\n')
    .replace(/<(?:td|th)\b[^>]*>/gi, ' ');
  const text = body.split('\n').map(plain).filter(Boolean).join('\n');
  return { title: title ? plain(title) : null, dateText, url, text };
}

/** Text of a Markdown article: front matter read, the first heading as title, links and emphasis reduced to text. */
export function markdownToText(md: string): MarkupParts {
  let title: string | null = null;
  let dateText: string | null = null;
  let url: string | null = null;
  let body = md;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (front?.[1]) {
    body = md.slice(front[0].length);
    for (const line of front[1].split('\n')) {
      const m = /^(\w+):\s*["']?(.*?)["']?\s*$/.exec(line);
      if (!m?.[1] || !m[2]) continue;
      const key = m[1].toLowerCase();
      if (key === 'title') title = m[2];
      else if (key === 'date' || key === 'published') dateText = m[2];
      else if (key === 'url' || key === 'link' || key === 'canonical') url = m[2];
    }
  }
  const heading = /^\s*#\s+(.+)$/m.exec(body);
  if (!title && heading?.[1]) title = heading[1].trim();
  if (heading) body = body.replace(heading[0], '');
  const text = body
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*[*+]\s+/gm, '- ')
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
  return { title, dateText, url, text };
}
