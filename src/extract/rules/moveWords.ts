/** The words of a share move, in lower case: verbs up and down, their nouns, and what may stand between verb and figure. */
export const UP = String.raw`inched up|inched higher|inches up|inches higher|edges up|edges higher|crept up|crept higher|edged up|put on|puts on|putting on|tacked on|firmed|firms|firming|leapt|leaped|leap|leaps|leaping|rocketed|rocketing|zoomed|zooming|bounced|bouncing|recovered|strengthened|went up|appreciated|returned|rose|rise|rises|rising|risen|climbed|climbs|climbing|jumped|jumps|jumping|gained|gains|gaining|surged|surges|surging|soared|soars|soaring|rallied|rallies|rallying|advanced|advances|advancing|added|adds|adding|spiked|spikes|skyrocketed|rebounded|rebounds|rebounding|popped|popping|spiking|edged up|edged higher|moved up|moved higher|traded up|trading up|traded higher|trading higher|ticked up|ticked higher|shot up|is up|was up|are up|were up|been up|up|higher|firmer|increased|increases`;
export const DOWN = String.raw`pulled back|pulls back|pulling back|inched down|inched lower|inches down|inches lower|edges down|edges lower|crept down|crept lower|gave up|given up|giving up|gives up|gave back|given back|fell back|weakened|softened|sagged|went down|depreciated|fell|falls|falling|fallen|dropped|drops|dropping|declined|declines|declining|slipped|slips|slipping|slid|slides|sliding|sank|sinks|sinking|sunk|tumbled|tumbles|tumbling|plunged|plunges|plunging|plummeted|plummets|lost|loses|losing|retreated|retreats|eased|eases|easing|shed|sheds|shedding|slumped|slumps|slumping|dipped|dips|dipping|tanked|tanking|crashed|dived|dives|diving|skidded|skids|skidding|plummeting|retreating|edged down|edged lower|moved down|moved lower|traded down|trading down|traded lower|trading lower|ticked down|ticked lower|is down|was down|are down|were down|been down|down|lower|weaker|decreased|decreases`;
export const NOUN_UP = 'surge|jump|gain|rise|rally|advance|increase|climb|spike|rebound|uptick|pop';
export const NOUN_DOWN = 'drop|decline|fall|slide|plunge|slump|decrease|loss|dip|selloff|sell-off|tumble|retreat';
/** A session's or a span's extreme a stock reaches: "a fresh 52-week high", "an all-time high", "a one-year low". */
export const RECORD_EXTREME = String.raw`(?:a|an|its|their|the)\s+(?:fresh\s+|new\s+)?(?:52-week|one-year|1-year|12-month|all-time|record|lifetime|multi-year)\s+(?:high|low)\b`;
export const FILLER = String.raw`(?:\s+(?:by|as much as|approximately|about|nearly|almost|around|roughly|some|over|more than|exceeding|close to|just over|just under|an additional|another|a further|a solid|a standout|a sharp|a modest|a whopping|a massive|a huge|a hefty|a stunning|a remarkable|a staggering|an impressive|a slight|a meagre|a meager|a combined|a cumulative|a total|a little over|a|an|of|sharply|steeply|only|just))*`;

const UP_PHRASES: ReadonlySet<string> = new Set(UP.split('|'));
const DOWN_PHRASES: ReadonlySet<string> = new Set(DOWN.split('|'));
/** Each word FILLER may be made of: read word by word, backwards from the figure. */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  FILLER.replace(/^\(\?:\\s\+\(\?:|\)\)\*$/g, '').split('|').flatMap((phrase) => phrase.split(' ')),
);

/** The last words of the two-word phrases: only before these is a pair worth building. */
const SECOND_WORDS: ReadonlySet<string> = new Set([...UP_PHRASES, ...DOWN_PHRASES].filter((p) => p.includes(' ')).map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** A move verb found before a figure: where it starts and whether it goes down. */
export interface MoveVerb {
  index: number;
  down: boolean;
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
}

/**
 * The move verb that ends, but for filler words ("by", "nearly", "a whopping"), where a figure starts: the same
 * phrases as `\b(?:UP|DOWN)FILLER\s*$`, found by reading words backwards instead of trying a pattern at every
 * position. Words of one or two (the lists' longest) are looked up case-insensitively; `from` bounds the search.
 */
export function moveVerbBefore(text: string, at: number, from = 0): MoveVerb | null {
  let end = at;
  for (let words = 0; words < 12; words++) {
    const w = wordBefore(text, end, from, true);
    if (!w) return null;
    // A two-word phrase ("put on", "gave up", "is down") is tried before its last word alone.
    const pw = SECOND_WORDS.has(w.word) ? wordBefore(text, w.index, from, false) : null;
    if (pw) {
      const pair = `${pw.word} ${w.word}`;
      if (UP_PHRASES.has(pair)) return { index: pw.index, down: false };
      if (DOWN_PHRASES.has(pair)) return { index: pw.index, down: true };
    }
    if (UP_PHRASES.has(w.word)) return { index: w.index, down: false };
    if (DOWN_PHRASES.has(w.word)) return { index: w.index, down: true };
    if (!FILLER_WORDS.has(w.word)) return null;
    end = w.index;
  }
  return null;
}

/** The word ending at `at` (after spaces when `spaces`, else after exactly one), lower-cased, and where it starts. */
function wordBefore(text: string, at: number, from: number, spaces: boolean): { word: string; index: number } | null {
  let e = at;
  if (spaces) while (e > from && text.charCodeAt(e - 1) === 32) e--;
  else if (e > from && text.charCodeAt(e - 1) === 32) e--;
  else return null;
  let b = e;
  let upper = false;
  for (; b > from; b--) {
    const c = text.charCodeAt(b - 1);
    if (!isLower(c)) break;
    if (c <= 90 && c !== 45) upper = true;
  }
  if (b === e) return null;
  // Most words are written in lower case already; only the others need a lower-cased copy.
  return { word: upper ? text.slice(b, e).toLowerCase() : text.slice(b, e), index: b };
}

const MOVE_NOUNS: ReadonlySet<string> = new Set([...NOUN_UP.split('|'), ...NOUN_DOWN.split('|'), 'moved', 'move', 'traded', 'climb']);
const HEDGES: ReadonlySet<string> = new Set(['about', 'approximately', 'around', 'roughly']);
const LANDING: ReadonlySet<string> = new Set(['to', 'at', 'reaching', 'reach', 'hitting']);

export function isMoveWord(word: string): boolean {
  return UP_PHRASES.has(word) || DOWN_PHRASES.has(word) || MOVE_NOUNS.has(word);
}

/**
 * Where a move that lands on a figure starts ("rose 2% to €148.20", "climbed to close at $50", "slid 2.3 percent
 * to 45.68 euros"): the same as `\b(?:UP|DOWN|nouns)\b(?:[^.;]|\.\d){0,50}?\b(?:to|at|…)\s+(?:about\s+)?$` read on
 * lower-cased text, found by walking back from the figure instead of trying a pattern at every position. The
 * farthest move word within reach is taken, as the pattern would.
 */
export function moveToBefore(text: string, at: number, from = 0): { index: number; text: string } | null {
  let w = wordBefore(text, at, from, true);
  if (w && HEDGES.has(w.word)) w = wordBefore(text, w.index, from, true);
  if (!w || !LANDING.has(w.word)) return null;
  const landing = w.index;
  const limit = Math.max(from, landing - 70);
  let found = -1;
  let right = '';
  let capitalRight = false;
  let p = landing;
  while (p > limit) {
    const c = text.charCodeAt(p - 1);
    // A full stop (not a decimal point) or a semicolon ends the search; so does a comma before a capitalised word,
    // the next item of a list ("added 3.26% to R208, Woolworths 2.32% to R55.56").
    if (c === 59 || (c === 46 && !(isDigit(text.charCodeAt(p - 2)) && isDigit(text.charCodeAt(p))))) break;
    if (c === 44 && capitalRight) break;
    if (!isLower(c)) {
      p--;
      if (c !== 32) right = '';
      continue;
    }
    let b = p;
    while (b > limit && isLower(text.charCodeAt(b - 1))) b--;
    let upper = false;
    for (let i = b; i < p && !upper; i++) upper = text.charCodeAt(i) <= 90 && text.charCodeAt(i) !== 45;
    capitalRight = text.charCodeAt(b) >= 65 && text.charCodeAt(b) <= 90;
    const word = upper ? text.slice(b, p).toLowerCase() : text.slice(b, p);
    // The move word's end must be within 50 characters of where the landing word starts; a pair is tried only
    // before the last word of a two-word phrase.
    if (landing - p <= 51 && (isMoveWord(word) || (right !== '' && SECOND_WORDS.has(right) && isMoveWord(`${word} ${right}`)))) found = b;
    right = word;
    p = b;
  }
  return found < 0 ? null : { index: found, text: text.slice(found, at).toLowerCase() };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
