/**
 * Names of things whose figures are quoted beside a company's but are never its own: stock indices, funds,
 * currencies and commodities. Used to keep such a figure from falling back to the article's company, and to keep
 * such names from being learned as companies.
 */
const INDEX_NAMES = [
  'S&P', 'S&P 500', 'S&P/ASX', 'ASX 200', 'All Ordinaries', 'Dow', 'Dow Jones', 'Nasdaq Composite', 'Nasdaq 100',
  'Russell', 'Nikkei', 'Topix', 'TOPIX', 'Kospi', 'KOSPI', 'Kosdaq', 'KOSDAQ', 'DAX', 'MDAX', 'MDax', 'SDAX', 'SDax',
  'TecDAX', 'TecDax', 'Dax', 'FTSE', 'CAC', 'IBEX', 'Ibex', 'AEX', 'SMI', 'Stoxx', 'STOXX', 'Euro Stoxx', 'Hang Seng', 'Sensex',
  'Nifty', 'NIFTY', 'Bankex', 'TSX', 'Taiex', 'TAIEX', 'Straits Times Index', 'STI', 'KLCI', 'FBM KLCI', 'CSI',
  'Shanghai Composite', 'Shenzhen Component', 'ChiNext', 'NZX', 'NZX 50', 'JSE', 'Bovespa', 'Ibovespa', 'IBOV', 'IPC', 'S&P/BMV IPC', 'Merval', 'IPSA', 'BIST', 'BIST 100', 'FTSE MIB', 'PSI', 'BEL 20', 'OMXC25', 'OMXH25', 'WIG20', 'ASX 300', 'Tadawul', 'TASI',
  'OMX', 'OMXS30', 'OBX', 'ATX', 'PSEi', 'SET', 'Jakarta Composite', 'MSCI',
] as const;

/** The same as capitalised words that can open a subject ("Nikkei", "Kospi"), plus commodities and currencies. */
export const NOT_COMPANY_WORDS: ReadonlySet<string> = new Set([
  ...INDEX_NAMES.flatMap((name) => name.split(/[\s/]/)).filter((w) => /^[A-Z]/.test(w) && w !== 'Dow' && w.length > 1),
  'Dow', 'Brent', 'WTI', 'Gold', 'Silver', 'Copper', 'Oil', 'Crude', 'Bitcoin', 'Ether', 'Ethereum', 'Dollar', 'Euro',
  'Yen', 'Sterling', 'Yuan', 'Rupee', 'Won', 'Treasury', 'Treasuries', 'Bund', 'Gilt', 'Index', 'Indices', 'ETF',
  'Fund', 'Wall', 'Street', 'Exchange', 'Bourse', 'Market', 'Markets', 'Sector', 'Benchmark', 'Composite',
]);

/**
 * A sentence with no company name whose figure is another thing's: an index, a fund, a comparison. Such a figure
 * does not fall back to the article's company.
 */
export const OTHER_SUBJECT = new RegExp(
  String.raw`\bfor comparison\b|\b(?:ETFs?|(?<![Ss]trength )[Ii]ndex|[Ii]ndices|[Bb]enchmark|[Ff]unds?|${INDEX_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\w&])(?!\s*(?:-listed|listing|company|group|member|constituent|stock|shares|firm|heavyweight|name))`,
);

/**
 * Sentences about who holds the stock ("Harbor Financial raised its position in shares of Foo by 85.1% … and now
 * holds 70,135 shares worth $298,074", "Insiders own 5.59% of the company's stock", an insider's sale): their
 * figures are stakes, trades and holdings, never the company's price, move or call, and their names are holders.
 */
export const OWNERSHIP =
  /\b(?:(?:its|their) (?:position|stake|holdings?) in|position in shares of|stake in shares of|(?:holds|owns|owned|acquired|purchased|bought|sold) (?:a total of )?[\d,.]+ (?:million )?shares\b|shares (?:of the (?:company|firm)['’]s stock )?(?:worth|valued at)|institutional investors|[Ii]nsiders? (?:own|sold|bought)|total transaction of|in a transaction (?:on|dated))/;
