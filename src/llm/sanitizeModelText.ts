import { neutralizeMentions } from '../format/escapeText.js';
import { safeUrl } from '../format/sourceLinks.js';
import { truncate } from '../format/truncate.js';

export interface SanitizeOptions {
  /** URLs of the articles the text cites: the only links it may keep. */
  allowedUrls: readonly string[];
  /** Citation numbers `[n]` that name a listed source; other markers are dropped. */
  citations: number;
  /** Discord's limit for the part the text goes into (4,096 for a description). */
  maxLength: number;
}

/** Controls and bidirectional overrides, keeping newlines (the text is a list). */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** `[label](url)` and `[label](<url>)` (Discord's masked links), a URL with any scheme, and invite or www forms. */
const LINK = new RegExp(
  [
    String.raw`\[([^\]\n]*)\]\(\s*<?([^()\s<>]*)>?(?:\s+"[^"]*")?\s*\)`,
    String.raw`<?\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()]+>?`,
    String.raw`\b(?:discord(?:app)?\.(?:gg|com\/invite)|www\.)[^\s<>()]*`,
  ].join('|'),
  'gi',
);
/** Headings and subtext at a line's start: model text should read as a list, not as banner text. */
const HEADING = /^(\s*)(?:#{1,3}|-#)\s+/gm;
const CITATION = /\[(\d{1,3})\]/g;

/** A cited article's URL in the form safeUrl gives it, or null when it is not one of them. */
function allowedLink(raw: string, allowed: ReadonlySet<string>): string | null {
  const url = safeUrl(raw.replace(/^<|>$/g, ''));
  return url && allowed.has(url) ? url : null;
}

/**
 * A model's text made safe to show: no mention of any kind can ping or render (`@everyone`, `<@id>`, roles,
 * channels), no link survives except to the cited articles, citation markers name only listed sources, headings
 * become plain lines, and the whole fits `maxLength`. The model read untrusted article text, so its output is
 * untrusted too.
 */
export function sanitizeModelText(text: string, options: SanitizeOptions): string {
  const allowed = new Set(options.allowedUrls.flatMap((url) => safeUrl(url) ?? []));
  const out = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(LINK, (whole, label: string | undefined, url: string | undefined) => {
      if (label === undefined) {
        const [, bare = whole, after = ''] = /^(.*?)([.,;:!?]*)$/s.exec(whole) ?? [];
        return `${allowedLink(bare, allowed) ?? '(link removed)'}${after}`;
      }
      const kept = allowedLink(url ?? '', allowed);
      // A label is text too: a URL written in it would read as a link even when the target is allowed.
      const text = label.replace(/[[\]]/g, '').replace(LINK, '(link removed)');
      return kept ? `[${text}](${kept})` : text;
    })
    .replace(HEADING, '$1')
    .replace(CITATION, (marker, n: string) => (Number(n) >= 1 && Number(n) <= options.citations ? marker : ''))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncate(neutralizeMentions(out), options.maxLength);
}
