import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** A start tag's attributes, names lower-cased, values entity-decoded. */
export type Attributes = ReadonlyMap<string, string>;

const TAG_NAME_AND_END = /^<[a-z][\w-]*|\/?>$/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one start tag (`<meta property="og:url" content="…">`). */
export function attributesOf(tag: string): Attributes {
  const out = new Map<string, string>();
  const inner = tag.replace(TAG_NAME_AND_END, '');
  for (const m of inner.matchAll(ATTRIBUTE)) {
    const name = m[1]?.toLowerCase();
    if (name && !out.has(name)) out.set(name, decodeHTMLAttribute(m[2] ?? m[3] ?? m[4] ?? '').trim());
  }
  return out;
}

/** Every start tag a global pattern finds (`/<(?:meta|link)\b[^<>]*>/gi`), with its attributes, in document order. */
export function tagsIn(html: string, tags: RegExp): Attributes[] {
  return [...html.matchAll(tags)].map((m) => attributesOf(m[0]));
}

/** A tag ends at its `>`; stopping at a stray `<` too keeps a page of unclosed tags from being rescanned. */
const TAG = /<\/?[a-z][^<>]*>/gi;
/** Runs of whitespace to fold into one space; a lone space is left alone (replacing it with itself costs a match per word). */
const WHITESPACE = /\s{2,}|[^\S ]/g;

/** A fragment's text on one line: tags stripped, entities decoded, whitespace (no-break spaces too) collapsed. */
export function inlineText(fragment: string): string {
  const bare = fragment.includes('<') ? fragment.replace(TAG, '') : fragment;
  return (bare.includes('&') ? decodeHTML(bare) : bare).replace(WHITESPACE, ' ').trim();
}
