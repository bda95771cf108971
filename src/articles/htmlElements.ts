import { inlineText } from './htmlTags.js';

/** End-tag patterns by element name, made once each. */
const END_TAGS = new Map<string, RegExp>();

/** Where the end tag of `name` after `from` stands, or null. One forward scan: never a rescan per start tag. */
function endTag(html: string, name: string, from: number): { start: number; end: number } | null {
  let re = END_TAGS.get(name);
  if (!re) END_TAGS.set(name, (re = new RegExp(`</${name}\\s*>`, 'gi')));
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Removes the elements a global start-tag pattern finds (its first capture the element name), content and all, each
 * replaced by a line break. An element left open is dropped to the end of the page when `runsToEnd` names it (a
 * script), else only its start tag goes. Linear in the page's length, whatever its markup.
 */
export function dropElements(html: string, starts: RegExp, runsToEnd: ReadonlySet<string>): string {
  const parts: string[] = [];
  // Start tags come in document order: once no end tag follows one, none follows a later one either.
  const unclosed = new Set<string>();
  let pos = 0;
  starts.lastIndex = 0;
  for (let m = starts.exec(html); m; m = starts.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    parts.push(html.slice(pos, m.index), '\n');
    const end = unclosed.has(name) ? null : endTag(html, name, starts.lastIndex);
    if (!end && runsToEnd.has(name)) return parts.join('');
    if (!end) unclosed.add(name);
    pos = starts.lastIndex = end ? end.end : starts.lastIndex;
  }
  parts.push(html.slice(pos));
  return parts.join('');
}

/** The first element a start-tag pattern finds (`/<h1\b[^<>]*>/i`): its one-line text and where it stands, or null. */
export function firstElement(html: string, start: RegExp, name: string): { text: string; start: number; end: number } | null {
  const m = start.exec(html);
  if (!m) return null;
  const end = endTag(html, name, m.index + m[0].length);
  if (!end) return null;
  return { text: inlineText(html.slice(m.index + m[0].length, end.start)), start: m.index, end: end.end };
}
