import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/articles/parseArticle.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import { readRegistry } from '../src/facts/readRegistry.js';
it('x', async () => {
  const registry = await readRegistry('data/companies.json');
  const p = process.env.F as string;
  const a = parseArticle(p, readFileSync(p));
  const out = extractArticle(a, registry);
  for (const f of out.facts) console.log('F>', f.company, f.kind, f.value, f.currency, f.firm ?? '', '|', f.quote.slice(0, 80));
});
