import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findArticleFiles } from '../../src/cli/findArticleFiles.js';
import { MAX_ARTICLE_BYTES, readArticleFile } from '../../src/cli/readArticleFile.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockfacts-files-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text = 'Title\nBody'): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};
/** chmod does not stop root from reading, and the tests may run as root. */
const rootCanReadAnything = process.getuid?.() === 0;

describe('findArticleFiles', () => {
  it('walks directories for article files, sorted, skipping hidden and foreign files', () => {
    const files = ['b.md', 'a.txt', 'sub/c.html', 'sub/d.HTM', 'sub/e.markdown'].map((name) => write(name));
    write('notes.pdf');
    write('.hidden.txt');
    const found = findArticleFiles([dir]);
    expect(found.files.map((f) => f.path)).toEqual([...files].sort());
    expect(found).toMatchObject({ failures: [], roots: [dir], complete: true });
    expect(found.files[0]?.size).toBe('Title\nBody'.length);
  });

  it('names a missing path and an explicit non-article file in one line each, and still finds the rest', () => {
    const good = write('good.txt');
    const pdf = write('paper.pdf');
    const found = findArticleFiles([join(dir, 'missing-dir'), pdf, good]);
    expect(found.files.map((f) => f.path)).toEqual([good]);
    expect(found.failures).toEqual([
      { file: join(dir, 'missing-dir'), error: 'no such file or directory' },
      { file: pdf, error: 'not an article file (expected .txt .md .markdown .html .htm)' },
    ]);
    expect(found.roots).toEqual([pdf, good]);
  });

  it('lists the same file once however it was given, and survives a link loop', () => {
    const file = write('x/a.txt');
    symlinkSync(dir, join(dir, 'x', 'loop'));
    const found = findArticleFiles([dir, file, `${dir}/./x/a.txt`]);
    expect(found.files.map((f) => f.path)).toEqual([file]);
  });

  it.skipIf(rootCanReadAnything)('reports a directory it may not read and marks the listing incomplete (skipped as root, whom chmod does not stop)', () => {
    write('locked/a.txt');
    chmodSync(join(dir, 'locked'), 0o000);
    const found = findArticleFiles([dir]);
    chmodSync(join(dir, 'locked'), 0o755);
    expect(found.failures).toEqual([{ file: join(dir, 'locked'), error: 'permission denied' }]);
    expect(found.complete).toBe(false);
  });
});

describe('readArticleFile', () => {
  it('refuses a file over 50 MB by its size, without reading it', () => {
    const path = write('huge.txt', '');
    truncateSync(path, MAX_ARTICLE_BYTES + 1);
    expect(readArticleFile({ path, size: MAX_ARTICLE_BYTES + 1, mtimeMs: 0 })).toEqual({
      error: 'too large to be an article (50.0 MB, the limit is 50 MB); not read',
    });
  });

  it('reads the bytes of an ordinary file', () => {
    const path = write('a.txt', 'héllo');
    expect(readArticleFile({ path, size: 6, mtimeMs: 0 })).toEqual({ bytes: Buffer.from('héllo') });
  });

  it('turns a file that vanished or is a directory into one line', () => {
    expect(readArticleFile({ path: join(dir, 'gone.txt'), size: 1, mtimeMs: 0 })).toEqual({ error: 'no such file or directory' });
    expect(readArticleFile({ path: dir, size: 1, mtimeMs: 0 })).toEqual({ error: 'is a directory, not a file' });
  });
});
