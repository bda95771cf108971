import type { ArticleMeta } from '../facts/storeRecords.js';
import { inlineText } from './escapeText.js';

/**
 * An article's URL when it is safe inside a markdown link: http(s) only, and with the characters that would end
 * the link or the embed's markdown percent-encoded.
 */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href.replace(/[()<>\s`*_~|[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return href.length <= 512 ? href : null;
}

/** An article's title escaped and cut to `max`, linked to its URL when it has a safe one. */
export function articleLink(article: Pick<ArticleMeta, 'title' | 'url'>, max: number): string {
  const url = safeUrl(article.url);
  const title = inlineText(article.title || 'Untitled article', url ? Math.max(10, max - url.length - 4) : max);
  return url ? `[${title}](${url})` : title;
}
