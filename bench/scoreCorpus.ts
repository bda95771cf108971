import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegistry } from '../src/facts/readRegistry.js';
import { scoreLabelledSet } from './score/scoreLabelledSet.js';

/**
 * `npm run score -- [DIR…] [--verbose]`: precision and recall of the extractor on labelled sets (default: the
 * project's own, test/corpus), with the shipped registry, matched as the shared corpus's score.mjs matches.
 */
const { values, positionals } = parseArgs({ options: { verbose: { type: 'boolean' } }, allowPositionals: true });
const registry = await readRegistry();
for (const dir of positionals.length > 0 ? positionals : ['test/corpus']) {
  const score = scoreLabelledSet(resolve(dir), registry);
  console.log(`${dir}: ${score.articles} articles`);
  console.log(score.tally.format());
  if (values.verbose) console.log(score.lines.join('\n'));
  console.log(`precision ${(100 * score.precision).toFixed(1)}% recall ${(100 * score.recall).toFixed(1)}%`);
}
