/**
 * A child process for the crash and concurrency tests: ingests generated articles into a store in batches,
 * printing `committed <n>` after each batch, for `rounds` rounds (each round rewrites every file with new text).
 * Usage: ingestManyChild.ts <storeUrl> <label> <files> <batchSize> <rounds>
 */
import { openFactStore } from '../../src/facts/store.js';
import { alibaba, makeItem, tesco } from './storeFixtures.js';

const [url = '', label = 'x', files = '200', batchSize = '20', rounds = '1'] = process.argv.slice(2);
const store = await openFactStore({ url, busyTimeoutMs: 30_000 });
const companies = Array.from({ length: 8 }, (_, i) => ({ ...tesco, id: `company-${i}`, name: `Company ${i}`, listings: [] }));
let committed = 0;
for (let round = 0; round < Number(rounds); round++) {
  for (let start = 0; start < Number(files); start += Number(batchSize)) {
    const batch = Array.from({ length: Math.min(Number(batchSize), Number(files) - start) }, (_, j) => {
      const n = start + j;
      const other = companies[(n + round) % companies.length] ?? tesco;
      const day = String(1 + ((n * 7 + round) % 28)).padStart(2, '0');
      return makeItem(`${label}-${round}-${n}`, {
        file: `${label}/${n}.txt`,
        published: `2026-01-${day}T10:00:00`,
        companies: [alibaba, other],
        facts: [
          { value: n + round, asOf: `2026-01-${day}` },
          { kind: 'price_target', firm: `Firm ${n % 5}`, value: 200 + n, asOf: `2026-01-${day}` },
          { companyId: other.id, company: other.name, value: n, currency: 'EUR', asOf: `2026-01-${day}` },
        ],
      });
    });
    await store.ingestBatch(batch);
    committed += batch.length;
    process.stdout.write(`committed ${committed}\n`);
  }
}
await store.close();
