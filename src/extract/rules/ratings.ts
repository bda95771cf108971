/** Analyst rating words, longest first so "Strong Buy" wins over "Buy". */
const RATING_WORDS = [
  'strong buy', 'moderate buy', 'conviction buy', 'speculative buy', 'outperformer', 'sector outperform',
  'market outperform', 'outperform', 'overweight', 'accumulate', 'buy', 'add', 'strong sell', 'moderate sell',
  'sector underperform', 'underperform', 'underweight', 'reduce', 'sell', 'hold', 'neutral', 'equal-weight',
  'equal weight', 'equalweight', 'market perform', 'marketperform', 'sector perform', 'peer perform', 'in-line', 'market weight',
  'sector weight', 'top pick',
];

const RATING = new RegExp(
  String.raw`(["“‘']?)\b(${RATING_WORDS.map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|')})\b((?:[,.!]?["”’'])?)`,
  'gi',
);

export interface RatingMatch {
  text: string;
  start: number;
  end: number;
  quoted: boolean;
}

/** Every rating word in a text, as written (quotes dropped). */
export function findRatings(text: string): RatingMatch[] {
  const out: RatingMatch[] = [];
  for (const m of text.matchAll(RATING)) {
    const word = m[2] ?? '';
    // "add" and "hold" are everyday verbs; count them only when quoted or capitalised.
    // "lifting its recommendation for SBB to buy", "moving Saab up to buy": a rating a call moves the stock to.
    const lead = text.slice(Math.max(0, m.index - 70), m.index);
    const movedTo = /\b(?:upgrad|downgrad)\w*\b[^.;]{0,50}\bto\s+$/i.test(lead) || /\brecommendation\b[^.;]{0,40}\bto\s+$/i.test(lead) || /\bmov(?:es|ed|ing)\s+\S+(?:\s\S+)?\s+(?:up|down)\s+to\s+$/i.test(lead);
    // "restated its buy rating", "to a buy rating": the noun after it makes it a rating.
    const named = /^\s*(?:rating|recommendation|call)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    // "rates the stock hold", "rated the shares a buy": what a rating verb gives the stock is a rating.
    const rates = !named && /\brat(?:es|ed|ing)\s+(?:the\s+(?:stock|shares)|it|them)\s+(?:an?\s+|at\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (/^(?:add|hold|reduce|accumulate|sell|buy)$/i.test(word) && !m[1] && !/^[A-Z]/.test(word) && !movedTo && !named && !rates) continue;
    // A quoted rating with more inside the quotes ("buy (b)") is a scale of its own; leave it out rather than guess.
    if (m[1] && !m[3]) continue;
    out.push({ text: word, start: m.index, end: m.index + m[0].length, quoted: Boolean(m[1]) });
  }
  return out;
}

const RATING_SET: ReadonlySet<string> = new Set(RATING_WORDS.map((w) => w.replace(/[-\s]+/g, ' ')));

/** Whether a text is a rating word and nothing else ("buy", "Equal-weight", "Marketperform"), in any case. */
export function isRatingWord(text: string): boolean {
  return RATING_SET.has(text.trim().toLowerCase().replace(/[-\s]+/g, ' '));
}

/** The first rating word in a text. */
export function findRating(text: string): RatingMatch | undefined {
  return findRatings(text)[0];
}
