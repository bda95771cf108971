/** Plain text wrapped by hand is at most this wide; wider lines mean one paragraph per line already. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 50;
/** A line at least this share of the widest line was broken by the wrapping, not by the writer. */
const FULL_LINE = 0.6;
/** Wrapped text shows the pattern more than once or twice: a full line followed by more of its paragraph. */
const MIN_WRAPPED_LINES = 3;
/** Lines that begin a block of their own: bullets, numbered items, labels such as `Price:`. */
const OWN_LINE = /^(?:[-*•–]\s|\d{1,3}[.)]\s|[A-Z][\w .'’/&()-]{0,40}:\s)/;

function continues(prev: string | undefined, line: string | undefined, width: number): boolean {
  return !!prev && !!line && prev.length >= width * FULL_LINE && !OWN_LINE.test(line) && !/[:]$/.test(prev);
}

/**
 * Joins the lines of hand-wrapped plain text (`fold -w 72`, e-mail exports) back into one line per paragraph, so
 * a sentence is never split. Lines come trimmed, blank ones kept (they end paragraphs); text that is not wrapped comes back
 * unchanged. The first line (the title) always stands alone.
 */
export function unwrapLines(lines: readonly string[]): string[] {
  let width = 0;
  for (const l of lines) width = Math.max(width, l.length);
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return [...lines];
  const title = lines.findIndex((l) => l !== '');
  const joins = (i: number): boolean => i - 1 > title && continues(lines[i - 1], lines[i], width);
  let wrapped = 0;
  for (let i = 1; i < lines.length; i++) if (joins(i)) wrapped++;
  if (wrapped < MIN_WRAPPED_LINES) return [...lines];
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (joins(i) && out.length > 0) out[out.length - 1] += ` ${line}`;
    else out.push(line);
  });
  return out;
}
