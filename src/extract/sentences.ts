/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'no',
  'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rs', 'fr',
  'sfr', 'e.g', 'i.e', 'u.s', 'u.k', 'u.s.a', 'al', 'cf', 'nos', 'pp',
]);

/** Splits one line of text into sentences; a bullet or heading line stays whole. */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(line); m; m = BREAK.exec(line)) {
    if (line.charCodeAt(m.index) === 46 && (isAbbreviation(line, m.index) || inTicker(line, m.index))) continue;
    // A break before a space leaves the space out; one before a glued list item ("results.- Nuvama: Buy") has none.
    const end = m.index + m[0].length;
    out.push(line.slice(start, end).trim());
    start = line.charCodeAt(end) === 32 ? end + 1 : end;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** "BP (BP.) 474.05p": a London ticker's trailing dot inside its brackets ends nothing. */
function inTicker(line: string, dot: number): boolean {
  if (line.charCodeAt(dot + 1) !== 41) return false;
  const open = line.lastIndexOf('(', dot);
  return open >= 0 && dot - open <= 8 && /^\([A-Z0-9.]+$/.test(line.slice(open, dot));
}

function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/**
 * A sentence end: stop, closing quotes or brackets, one space, then what can open a sentence; or a list item a page
 * ran into the stop ("results.- Nuvama: Buy").
 */
const BREAK = /[.!?]["'”’)\]]*(?= [A-Z0-9"“‘'(\[$€£¥₹-]|- [A-Z])/g;

function isAbbreviation(line: string, dot: number): boolean {
  // The letters and dots just before the stop, at most 12 (what a pattern anchored at the end would take, read backwards).
  let from = dot;
  while (from > Math.max(0, dot - 12) && isLetterOrDot(line.charCodeAt(from - 1))) from--;
  const word = line.slice(from, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Dotted forms ("S.A.", "N.V.", "U.S.", "p.l.c.") are abbreviations whatever follows.
  if (/^(?:[a-z]\.)+[a-z]$/i.test(word)) return true;
  // Initials ("J. Smith", "U.S."): a single capital letter before the dot.
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(line[dot - 1] ?? '');
}
