/**
 * Boilerplate is not news: ads, related-link lists, newsletter promos, disclaimers and company profiles never yield
 * facts. Two kinds of rule: a line that is boilerplate on its own, and a heading that opens a boilerplate block
 * running to the next news heading (or the end).
 */

/** A line that starts a block of boilerplate running to the end of the article or the next plain heading. */
const BLOCK_START = [
  /^(?:Ad|Advertisement|Anzeige|Sponsored|Sponsored content|Promoted|Paid content)$/i,
  /^(?:Related|Related articles|Related stories|Related news|Related coverage|Read more|Read also|Also read|See also|More from|More on|Recommended|Recommended stories|Recommended reading|You may also like|Trending|Popular|Most read|Featured articles|Featured stories|Further reading|More reading|Recent news|Latest news|Top stories)(?:\s+[\w&'’-]+){0,3}\s*:?$/i,
  /^About (?:the company|[A-Z][\w&.'’ -]{1,60})$/,
  /^(?:Company profile|Company overview|Company description|Company background)$/i,
  /^(?:Disclaimer|Disclosure|Important information|Risk warning|Legal notice)s?:?$/i,
  /^(?:Should you invest|Before you consider|Where (?:should|to) (?:you )?invest|The \d+ best stocks|\d+ stocks to buy|Top \d+ stocks)\b/i,
  /^(?:Share this|Share on|Follow us|Subscribe)\b.{0,40}$/i,
];

/** Lines that are boilerplate on their own. */
const LINE = [
  /^(?:Related|Read more|Read also|Also read|See also|More|Recommended|Watch|Listen)\s*:\s*\S/i,
  /^Should investors sell immediately\?/i,
  /\bStock: Buy or Sell\?!/i,
  /^(?:[\w&.'’ -]{1,40}): Buy or sell\? Read more here/i,
  /\bRead more here\.*$/i,
  /^(?:Disclaimer|Disclosure|Note|Editor'?s note)\s*:/i,
  /\b(?:not (?:an? )?(?:investment|financial) advice|does not constitute (?:investment|financial) advice|for informational purposes only|do your own research)\b/i,
  /\b(?:views and opinions (?:given|expressed) by the experts are their own|do not represent the views of)\b/i,
  /\b(?:has (?:no )?positions? in|holds? no position|owns? shares of (?:none|no) )\b.*\b(?:mentioned|stocks?)\b/i,
  /\bThe Motley Fool (?:has|recommends|owns)\b/i,
  /\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|alerts?|free|today|now|email)\b/i,
  /\b(?:free (?:report|analysis|newsletter|trial)|click here|get the latest|download (?:the|our) app|join (?:our|the) (?:community|channel))\b/i,
  /\b(?:This (?:article|story) was (?:generated|written|produced|originally published)|Receive News & Ratings|via email|Enter your email)\b/i,
  /^(?:©|\(c\)|Copyright)\s/i,
  /^(?:Tags?|Topics?|Keywords?|Filed under|Image source|Photo|Image|Source: (?:Getty|Shutterstock|Reuters photo))\s*:/i,
  /^(?:Before you consider|Where should you invest|Should you invest \$[\d,]+ in)\b/i,
  /\bMarketBeat (?:keeps track|has identified|All Access|Pro)\b/i,
  /\bbefore you consider\b.*\byou'?ll want to\b/i,
];

/** A profile sentence: "NVIDIA Corporation provides …", "X, Inc. is a holding company that …, founded in …". */
const PROFILE = /^[A-Z][\w&.,'’ -]{1,80}?\s(?:\((?:[A-Z]+\s?:\s?)?[A-Z0-9.]+\)\s)?(?:operates as|provides|engages in|designs|develops|manufactures|is a (?:holding company|company|leading|global|multinational|provider|\w+ company)|together with its subsidiaries|through its subsidiaries)\b[^%$€£¥₹]*(?:founded in|incorporated in|headquartered in|is based in|was established)\b/;

/** A short heading line (no sentence punctuation) that may end a boilerplate block. */
function isHeading(line: string): boolean {
  return line.length <= 80 && !/[.!?:;]$/.test(line) && !/^[-•*]\s/.test(line) && /^[A-Z0-9]/.test(line) && line.split(/\s+/).length <= 10;
}

/** All one-line rules as one pattern: one scan of the line instead of one per rule. */
function combine(rules: readonly RegExp[]): RegExp[] {
  // With every rule anchored, one ^ outside the alternation lets the engine try the line's start only.
  const joined = (list: readonly RegExp[], flags: string): RegExp[] => {
    if (list.length === 0) return [];
    const anchored = list.every((re) => re.source.startsWith('^'));
    const body = list.map((re) => `(?:${anchored ? re.source.slice(1) : re.source})`).join('|');
    return [new RegExp(anchored ? `^(?:${body})` : body, flags)];
  };
  return [...joined(rules.filter((re) => re.ignoreCase), 'i'), ...joined(rules.filter((re) => !re.ignoreCase), '')];
}
const ANY_BLOCK_START = combine(BLOCK_START);

/**
 * Rules anchored at the line's start fail at once on most lines; the rest need one of a few words, tested first so a
 * plain news line costs one cheap scan. Keep UNANCHORED_WORDS in step with LINE.
 */
const ANCHORED = combine(LINE.filter((re) => re.source.startsWith('^')).concat(PROFILE));
const UNANCHORED = combine(LINE.filter((re) => !re.source.startsWith('^')));
const UNANCHORED_WORDS =
  /buy or sell|read more|advice|informational|own research|opinions|views of|position|motley|sign up|subscribe|free |click here|get the latest|download|join (?:our|the)|this (?:article|story)|receive|email|marketbeat|want to/;

/** Boilerplate sentences stand as lines of their own; a long paragraph that merely contains one is news. */
const MAX_BOILERPLATE_LINE = 400;

export function isBoilerplateLine(line: string): boolean {
  if (ANCHORED.some((re) => re.test(line))) return true;
  return line.length <= MAX_BOILERPLATE_LINE && UNANCHORED_WORDS.test(line.toLowerCase()) && UNANCHORED.some((re) => re.test(line));
}

/** The body lines that are news, in order. */
export function newsLines(body: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (ANY_BLOCK_START.some((re) => re.test(line))) {
      inBlock = true;
      continue;
    }
    if (inBlock) {
      // A plain heading after a link list or profile opens news again; an ad runs on.
      if (isHeading(line) && !isBoilerplateLine(line)) inBlock = false;
      else continue;
    }
    if (!isBoilerplateLine(line)) out.push(line);
  }
  return out;
}
