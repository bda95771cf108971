import type { FactKind } from '../../facts/fact.js';
import { figureType, labelKind } from './labels.js';
import { type RuleHit, type Sentence, hit } from './types.js';

/** One cell of a table row: where it stands in the line. */
interface Cell {
  start: number;
  end: number;
}

/**
 * What each column of a table holds: its fact kind (null for a column of no kind, such as the name or "Change $"),
 * and the unit its header gives bare figures ("Last (SEK)", "Day %").
 */
export interface TableColumn {
  kind: FactKind | null;
  /** An ISO currency the header names for the column's money. */
  currency: string | null;
  /** The header says its figures are percentages. */
  percent: boolean;
}
export type TableColumns = ReadonlyArray<TableColumn>;

const HEADER_CURRENCY = /\(([A-Z]{3})\)/;

/** Cells of a line written as a table row ("Appen (APX) | $1.320 | +14.3% |"), or null when it is no row. */
function cellsOf(line: string): Cell[] | null {
  if (!line.includes('|')) return null;
  const out: Cell[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line.charCodeAt(i) !== 124) continue;
    out.push({ start, end: i });
    start = i + 1;
  }
  // Pipes at either end leave empty outer cells.
  const blank = (c: Cell | undefined): boolean => c !== undefined && line.slice(c.start, c.end).trim() === '';
  if (blank(out[0])) out.shift();
  if (blank(out[out.length - 1])) out.pop();
  return out.length >= 2 ? out : null;
}

const SEPARATOR = /^[\s|:-]+$/;

/**
 * The rows of the article's tables, by line, with the kinds their header gives each column ("Company | Last Price |
 * Change $ | Change % | 1mo % | 1yr %"). A header names at least two columns of a fact kind; the rows under it hold
 * as many cells.
 */
export function tableRows(lines: readonly string[]): Map<number, TableColumns> {
  const rows = new Map<number, TableColumns>();
  let columns: TableColumns | null = null;
  let width = 0;
  lines.forEach((line, i) => {
    const cells = cellsOf(line);
    if (!cells) {
      columns = null;
      return;
    }
    if (SEPARATOR.test(line)) return;
    if (columns && cells.length === width) {
      rows.set(i, columns);
      return;
    }
    const kinds: TableColumn[] = cells.map((c) => {
      const header = line.slice(c.start, c.end);
      return { kind: labelKind(header) ?? null, currency: HEADER_CURRENCY.exec(header)?.[1] ?? null, percent: header.includes('%') };
    });
    const named = kinds.filter((k) => k.kind !== null).length;
    columns = named >= 2 && kinds[0]?.kind === null ? kinds : null;
    width = cells.length;
  });
  return rows;
}

/** The figures of one table row, each of the kind its column's header names. */
export function readTableRow(s: Sentence, columns: TableColumns): RuleHit[] {
  const cells = cellsOf(s.text);
  if (!cells || cells.length !== columns.length) return [];
  const hits: RuleHit[] = [];
  cells.forEach((cell, i) => {
    const column = columns[i];
    const kind = column?.kind;
    if (!column || !kind) return;
    const inCell = s.amounts.filter((a) => a.start >= cell.start && a.end <= cell.end);
    const [only] = inCell;
    if (inCell.length !== 1 || !only || (only.scaled && kind !== 'market_cap')) return;
    const type = figureType(kind);
    // A bare number takes the unit its header gives ("Day %", "Last (SEK)").
    if (only.type === 'number' && type === 'percent' && column.percent) hits.push(hit(kind, { ...only, type: 'percent' }, s.text));
    else if (only.type === 'number' && type === 'money' && column.currency) hits.push(hit(kind, { ...only, type: 'money', currency: column.currency }, s.text));
    // One figure of the column's type per cell, or the cell says something else.
    else if (only.type === type) hits.push(hit(kind, only, s.text));
  });
  return hits;
}
