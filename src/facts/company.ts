/** One place a company's shares trade, with the currency quotes there are in. */
export interface Listing {
  /** The ticker as the exchange writes it: `BABA`, `9988`, `TSCO`, `RELIANCE`. */
  ticker: string;
  /** Exchange code (`NYSE`, `NASDAQ`, `HKEX`, `LSE`, `XETRA`, `NSE`, …), or null when unknown. */
  exchange: string | null;
  /** ISO 4217 code of the trading currency; `GBX` for London lines quoted in pence. */
  currency: string;
}

/** A company as the registry and the store know it. */
export interface Company {
  /** Stable registry id: lower-case slug of the name (`alibaba-group`). */
  id: string;
  name: string;
  aliases: string[];
  listings: Listing[];
}
