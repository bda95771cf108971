import { describe, expect, it } from 'vitest';
import { parseIngestArgs } from '../../src/cli/ingestArgs.js';
import { emptyReport, formatIngestReport } from '../../src/cli/ingestReport.js';

describe('formatIngestReport', () => {
  it('counts outcomes, facts per kind, undated articles and one line per failure, paths under cwd relative', () => {
    const report = emptyReport();
    Object.assign(report, {
      files: 6,
      counts: { new: 2, updated: 1, unchanged: 1, duplicate: 0 },
      factsByKind: { price_target: 2, price: 3 },
      undated: ['/work/data/articles/old.txt'],
      failed: [{ file: '/work/data/articles/empty.txt', error: 'the file is empty' }, { file: '/elsewhere/x.txt', error: 'permission denied' }],
    });
    expect(formatIngestReport(report, '/work')).toEqual([
      '6 article files: 2 new, 1 updated, 1 unchanged, 0 duplicate, 2 failed.',
      'Facts stored: price 3, price_target 2.',
      'Undated articles (1):',
      '  data/articles/old.txt',
      'FAILED data/articles/empty.txt: the file is empty',
      'FAILED /elsewhere/x.txt: permission denied',
    ]);
  });

  it('counts the figures left out for doubt, per reason, in a fixed order', () => {
    const report = { ...emptyReport(), leftOut: { 'unclear value': 1, 'no company': 3, 'another subject': 2 } };
    expect(formatIngestReport(report, '/w')).toContain('Left out for doubt: no company 3, another subject 2, unclear value 1.');
    expect(formatIngestReport(emptyReport(), '/w').some((line) => line.startsWith('Left out'))).toBe(false);
  });

  it('says so when nothing was stored and when pruning was skipped or done', () => {
    const report = { ...emptyReport(), pruned: ['/w/gone.txt'], pruneSkipped: null };
    expect(formatIngestReport(report, '/w')).toEqual([
      '0 article files: 0 new, 0 updated, 0 unchanged, 0 duplicate, 0 failed.',
      'Facts stored: none.',
      'Pruned 1 files that are gone:',
      '  gone.txt',
    ]);
    expect(formatIngestReport({ ...emptyReport(), pruneSkipped: 'a directory could not be read' }, '/w')).toContain(
      'Nothing pruned: a directory could not be read.',
    );
  });
});

describe('parseIngestArgs', () => {
  it.each([
    [[], { paths: [], prune: false, store: undefined, help: false }],
    [['a', 'b/', '--prune'], { paths: ['a', 'b/'], prune: true, store: undefined, help: false }],
    [['--store', 'memory://', 'x'], { paths: ['x'], prune: false, store: 'memory://', help: false }],
    [['-h'], { paths: [], prune: false, store: undefined, help: true }],
  ])('reads %j', (argv, expected) => {
    expect(parseIngestArgs(argv)).toEqual(expected);
  });

  it('refuses an unknown option in one line', () => {
    expect(() => parseIngestArgs(['--purge'])).toThrow(/Unknown option '--purge'/);
  });
});
