import { bigMoney, money, type Amount } from '../amounts.js';
import type { GeneratedCompany } from '../companies.js';
import type { DateFormat, Moment } from '../dates.js';
import type { Draft } from '../draft.js';
import type { proseContext } from '../prose.js';
import type { Random } from '../random.js';
import type { Snapshot } from '../snapshot.js';

/** Everything a template needs to write one article about `subject`. */
export interface StyleContext {
  random: Random;
  subject: GeneratedCompany;
  /** Another company, named only as a distractor. */
  rival: GeneratedCompany;
  /** The article's date, or null for an undated article. */
  moment: Moment | null;
  draft: Draft;
  snap: Snapshot;
  prose: ReturnType<typeof proseContext>;
}

/** A publisher's house template. */
export interface Style {
  name: string;
  /** Date-line formats this publisher uses (repeat an entry to weight it). */
  dateFormats: readonly DateFormat[];
  glueDate: boolean;
  /** Writes the body into `ctx.draft` and returns the title. */
  write(ctx: StyleContext): string;
}

/** A per-share amount in the snapshot's currency. */
export const share = (ctx: StyleContext, value: number, decimals = ctx.snap.priceDecimals): Amount =>
  money(value, ctx.snap.currency, decimals, ctx.random);

/** A total (market cap, revenue) in the snapshot's big currency. */
export const total = (ctx: StyleContext, value: number): Amount => bigMoney(value, ctx.snap.bigCurrency, ctx.random);

export const rose = (value: number, up: readonly string[], down: readonly string[], random: Random): string =>
  random.pick(value >= 0 ? up : down);
