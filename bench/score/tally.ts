import type { ArticleScore } from './matchFacts.js';

export interface KindRow {
  gold: number;
  predicted: number;
  hit: number;
}

/** Per-kind counts over many articles, as score.mjs tabulates them. */
export class ScoreTally {
  readonly rows = new Map<string, KindRow>();
  datesRight = 0;
  datesTotal = 0;

  add(score: ArticleScore): void {
    for (const g of [...score.hits, ...score.misses]) this.row(g.kind).gold++;
    for (const g of score.hits) {
      this.row(g.kind).hit++;
      this.row(g.kind).predicted++;
    }
    for (const p of score.extras) this.row(p.kind).predicted++;
  }

  addDate(gold: string | null, predicted: string | null): void {
    if (gold === null) return;
    this.datesTotal++;
    if (predicted !== null && predicted.slice(0, 10) === gold.slice(0, 10)) this.datesRight++;
  }

  totals(): KindRow {
    const all = { gold: 0, predicted: 0, hit: 0 };
    for (const r of this.rows.values()) {
      all.gold += r.gold;
      all.predicted += r.predicted;
      all.hit += r.hit;
    }
    return all;
  }

  /** The table, one line per kind, then the totals. */
  format(): string {
    const pct = (a: number, b: number): string => (b === 0 ? '    -  ' : `${((100 * a) / b).toFixed(1).padStart(6)}%`);
    const line = (kind: string, r: KindRow): string =>
      `${kind.padEnd(20)} ${String(r.gold).padStart(6)} ${String(r.predicted).padStart(6)} ${String(r.hit).padStart(6)}   ${pct(r.hit, r.predicted)}  ${pct(r.hit, r.gold)}`;
    const kinds = [...this.rows.keys()].sort();
    return [
      `${'kind'.padEnd(20)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'hit'.padStart(6)}   precision   recall`,
      ...kinds.map((k) => line(k, this.rows.get(k) as KindRow)),
      line('all', this.totals()),
      `published dates right: ${this.datesRight}/${this.datesTotal}`,
    ].join('\n');
  }

  private row(kind: string): KindRow {
    let r = this.rows.get(kind);
    if (!r) this.rows.set(kind, (r = { gold: 0, predicted: 0, hit: 0 }));
    return r;
  }
}
