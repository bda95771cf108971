/** One measured figure with the target it is held against. */
export interface Measurement {
  label: string;
  value: number | null;
  unit: string;
  /** `min`: the figure must reach the target; `max`: it must stay below it. */
  goal: 'min' | 'max';
  target: number;
  /** Why there is no figure (a module not there yet, a failed run). */
  note?: string;
}

export const passes = (m: Measurement): boolean =>
  m.value !== null && Number.isFinite(m.value) && (m.goal === 'min' ? m.value >= m.target : m.value < m.target);

/** A figure as the report prints it: whole numbers with thousands separators from 100 up, else decimals. */
export const show = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString('en-US') : value >= 1 ? value.toFixed(2) : value.toFixed(3);

/** A compact table: figure, target and PASS/FAIL (or SKIP with the reason). */
export function formatReport(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => [
    m.label,
    m.value === null ? '-' : `${show(m.value)} ${m.unit}`,
    `${m.goal === 'min' ? '>=' : '<'} ${show(m.target)} ${m.unit}`,
    m.value === null ? `SKIP ${m.note ?? ''}`.trim() : passes(m) ? 'PASS' : 'FAIL',
  ]);
  const header = ['measure', 'figure', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
