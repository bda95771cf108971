import { z } from 'zod';

/** Every fact kind the extractor knows, as named in the corpus README. */
export const FACT_KINDS = [
  'price',
  'change_pct_1d',
  'change_pct_7d',
  'change_pct_1m',
  'change_pct_ytd',
  'change_pct_12m',
  'high_52w',
  'low_52w',
  'rsi_14',
  'sma_50',
  'sma_200',
  'volume',
  'avg_volume',
  'price_target',
  'price_target_avg',
  'consensus_rating',
  'analyst_rating',
  'pe_ratio',
  'market_cap',
  'dividend_yield',
  'revenue',
  'revenue_growth_pct',
  'eps',
  'support_level',
  'resistance_level',
] as const;

export type FactKind = (typeof FACT_KINDS)[number];

/** Kinds whose value is an amount of money and so must carry a currency. */
export const MONEY_KINDS: ReadonlySet<FactKind> = new Set([
  'price',
  'high_52w',
  'low_52w',
  'sma_50',
  'sma_200',
  'price_target',
  'price_target_avg',
  'market_cap',
  'revenue',
  'eps',
  'support_level',
  'resistance_level',
]);

/** Kinds whose value is a rating text rather than a number. */
export const TEXT_KINDS: ReadonlySet<FactKind> = new Set(['consensus_rating', 'analyst_rating']);

/** Kinds that are told apart per analyst firm. */
export const FIRM_KINDS: ReadonlySet<FactKind> = new Set(['price_target', 'analyst_rating']);

/**
 * What a rule family finds in one sentence, before it is tied to an article.
 * `company` is the registry id of the company the sentence speaks of.
 */
export interface FactCandidate {
  kind: FactKind;
  companyId: string;
  value: number | string;
  currency: string | null;
  firm: string | null;
  period: string | null;
  /** The sentence's own date (YYYY-MM-DD) when it dates the figure, else null. */
  asOf: string | null;
  /** The verbatim sentence (or bullet line) the fact came from. */
  quote: string;
  /** True when the text hedges the figure ("about", "around", "exceeding"). */
  approximate: boolean;
  /** Kept only when no other candidate of its kind, company, currency and firm is: an opening price. */
  fallback?: boolean;
}

export const factSchema = z
  .object({
    kind: z.enum(FACT_KINDS),
    companyId: z.string().min(1),
    company: z.string().min(1),
    ticker: z.string().nullable(),
    value: z.union([z.number().finite(), z.string().min(1)]),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable(),
    firm: z.string().nullable(),
    period: z.string().nullable(),
    /** YYYY-MM-DD, or null when neither the sentence nor the article is dated. */
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    quote: z.string().min(1),
    approximate: z.boolean(),
    articleId: z.string().min(1),
  })
  .superRefine((fact, ctx) => {
    if (MONEY_KINDS.has(fact.kind) && fact.currency === null) {
      ctx.addIssue({ code: 'custom', message: `${fact.kind} needs a currency` });
    }
    if (TEXT_KINDS.has(fact.kind) !== (typeof fact.value === 'string')) {
      ctx.addIssue({ code: 'custom', message: `${fact.kind} has a value of the wrong type` });
    }
  });

/** A fact as stored: tied to its company, article and as-of date. */
export type Fact = z.infer<typeof factSchema>;
