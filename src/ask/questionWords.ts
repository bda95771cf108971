import type { FactKind } from '../facts/fact.js';

/** Words that ask about a kind of fact, and the kinds they ask about (first match of each row counts). */
export const TOPICS: ReadonlyArray<readonly [RegExp, readonly FactKind[]]> = [
  [/\b(?:oversold|overbought|rsi|momentum)\b/i, ['rsi_14']],
  [/\b(?:price targets?|targets?|upside|downside)\b/i, ['price_target', 'price_target_avg']],
  [/\b(?:consensus|ratings?|rated|recommend\w*|upgrade\w*|downgrade\w*)\b/i, ['consensus_rating', 'analyst_rating']],
  [/\b(?:analysts?|say|said|think|view|opinion)\b/i, ['price_target', 'analyst_rating', 'price_target_avg', 'consensus_rating']],
  [/\b(?:price|trading|trade|trades|cost|worth|quote|share price|closed?)\b/i, ['price']],
  [/\b(?:today|day'?s?|daily|move|moved|up|down|gain\w*|fell|fall|rose|rise|drop\w*|change)\b/i, ['change_pct_1d']],
  [/\b(?:week|weekly)\b/i, ['change_pct_7d']],
  [/\b(?:month|monthly)\b/i, ['change_pct_1m']],
  [/\b(?:ytd|year to date|this year)\b/i, ['change_pct_ytd']],
  [/\b(?:12[- ]month|year|annual|yearly)\b/i, ['change_pct_12m']],
  [/\b(?:52[- ]week|high|low|range)\b/i, ['high_52w', 'low_52w']],
  [/\b(?:moving averages?|sma|50[- ]day|200[- ]day|averages?)\b/i, ['sma_50', 'sma_200']],
  [/\b(?:volume|traded shares)\b/i, ['volume', 'avg_volume']],
  [/\b(?:p\/?e|pe ratio|valuation|multiple|earnings multiple)\b/i, ['pe_ratio']],
  [/\b(?:market cap\w*|valued at|market value)\b/i, ['market_cap']],
  [/\b(?:dividends?|yield)\b/i, ['dividend_yield']],
  [/\b(?:revenue|sales|growth)\b/i, ['revenue', 'revenue_growth_pct']],
  [/\b(?:eps|earnings per share|earnings)\b/i, ['eps']],
  [/\b(?:support)\b/i, ['support_level']],
  [/\b(?:resistance)\b/i, ['resistance_level']],
  [/\b(?:technicals?|chart)\b/i, ['sma_50', 'sma_200', 'rsi_14', 'support_level', 'resistance_level']],
];

/** What a general question ("what's going on with Alibaba?") is answered with. */
export const OVERVIEW_KINDS: readonly FactKind[] = ['price', 'change_pct_1d', 'consensus_rating', 'price_target_avg', 'rsi_14'];

/** Asks across companies: "which stocks…", "any companies…", "list the stocks…". */
export const ACROSS = /\b(?:which|what|any|list|all|show)\b[^?]*\b(?:stocks?|companies|names|shares|tickers?)\b/i;

/** Words never taken for a company, even where one is named so (tickers like IS, ALL, ON, NOW, A). */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'what', 'which',
  'who', 'whom', 'how', 'why', 'when', 'where', 'about', 'on', 'of', 'for', 'in', 'at', 'to', 'and', 'or', 'it', 'its',
  'i', 'me', 'my', 'we', 'you', 'your', 'they', 'their', 'any', 'all', 'now', 'there', 'this', 'that', 'these', 'those',
  'stock', 'stocks', 'share', 'shares', 'company', 'companies', 'say', 'said', 'says', 'tell', 'going', 'with', 'news',
  'buy', 'sell', 'hold', 'consensus', 'rating', 'target', 'price', 'oversold', 'overbought', 'rsi', 'analyst', 'analysts',
  'latest', 'current', 'today', 'week', 'up', 'down', 'new', 'can', 'should', 'will', 'would', 'could', 'get', 'give',
  'please', 'know', 'think', 'out', 'over', 'under', 'than', 'by', 'from', 'so', 'not', 'no', 'yes', 'still', 'one',
]);
