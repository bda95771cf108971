import { statSync } from 'node:fs';
import { parseArticle } from '../articles/parseArticle.js';
import { extractArticle } from '../extract/extractArticle.js';
import { readRegistry } from '../facts/readRegistry.js';
import { type ExtractedArticle, formatExtractedArticle, toExtractedArticle } from './extractOutput.js';
import { readArticleFile } from './readArticleFile.js';

const USAGE = 'usage: npm run -s extract -- [--json] FILE...\n  Prints the facts each article yields; the store is not touched.';

function extractFile(file: string, registry: Awaited<ReturnType<typeof readRegistry>>): ExtractedArticle {
  const failed = (error: string): ExtractedArticle => ({ file, title: null, published: null, companies: [], facts: [], error });
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return failed('not a file');
    size = stats.size;
  } catch {
    return failed('cannot be read (missing or not permitted)');
  }
  const read = readArticleFile({ path: file, size, mtimeMs: 0 });
  if ('error' in read) return failed(read.error);
  try {
    const article = parseArticle(file, read.bytes);
    return toExtractedArticle(file, article, extractArticle(article, registry));
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

/** Exit code 0 when every file was read, 1 when some could not be (they are listed with their reason). */
async function runExtract(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const registry = await readRegistry();
  const articles = files.map((file) => extractFile(file, registry));
  if (json) process.stdout.write(`${JSON.stringify({ articles }, null, 1)}\n`);
  else process.stdout.write(`${articles.flatMap(formatExtractedArticle).join('\n')}\n`);
  for (const a of articles) if (a.error && json) process.stderr.write(`extract: ${a.file}: ${a.error}\n`);
  return articles.some((a) => a.error) ? 1 : 0;
}

process.exitCode = await runExtract(process.argv.slice(2));
