/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'no',
  'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rs', 'fr',
  'sfr', 'e.g', 'i.e', 'u.s', 'u.k', 'u.s.a', 'al', 'cf', 'nos', 'pp',
]);

const CLOSERS = '"\'”’)]';
const OPENERS = /[A-Z0-9"“‘'(\[$€£¥₹-]/;

/** Splits one line of text into sentences; a bullet or heading line stays whole. */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    let j = i + 1;
    while (j < line.length && CLOSERS.includes(line.charAt(j))) j++;
    if (j >= line.length || line.charCodeAt(j) !== 32) continue;
    if (!OPENERS.test(line.charAt(j + 1))) continue;
    if (ch === 46 && isAbbreviation(line, i)) continue;
    out.push(line.slice(start, j).trim());
    start = j + 1;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

function isAbbreviation(line: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(line.slice(Math.max(0, dot - 12), dot));
  const word = before?.[1]?.toLowerCase() ?? '';
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials ("J. Smith", "U.S."): a single capital letter before the dot.
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(line[dot - 1] ?? '');
}
