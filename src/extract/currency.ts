/**
 * Currency notations as they appear in English-language stock news, mapped to ISO 4217 codes.
 * `GBX` is pence sterling (London quotes); `$` and `¥` are settled later from context.
 */

/** Written before the number: `€148.20`, `HK$ 80`, `Rs 1,450`, `CHF 98.50`. Longest first. */
export const PREFIX_CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  // Dollars written with the country after the sign ("$HK228.20", "$A1.50"), as some wires do.
  ['$HK', 'HKD'], ['$US', 'USD'], ['$NZ', 'NZD'], ['$A', 'AUD'], ['$C', 'CAD'], ['$S', 'SGD'],
  ['US$', 'USD'], ['USD', 'USD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'], ['A$', 'AUD'], ['AU$', 'AUD'],
  ['AUD', 'AUD'], ['HK$', 'HKD'], ['HKD', 'HKD'], ['NZ$', 'NZD'], ['NZD', 'NZD'], ['S$', 'SGD'], ['SGD', 'SGD'],
  ['NT$', 'TWD'], ['TWD', 'TWD'], ['R$', 'BRL'], ['BRL', 'BRL'], ['MX$', 'MXN'], ['MXN', 'MXN'], ['€', 'EUR'],
  ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'], ['GBX', 'GBX'], ['GBp', 'GBX'], ['CN¥', 'CNY'], ['RMB', 'CNY'],
  ['CNY', 'CNY'], ['JPY', 'JPY'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'], ['INR', 'INR'], ['₩', 'KRW'],
  ['KRW', 'KRW'], ['RM', 'MYR'], ['MYR', 'MYR'], ['CHF', 'CHF'], ['SFr.', 'CHF'], ['SFr', 'CHF'], ['Fr.', 'CHF'],
  ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['DKr', 'DKK'], ['SKr', 'SEK'], ['NKr', 'NOK'], ['ZAR', 'ZAR'], ['₽', 'RUB'], ['RUB', 'RUB'], ['₺', 'TRY'],
  ['TRY', 'TRY'], ['PLN', 'PLN'], ['₪', 'ILS'], ['ILS', 'ILS'], ['IDR', 'IDR'], ['Rp', 'IDR'], ['฿', 'THB'],
  ['THB', 'THB'], ['₱', 'PHP'], ['PHP', 'PHP'], ['PhP', 'PHP'], ['Php', 'PHP'], ['SAR', 'SAR'], ['SR', 'SAR'], ['QAR', 'QAR'], ['QR', 'QAR'], ['AED', 'AED'], ['Dhs', 'AED'], ['Dh', 'AED'], ['ZAR', 'ZAR'], ['¥', '¥'], ['$', '$'],
  ['R', 'ZAR'],
  // "Y4,830": yen as some wires write it.
  ['Y', 'JPY'],
];

/** Written after the number: `148.20 euros`, `72,000 won`, `1.2 billion yuan`. */
export const SUFFIX_CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['canadian dollars', 'CAD'], ['australian dollars', 'AUD'],
  ['hong kong dollars', 'HKD'], ['singapore dollars', 'SGD'], ['taiwan dollars', 'TWD'], ['swiss francs', 'CHF'],
  ['swiss franc', 'CHF'], ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'], ['usd', 'USD'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rmb', 'CNY'], ['yen', 'JPY'], ['won', 'KRW'], ['rupees', 'INR'], ['rupee', 'INR'],
  ['ringgit', 'MYR'], ['francs', 'CHF'], ['chf', 'CHF'], ['pence', 'GBX'], ['gbx', 'GBX'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['gbp', 'GBP'], ['kronor', 'SEK'], ['kroner', 'kr'], ['krone', 'kr'], ['baht', 'THB'], ['rand', 'ZAR'], ['dirhams', 'AED'], ['dirham', 'AED'], ['lira', 'TRY'], ['liras', 'TRY'], ['zlotys', 'PLN'], ['zloty', 'PLN'],
  ['hkd', 'HKD'], ['cad', 'CAD'], ['aud', 'AUD'], ['jpy', 'JPY'], ['inr', 'INR'], ['krw', 'KRW'], ['cny', 'CNY'],
  ['dollars', '$'], ['cents', '$'], ['cent', '$'], ['sen', 'MYR'],
  // "60 kr": a krona or krone, Swedish, Norwegian or Danish by the listing or the article's market.
  ['kr', 'kr'],
];

/** Suffixes that name a hundredth of the currency: "42.5 cents" is $0.425, "40 sen" RM0.40. */
export const SUBUNIT_SUFFIXES: ReadonlySet<string> = new Set(['cents', 'cent', 'sen']);

const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD', 'HKD', 'SGD', 'NZD', 'TWD']);

/**
 * Settles the context-dependent notations `$` and `¥` against the currencies the company trades in.
 * A bare `$` is US dollars unless the company trades only in one other dollar currency; `¥` is yen unless the
 * company trades in yuan and not yen. Returns an ISO code, or the input when it is already one.
 */
export function settleCurrency(notation: string, listingCurrencies: readonly string[]): string {
  if (notation === '$') {
    if (listingCurrencies.length === 0 || listingCurrencies.includes('USD')) return 'USD';
    const dollars = [...new Set(listingCurrencies.filter((c) => DOLLAR_CODES.has(c)))];
    return dollars.length === 1 && dollars[0] ? dollars[0] : 'USD';
  }
  if (notation === 'kr') {
    const kronor = [...new Set(listingCurrencies.filter((c) => c === 'SEK' || c === 'NOK' || c === 'DKK'))];
    return kronor.length === 1 && kronor[0] ? kronor[0] : 'kr';
  }
  if (notation === '¥') {
    return listingCurrencies.includes('CNY') && !listingCurrencies.includes('JPY') ? 'CNY' : 'JPY';
  }
  return notation;
}

/** Trading currency by exchange code as articles write it (`NASDAQ:`, `LON:`, `ETR:`, `TSE:` is Toronto). */
export const EXCHANGE_CURRENCIES: Readonly<Record<string, string>> = {
  NASDAQ: 'USD', NYSE: 'USD', NYSEAMERICAN: 'USD', AMEX: 'USD', NYSEARCA: 'USD', OTC: 'USD', OTCMKTS: 'USD',
  CBOE: 'USD', BATS: 'USD', LON: 'GBX', LSE: 'GBX', ETR: 'EUR', FRA: 'EUR', XETRA: 'EUR', EPA: 'EUR', AMS: 'EUR',
  BIT: 'EUR', BME: 'EUR', EBR: 'EUR', ELI: 'EUR', VIE: 'EUR', HEL: 'EUR', ISE: 'EUR', SWX: 'CHF', SIX: 'CHF',
  VTX: 'CHF', TSX: 'CAD', TSE: 'CAD', TSXV: 'CAD', CVE: 'CAD', ASX: 'AUD', NSE: 'INR', BSE: 'INR', BOM: 'INR',
  HKG: 'HKD', HKEX: 'HKD', SEHK: 'HKD', TYO: 'JPY', KRX: 'KRW', KOSDAQ: 'KRW', KOSPI: 'KRW', SGX: 'SGD',
  SHA: 'CNY', SHE: 'CNY', SSE: 'CNY', SZSE: 'CNY', TPE: 'TWD', TWSE: 'TWD', CPH: 'DKK', STO: 'SEK', OSL: 'NOK',
  WSE: 'PLN', JSE: 'ZAR', BMV: 'MXN', BVMF: 'BRL', MYX: 'MYR', KLSE: 'MYR', BURSA: 'MYR', IDX: 'IDR', SET: 'THB',
  PSE: 'PHP', TADAWUL: 'SAR', NZX: 'NZD',
};

/** Ticker suffixes (`9988.HK`, `TSCO.L`) to exchange codes. */
export const TICKER_SUFFIX_EXCHANGES: Readonly<Record<string, string>> = {
  HK: 'HKEX', L: 'LSE', DE: 'XETRA', F: 'FRA', PA: 'EPA', AS: 'AMS', MI: 'BIT', MC: 'BME', SW: 'SIX', TO: 'TSX',
  V: 'TSXV', AX: 'ASX', NS: 'NSE', BO: 'BSE', T: 'TYO', KS: 'KRX', KQ: 'KOSDAQ', SI: 'SGX', SS: 'SSE', SZ: 'SZSE',
  TW: 'TWSE', CO: 'CPH', ST: 'STO', OL: 'OSL', HE: 'HEL', VI: 'VIE', BR: 'EBR', KL: 'MYX', JK: 'IDX', BK: 'SET',
  NZ: 'NZX',
};
