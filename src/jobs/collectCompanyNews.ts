import type { Company } from '../facts/company.js';
import type { Fact, FactKind } from '../facts/fact.js';
import { rsiReading } from '../format/formatRsi.js';
import type { CompanyNews } from '../format/digestCompanyEmbed.js';
import type { DigestItem } from './readDigestWindow.js';

/** A price and the moves beside it, in the order a line shows them. */
export const MOVE_KINDS: readonly FactKind[] = ['price', 'change_pct_1d', 'change_pct_7d', 'change_pct_1m', 'change_pct_ytd', 'change_pct_12m'];
const ANALYST_KINDS: ReadonlySet<FactKind> = new Set(['price_target', 'price_target_avg', 'consensus_rating', 'analyst_rating']);

/** The same figure of the same date told by two articles is shown once, from the newest article. */
const signature = (f: Fact): string => JSON.stringify([f.companyId, f.kind, f.value, f.currency, f.firm, f.asOf]);

interface Collected {
  name: string;
  moves: Map<string, Fact[]>;
  analysts: Map<string, Fact>;
  rsi: Map<string, Fact>;
}

function collect(items: readonly DigestItem[]): Map<string, Collected> {
  const byCompany = new Map<string, Collected>();
  for (const { facts } of items) {
    for (const fact of facts) {
      const entry = byCompany.get(fact.companyId) ?? { name: fact.company, moves: new Map(), analysts: new Map(), rsi: new Map() };
      byCompany.set(fact.companyId, entry);
      if (MOVE_KINDS.includes(fact.kind)) {
        const key = `${fact.articleId}|${fact.asOf ?? ''}`;
        entry.moves.set(key, [...(entry.moves.get(key) ?? []), fact]);
      } else if (ANALYST_KINDS.has(fact.kind)) {
        if (!entry.analysts.has(signature(fact))) entry.analysts.set(signature(fact), fact);
      } else if (fact.kind === 'rsi_14' && typeof fact.value === 'number' && rsiReading(fact.value) !== 'neutral') {
        if (!entry.rsi.has(signature(fact))) entry.rsi.set(signature(fact), fact);
      }
    }
  }
  return byCompany;
}

/** Groups holding a move, each in MOVE_KINDS order; a group repeating an earlier one figure for figure is dropped. */
function moveGroups(groups: Iterable<Fact[]>): Fact[][] {
  const seen = new Set<string>();
  const kept: Fact[][] = [];
  for (const group of groups) {
    const ordered = [...group].sort((a, b) => MOVE_KINDS.indexOf(a.kind) - MOVE_KINDS.indexOf(b.kind));
    const key = ordered.map(signature).join('\n');
    if (!ordered.some((f) => f.kind !== 'price') || seen.has(key)) continue;
    seen.add(key);
    kept.push(ordered);
  }
  return kept;
}

/**
 * What is new per company in a digest's articles (newest first): moves, analysts' news and RSI extremes. Companies
 * with the most news come first (ties by name), so a digest cut for length keeps the busiest; companies whose new
 * articles gave none of these are left to the summary.
 */
export function collectCompanyNews(items: readonly DigestItem[], companyOf: (id: string, name: string) => Company): CompanyNews[] {
  const news = [...collect(items)].map(([id, entry]) => ({
    company: companyOf(id, entry.name),
    moves: moveGroups(entry.moves.values()),
    analysts: [...entry.analysts.values()],
    rsi: [...entry.rsi.values()],
  }));
  const size = (n: CompanyNews): number => n.moves.length + n.analysts.length + n.rsi.length;
  return news.filter((n) => size(n) > 0).sort((a, b) => size(b) - size(a) || a.company.name.localeCompare(b.company.name));
}
