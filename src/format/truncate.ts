/** Length as Discord counts it: in code points, so an emoji counts once. */
export function textLength(text: string): number {
  // UTF-16 units are never fewer than code points, so short strings need no scan.
  return text.length <= 1 ? text.length : [...text].length;
}

const ELLIPSIS = '…';

/**
 * At most `max` code points: longer text is cut at a code point boundary and ends in an ellipsis. A cut never
 * leaves a lone trailing backslash, which would escape whatever follows it.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  if (points.length <= max) return text;
  if (max <= 0) return '';
  let kept = points.slice(0, max - 1).join('');
  while (kept.endsWith('\\')) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Whole lines joined by `separator` within `max` code points: lines that do not fit are left out and counted in a
 * closing line made by `more(hidden)`; a single line longer than `max` is truncated. `beyond` counts lines the
 * caller left out already, so the closing line counts them too.
 */
export function joinWithin(lines: readonly string[], max: number, more: (hidden: number) => string, separator = '\n', beyond = 0): string {
  if (beyond === 0) {
    const all = lines.join(separator);
    if (textLength(all) <= max) return all;
  }
  const tail = (hidden: number): string => (hidden > 0 ? `${separator}${more(hidden)}` : '');
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const cost = textLength(line) + (kept.length > 0 ? textLength(separator) : 0);
    if (used + cost + textLength(tail(lines.length - index - 1 + beyond)) > max) break;
    kept.push(line);
    used += cost;
  }
  const hidden = lines.length - kept.length + beyond;
  if (kept.length > 0) return `${kept.join(separator)}${tail(hidden)}`;
  const first = lines[0];
  if (first === undefined) return truncate(more(beyond), max);
  // Not even the first line fits whole: cut it, keeping room to count the rest.
  const rest = tail(hidden - 1);
  const room = max - textLength(rest);
  return room > 0 ? `${truncate(first, room)}${rest}` : truncate(first, max);
}
