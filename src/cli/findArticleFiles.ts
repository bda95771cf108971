import { readdirSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describeFileError } from './describeFileError.js';

/** The kinds of file an article can be written in. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** An article file found on disk, with what a later run needs to tell whether it changed. */
export interface FoundFile {
  /** Absolute path: the file's key in the store whatever directory the ingest ran from. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** A file (or given path) that could not be used, with one line saying why. */
export interface FileFailure {
  file: string;
  error: string;
}

export interface FoundFiles {
  files: FoundFile[];
  failures: FileFailure[];
  /** The given paths that exist, absolute: pruning only ever looks under these. */
  roots: string[];
  /** False when a directory could not be listed: its files are unknown, so nothing may be pruned. */
  complete: boolean;
}

/**
 * Article files under the given files and directories (recursively; hidden entries and other extensions inside
 * directories are passed over), each once, sorted; a directory reached twice through links is read once. Synchronous: stat calls are microseconds each and an ingest
 * does nothing else meanwhile.
 */
export function findArticleFiles(paths: readonly string[]): FoundFiles {
  const found = new Map<string, FoundFile>();
  const failures: FileFailure[] = [];
  const roots: string[] = [];
  const directories = new Set<string>();
  let complete = true;
  const visit = (path: string, given: boolean): void => {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      failures.push({ file: path, error: describeFileError(error) });
      return;
    }
    if (given) roots.push(path);
    if (stats.isDirectory()) {
      const identity = `${stats.dev}:${stats.ino}`;
      if (directories.has(identity)) return;
      directories.add(identity);
      const names = listDirectory(path, failures);
      if (!names) complete = false;
      for (const name of names ?? []) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      if (given) failures.push({ file: path, error: `not an article file (expected ${[...ARTICLE_EXTENSIONS].join(' ')})` });
    } else if (stats.isFile()) {
      found.set(path, { path, size: stats.size, mtimeMs: stats.mtimeMs });
    } else {
      failures.push({ file: path, error: 'not a regular file' });
    }
  };
  for (const path of new Set(paths.map((p) => resolve(p)))) visit(path, true);
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, failures, roots, complete };
}

function listDirectory(path: string, failures: FileFailure[]): string[] | undefined {
  try {
    return readdirSync(path).sort();
  } catch (error) {
    failures.push({ file: path, error: describeFileError(error) });
    return undefined;
  }
}
