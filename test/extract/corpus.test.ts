import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SCORE = '../shared/corpus/score.mjs';

describe('the development corpus', () => {
  it.skipIf(!existsSync(SCORE))('scores precision >= 97% and recall >= 90% with every published date right', () => {
    const out = execFileSync('node', [SCORE, '--min-precision', '0.97', '--min-recall', '0.9'], { encoding: 'utf8', timeout: 60_000 });
    const dates = /published dates right: (\d+)\/(\d+)/.exec(out);
    expect(dates?.[1]).toBeDefined();
    expect(dates?.[1]).toBe(dates?.[2]);
    const totals = /precision ([\d.]+)% recall ([\d.]+)%/.exec(out);
    expect(Number(totals?.[1])).toBeGreaterThanOrEqual(97);
    expect(Number(totals?.[2])).toBeGreaterThanOrEqual(90);
  }, 70_000);
});
