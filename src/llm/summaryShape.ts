import { MAX_BULLETS, MIN_BULLETS } from '../summary/extractiveSummary.js';

/** A bullet line: a dash, then the text. */
const BULLET = /^\s*-\s+\S/;
const CITATION = /\[(\d+)\]/g;

/**
 * What keeps a model summary from the form `/summary` promises (issue 4): 3 to 6 bullets, each citing an article it
 * was given. `sources` is how many articles the data numbered; `sentences` how many distinct fact sentences they
 * hold, since fewer than three of those cannot honestly make three bullets. Empty when the text keeps the form.
 */
export function summaryShapeProblems(text: string, sources: number, sentences: number): string[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const problems: string[] = [];
  const prose = lines.filter((line) => !BULLET.test(line)).length;
  if (prose > 0) problems.push(`${prose} line(s) are not bullets starting with "- "`);
  const bullets = lines.filter((line) => BULLET.test(line));
  const fewest = Math.max(1, Math.min(MIN_BULLETS, sentences));
  if (bullets.length < fewest || bullets.length > MAX_BULLETS) problems.push(`${bullets.length} bullets where ${fewest} to ${MAX_BULLETS} are wanted`);
  const uncited = bullets.filter((line) => {
    const cited = [...line.matchAll(CITATION)].map((m) => Number(m[1]));
    return cited.length === 0 || cited.some((n) => n < 1 || n > sources);
  }).length;
  if (uncited > 0) problems.push(`${uncited} bullet(s) without a source number between [1] and [${sources}]`);
  return problems;
}
