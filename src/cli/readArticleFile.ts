import { readFileSync } from 'node:fs';
import { describeFileError } from './describeFileError.js';
import type { FoundFile } from './findArticleFiles.js';

/** Larger files are refused unread: no news article comes near this, and reading one would stall the ingest. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

/** A file's bytes, or one line saying why they cannot be had. */
export function readArticleFile(file: FoundFile): { bytes: Uint8Array } | { error: string } {
  if (file.size > MAX_ARTICLE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return { error: `too large to be an article (${mb} MB, the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB); not read` };
  }
  try {
    return { bytes: readFileSync(file.path) };
  } catch (error) {
    return { error: describeFileError(error) };
  }
}
