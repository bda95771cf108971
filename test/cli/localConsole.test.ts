import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { parseArticle } from '../../src/articles/parseArticle.js';
import { answerLine, consoleIntro, runLocalConsole, type ConsoleSession } from '../../src/cli/localConsole.js';
import { loadConfig } from '../../src/config.js';
import { createRouter } from '../../src/discord/router.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { readRegistry } from '../../src/facts/readRegistry.js';
import { type FactStore, openFactStore } from '../../src/facts/store.js';
import { createLogger } from '../../src/logger.js';

const now = new Date('2026-01-20T12:00:00Z');
let store: FactStore;
let session: ConsoleSession;

beforeAll(async () => {
  const registry = await readRegistry();
  store = await openFactStore({ url: 'memory://', registry });
  for (const file of ['data/articles/seed_000.txt', 'data/articles/seed_002.txt']) {
    const article = parseArticle(file, readFileSync(file));
    await store.ingestArticle(article, extractArticle(article, registry));
  }
  const ctx = { store, logger: createLogger('silent'), now: () => now, config: loadConfig({ STORE_URL: 'memory://' }) };
  session = { router: createRouter({ commands, ctx, rateLimit: false }), commands, now: () => now };
});
afterAll(async () => store.close());

describe('the local console', () => {
  it('answers /quote BABA with both listings in their own currencies, dated, as plain text', async () => {
    const text = await answerLine('/quote BABA', session);
    expect(text).toMatch(/Alibaba/);
    expect(text).toMatch(/€148\.20/);
    expect(text).toMatch(/\$155\.74/);
    expect(text).toMatch(/14 Jan 2026|2026-01-14|January 14, 2026/);
    expect(text).not.toMatch(/<t:\d+/);
  });

  it('runs the same commands as the bot: /rsi and /targets', async () => {
    expect(await answerLine('/rsi ticker:BABA', session)).toMatch(/29\.4[^]*oversold/i);
    const targets = await answerLine('/targets alibaba', session);
    expect(targets).toMatch(/Jefferies[^]*\$230/);
    expect(targets).toMatch(/Nomura[^]*\$215/);
  });

  it('reads a line without a slash as /quote, and says what is wrong with a line it cannot run', async () => {
    expect(await answerLine('9988.HK', session)).toMatch(/Alibaba/);
    expect(await answerLine('/quote', session)).toBe('ticker: required. Usage: /quote ticker:<string>');
    expect(await answerLine('/nope', session)).toMatch(/^Unknown command \/nope\. Commands: \/quote, /);
    expect(await answerLine('/quote zzzz-no-such', session)).toMatch(/zzzz-no-such/);
    expect(await answerLine('', session)).toBe('');
  });

  it('introduces every command with its usage', () => {
    const intro = consoleIntro(commands).join('\n');
    for (const command of commands) expect(intro).toContain(`/${command.data.name}`);
    expect(intro).toContain('/facts ticker:<string> [page:<integer>]');
  });

  it('reads piped commands one per line and ends with the input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const done = runLocalConsole(session, { input, output, interactive: false });
    input.end('/status\n\n/quote BABA\n');
    await done;
    expect(printed).toMatch(/^[^]*articles?[^]*Alibaba[^]*€148\.20[^]*\n$/i);
    expect(printed).not.toContain('stockfacts>');
  });
});
