import {
  ABOUT_HEADING, AD_MARKER, ANYWHERE_WORDS, DISCLAIMER_HEADING, FIGURE, FOUNDED, LINE_ANYWHERE, LINE_START, LIST_HEADING,
  PROFILE_HEADING, PROFILE_MORE, PROFILE_SENTENCE, PROMO_START,
} from './boilerplateRules.js';

/** Boilerplate sentences stand as lines of their own; a long paragraph that merely contains one is news. */
const MAX_BOILERPLATE_LINE = 400;
/** Profiles without a heading count only in an article's second half; earlier, such a sentence introduces the news. */
const PROFILE_ZONE = 0.5;

/** One pattern for a list of case-insensitive ones: one scan of the line instead of one per rule. */
function anyOf(rules: readonly RegExp[], anchored: boolean): RegExp {
  const body = rules.map((re) => `(?:${anchored ? re.source.replace(/^\^/, '') : re.source})`).join('|');
  return new RegExp(anchored ? `^(?:${body})` : body, 'i');
}
const STARTS = anyOf(LINE_START, true);
const ANYWHERE = anyOf(LINE_ANYWHERE, false);
/** Words that keep an ad running: its teaser lines sell an analysis, a report or a decision. */
const PROMO_WORDS = /\b(?:free (?:analysis|report|trial)|find out|urgent|need to act|act now|buy, hold or sell|what to do (?:now|next)|click|subscribe|sign up|special (?:offer|report)|discount|learn more|don'?t miss|limited time|download|register)\b/i;
const BULLET = /^(?:[-*•–]|\d{1,2}[.)])\s/;
const HEADING_END = /[.!:;,]["'”’)]?$/;
const PARAGRAPH_END = /[.!]["'”’)]?$/;

/** True for a line that is boilerplate on its own (an ad marker, a list or profile heading, a promo, a disclaimer). */
export function isBoilerplateLine(line: string): boolean {
  if (AD_MARKER.test(line) || LIST_HEADING.test(line) || PROFILE_HEADING.test(line) || DISCLAIMER_HEADING.test(line)) return true;
  return PROMO_START.test(line) || isBoilerplateWording(line);
}

/** The part of isBoilerplateLine that no block heading covers: boilerplate openings and phrases. */
function isBoilerplateWording(line: string): boolean {
  if (STARTS.test(line)) return true;
  return line.length <= MAX_BOILERPLATE_LINE && ANYWHERE_WORDS.test(line) && ANYWHERE.test(line);
}

/** Every FOUNDED phrase ends in "d in": a plain substring test spares most lines the pattern. */
function isFounded(line: string): boolean {
  return line.includes('d in') && FOUNDED.test(line);
}

/**
 * "- Daiichi Sankyo jumps 6% on Enhertu data (January 22)": a bulleted headline dated by month and day only, a link
 * to another story. A data line's date carries its year ("52-Week High: $82.68 (January 22, 2025)").
 */
function isDatedHeadline(line: string): boolean {
  return line.charCodeAt(line.length - 1) === 41 && BULLET.test(line) && DAY_IN_BRACKETS.test(line);
}

const DAY_IN_BRACKETS = /\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\)$/;

/** A short line without closing punctuation: a section heading, which ends a profile, disclaimer or promo. */
function isHeading(line: string): boolean {
  return line.length <= 80 && /^[A-Z0-9"“'‘]/.test(line) && !HEADING_END.test(line) && !BULLET.test(line) && line.split(' ').length <= 12;
}

/** A sentence-ending line of some length: news prose, which ends a list of unbulleted headlines. */
function isParagraph(line: string): boolean {
  return line.length > 200 || (PARAGRAPH_END.test(line) && line.split(' ').length >= 8);
}

/** `About NVIDIA` heads a profile when the next line describes the company. */
function isAboutHeading(line: string, next: string | undefined): boolean {
  const name = ABOUT_HEADING.exec(line)?.[1]?.split(/[\s,]/)[0];
  return !!name && !!next && (next.startsWith(name) || PROFILE_SENTENCE.test(next) || isFounded(next));
}

type BlockKind = 'ad' | 'list' | 'section';
interface Block {
  kind: BlockKind;
  /** For a list: whether its items are bullets (then the first non-bullet ends it); null before the first item. */
  bulleted: boolean | null;
}

function blockAt(line: string, next: string | undefined): Block | null {
  if (AD_MARKER.test(line)) return { kind: 'ad', bulleted: null };
  if (LIST_HEADING.test(line)) return { kind: 'list', bulleted: null };
  const section = PROFILE_HEADING.test(line) || DISCLAIMER_HEADING.test(line) || PROMO_START.test(line) || isAboutHeading(line, next);
  return section ? { kind: 'section', bulleted: null } : null;
}

/** Whether a line still belongs to the block: an ad runs over promotional lines, a section to the next heading. */
function continues(block: Block, line: string): boolean {
  switch (block.kind) {
    case 'ad':
      return isBoilerplateLine(line) || PROMO_WORDS.test(line);
    case 'list':
      block.bulleted ??= BULLET.test(line);
      return block.bulleted ? BULLET.test(line) : !isParagraph(line);
    case 'section':
      return !isHeading(line) || isBoilerplateLine(line);
  }
}

/** A company description without figures: near the end (`late`), or anywhere when it gives a founding or head office. */
function isProfile(line: string, afterProfile: boolean, late: boolean): boolean {
  // The description pattern is the costly test: it runs only where a profile may stand.
  if (!late && !isFounded(line)) return false;
  const described = PROFILE_SENTENCE.test(line) || (afterProfile && (PROFILE_MORE.test(line) || isFounded(line)));
  return described && !FIGURE.test(line);
}

/**
 * "…rates PB Fintech equal-weight.Below is a round-up…:Macquarie on United Spirits: … Rs 1,100Macquarie has kept…":
 * a page copied without the breaks between its blocks runs paragraphs together; each is put back on a line of its
 * own where a sentence's end, a heading's colon or a figure runs straight into a capitalised word.
 */
function unglued(line: string): string {
  return line.replace(GLUED_AFTER_WORD, '$1\n').replace(GLUED_AFTER_FIGURE, '$1\n');
}

const GLUED_LENGTH = 600;
const GLUE_CUE = /[a-z)\d][.:!?]?[A-Z][A-Za-z]{2}/;
const GLUED_AFTER_WORD = /([a-z)]{2}[.:!?]|\d\.)(?=[A-Z][A-Za-z]{2})/g;
// A figure with a separator ("Rs 1,100Macquarie has"): a name that opens with a digit ("4Imprint") is no glue.
const GLUED_AFTER_FIGURE = /(\d[.,]\d+)(?=[A-Z][A-Za-z]{2,} )/g;

/**
 * The body lines that are news, in order: ads (a marker and the promotional lines after it), related-link lists,
 * newsletter and stock-picking promos, disclaimers, share and copyright lines, and company profiles (under an
 * `About X` heading, or a description near the end) are dropped. A line that merely mentions buying or selling is news.
 */
export function newsLines(body: string): string[] {
  const lines: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    // Only a long line can be several blocks run together: most lines are never scanned for glue.
    if (line.length > GLUED_LENGTH && GLUE_CUE.test(line)) {
      for (const piece of unglued(line).split('\n')) if (piece.trim()) lines.push(piece.trim());
    } else lines.push(line);
  }
  const profileFrom = Math.floor(lines.length * PROFILE_ZONE);
  const out: string[] = [];
  let block: Block | null = null;
  let inProfile = false;
  lines.forEach((line, i) => {
    const started = blockAt(line, lines[i + 1]);
    if (started || (block && continues(block, line))) return void (block = started ?? block);
    block = null;
    // blockAt has just ruled out every heading and promo opening isBoilerplateLine would test again.
    if (isBoilerplateWording(line) || isDatedHeadline(line)) return;
    const profile = isProfile(line, inProfile, i >= profileFrom);
    inProfile = profile;
    if (!profile) out.push(line);
  });
  return out;
}
