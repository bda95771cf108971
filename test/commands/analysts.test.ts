import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rsi } from '../../commands/rsi.js';
import { targets } from '../../commands/targets.js';
import { technicals } from '../../commands/technicals.js';
import { replyProblems } from '../../src/discord/limits.js';
import type { FactStore } from '../../src/facts/store.js';
import { makeContext, run, sampleStore } from './context.js';

let store: FactStore;
beforeAll(async () => {
  store = await sampleStore();
});
afterAll(async () => store.close());

const fields = async (command: Parameters<typeof run>[0], ticker: string) => {
  const reply = await run(command, { ticker }, makeContext(store));
  expect(replyProblems(reply)).toEqual([]);
  return Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
};

describe('the analysis commands on the sample articles', () => {
  it('/rsi BABA reads 29.4 as oversold, dated 14 Jan 2026', async () => {
    expect((await fields(rsi, 'BABA'))['RSI (14)']).toBe('**29.4** — oversold · as of 14 Jan 2026 [1]');
  });

  it('/targets BABA: Jefferies $230, Nomura $215, average $194, Moderate Buy, upside against $155.74 and not €148.20', async () => {
    const answer = await fields(targets, 'Alibaba');
    expect(answer['Analyst targets']).toBe('Jefferies: **$230.00** · as of 3 Jan 2026 [1] · +47.7% upside\nNomura: **$215.00** · as of 3 Jan 2026 [1] · +38.1% upside');
    expect(answer['Average target']).toBe('**$194.00** · as of 3 Jan 2026 [1] · +24.6% upside');
    expect(answer['Consensus']).toBe('**Moderate Buy** · as of 3 Jan 2026 [1]');
    expect(answer['Upside measured against']).toMatch(/^USD targets: against \*\*\$155\.74\*\*, the New York · BABA \(USD\) price as of 3 Jan 2026 \[1\]\.\nNot compared: the Frankfurt · AHLA \(EUR\) price \*\*€148\.20\*\*/);
  });

  it('/technicals BABA puts $155.74 above both averages and gives the RSI', async () => {
    const answer = await fields(technicals, '9988');
    expect(answer['50-day average']).toBe('**$150.06** · as of 3 Jan 2026 [1]\nPrice **$155.74** (as of 3 Jan 2026 [1]) is 3.8% above it.');
    expect(answer['200-day average']).toMatch(/is 0\.2% above it\.$/);
    expect(answer['RSI (14)']).toMatch(/^\*\*29\.4\*\* — oversold/);
  });
});
