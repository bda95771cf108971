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
 * closing line made by `more(hidden)`; a single line longer than `max` is truncated.
 */
export function joinWithin(lines: readonly string[], max: number, more: (hidden: number) => string, separator = '\n'): string {
  const all = lines.join(separator);
  if (textLength(all) <= max) return all;
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const tail = `${separator}${more(lines.length - index - 1)}`;
    const cost = textLength(line) + (kept.length > 0 ? textLength(separator) : 0);
    const tailCost = index === lines.length - 1 ? 0 : textLength(tail);
    if (used + cost + tailCost > max) break;
    kept.push(line);
    used += cost;
  }
  if (kept.length === 0) {
    const tail = lines.length > 1 ? `${separator}${more(lines.length - 1)}` : '';
    return textLength(tail) < max ? `${truncate(lines[0] ?? '', max - textLength(tail))}${tail}` : truncate(all, max);
  }
  const hidden = lines.length - kept.length;
  return hidden > 0 ? `${kept.join(separator)}${separator}${more(hidden)}` : kept.join(separator);
}
