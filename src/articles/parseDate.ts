import { findDate } from './dateText.js';

export { type DateMatch, findDate, parseDateText } from './dateText.js';

/** Lines after the title where an unlabelled date counts as the publication date; further down it is news. */
const HEADER_LINES = 3;
/** Header dates stand early in their line: only this much of a line is searched, so long paragraphs cost nothing. */
const HEAD_CHARS = 160;
/** What a date line may carry besides its dates (`Staff Writer | 3 min read`) and still be a date line. */
const MAX_HEADER_REST = 60;

/** A label that dates the article wherever its line stands; `Date:` and the like only in the header. */
const LABEL_ANYWHERE = /^(?:(?:first |originally )?published|posted|(?:last )?updated|last modified|veröffentlicht|aktualisiert)\b/i;
const LABEL = /^(?:(?:(?:first |originally )?published|posted|(?:last )?updated|last modified|modified|date|dated|released|veröffentlicht|aktualisiert|stand)\b(?:\s+(?:on|at|am))?\s*[:\-–—|]?\s*)$/i;
/** `By Jane Doe |`, `By Jane Doe and John Roe, Reuters —`: a byline standing before its date. */
const BYLINE = /^By\s+[A-Z][^\d|·•]{0,80}?\s*[|·•—–,-]?\s*$/;
/** `NEW YORK, ` or `SAN FRANCISCO, Calif., `: a wire dateline, dating a press release whose lead follows. */
const DATELINE = /^[A-Z][A-Z .'’&-]{1,30},(?:\s*[A-Z][A-Za-z.]{1,15},)?\s*$/;
const UPDATED = /\b(?:updated|modified|aktualisiert|stand)\b/i;
/** Words a date line carries besides its date: `Updated 9:30 am ET`, `3 min read`. */
const HEADER_WORDS = /^(?:updated|published|posted|last|modified|on|at|am|pm|min|mins|minutes?|read|ago|hours?|et|gmt|utc|ist|est|edt|pst|pdt|cet|cest|bst|uhr|um|stand)$/i;
const NON_LETTERS = /[^\p{L}]+/u;
const SENTENCE_END = /[.!?]["'”’)]?$/;
/** What stands between a date cut off a paragraph's start and the paragraph (`14.01.2026 - 12:54:04Alibaba…`). */
const IN_A_PHRASE = /(?:^|\s)(?:this|the|a|an|in|on|since|from|until|by|of|last|next)\s*$/i;
const GLUE = /^[\s|·•,:;–—-]+/;

type Kind = 'published' | 'updated';
/** A date in a line, where it stands, and whether its label makes it an update. */
interface Placed {
  value: string;
  kind: Kind;
  start: number;
  end: number;
}

/** The dates in a line's head (at most three), each with the kind its preceding label gives it. */
function datesIn(head: string): Placed[] {
  const out: Placed[] = [];
  for (let pos = 0; out.length < 3; ) {
    const d = findDate(head.slice(pos));
    if (!d) break;
    const kind: Kind = UPDATED.test(head.slice(pos, pos + d.start)) ? 'updated' : 'published';
    out.push({ value: d.value, kind, start: pos + d.start, end: pos + d.end });
    pos += d.end;
  }
  return out;
}

/** How a line dates the article: not at all, as a whole date line, or by a date cut off its start or kept in it. */
type Reading = { dates: Placed[]; keep: 'none' | 'rest' | 'all' } | null;

function readLine(line: string, index: number): Reading {
  if (index >= HEADER_LINES && !LABEL_ANYWHERE.test(line) && !line.startsWith('By ')) return null;
  const head = line.slice(0, HEAD_CHARS);
  const dates = datesIn(head);
  const first = dates[0];
  if (!first) return null;
  const before = head.slice(0, first.start);
  const labelled = LABEL.test(before) && (index < HEADER_LINES || LABEL_ANYWHERE.test(before));
  if (labelled || BYLINE.test(before)) return { dates, keep: 'none' };
  if (index >= HEADER_LINES) return null;
  // "This May 7, 2020 file photo shows…": a date a determiner opens is a caption's, not the article's.
  if (IN_A_PHRASE.test(before)) return null;
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  if (rest.trim().length <= MAX_HEADER_REST && !SENTENCE_END.test(line)) return { dates, keep: 'none' };
  if (first.start === 0) return { dates: [first], keep: 'rest' };
  if (DATELINE.test(before)) return { dates: [first], keep: 'all' };
  return null;
}

/**
 * Takes the publication date out of an article's lines after its title. Dates count only in the header (the first
 * three lines) or on a labelled line (`Published: …`, `Updated: …`, `Posted on …`, `By Jane Doe | …`) anywhere;
 * a date inside a news sentence ("On January 1, 2026, Baidu revealed…") is the news's own. Published beats
 * Updated. Date lines leave the body; a date glued to the first paragraph is cut from its start.
 */
export function takePublished(lines: readonly string[]): { published: string | null; body: string[] } {
  let published: string | null = null;
  let updated: string | null = null;
  const body: string[] = [];
  lines.forEach((line, index) => {
    const reading = readLine(line, index) ?? shortYearLine(line, index);
    if (!reading) return void body.push(line);
    for (const d of reading.dates) {
      if (d.kind === 'published') published ??= d.value;
      else updated ??= d.value;
    }
    if (reading.keep === 'all') body.push(line);
    const cut = reading.keep === 'rest' ? line.slice(reading.dates[0]?.end ?? 0).replace(GLUE, '') : '';
    if (cut) body.push(cut);
  });
  return { published: published ?? updated, body };
}

/**
 * "Thu 22 Aug 24, 4:33pm (AEST)": a header line that is only a date with its weekday and a two-digit year, read as
 * this century's. Only a whole date line is read so: its text is dropped, never kept with a year it did not write.
 */
function shortYearLine(line: string, index: number): Reading {
  if (index >= HEADER_LINES) return null;
  const m = SHORT_YEAR.exec(line);
  if (!m) return null;
  const reading = readLine(`${m[1]}20${m[2]}${line.slice(m[0].length)}`, index);
  return reading?.keep === 'none' ? reading : null;
}

const SHORT_YEAR = /^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)(\d{2})(?![\d:])/;

/** True for a line that is only a date (with a label, a byline or words such as `Updated`): never an article's title. */
export function isDateLine(line: string): boolean {
  const head = line.slice(0, HEAD_CHARS);
  const d = findDate(head);
  if (!d) return false;
  const before = head.slice(0, d.start);
  if (LABEL.test(before) || BYLINE.test(before)) return true;
  const words = (before + line.slice(d.end)).split(NON_LETTERS).filter((w) => w.length > 1);
  return words.every((w) => HEADER_WORDS.test(w));
}

/** The publication date of an article's text (title first), as local ISO `YYYY-MM-DDTHH:mm:ss[±hh:mm]`, or null. */
export function findPublished(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const title = lines.findIndex((l) => !isDateLine(l));
  if (title >= 0) lines.splice(title, 1);
  return takePublished(lines).published;
}
