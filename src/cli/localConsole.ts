import { createInterface } from 'node:readline';
import type { FactStore } from '../facts/store.js';
import { formatFactsText } from '../format/formatFactsText.js';

const HELP = [
  'Ask about a company by ticker or name: BABA, alibaba, 9988.HK, /facts BABA',
  '/status shows the store; /help shows this; Ctrl-D (or the end of piped input) quits.',
  'Answers come from news articles, not live prices, and are not financial advice.',
];

/** Answers one console line from the store: a company query, /status or /help. Never throws for user input. */
export async function answerLine(line: string, store: FactStore, now: Date, staleAfterDays: number): Promise<string[]> {
  const text = line.trim();
  if (!text) return [];
  const [command = '', ...rest] = text.startsWith('/') ? text.split(/\s+/) : ['/facts', text];
  if (command === '/help') return HELP;
  if (command === '/status') {
    const h = await store.health();
    return [
      `Articles: ${h.articles}; companies with facts: ${h.companies}; companies known: ${h.knownCompanies}`,
      `Newest article: ${h.newestArticle ? `«${h.newestArticle.title}» (${h.newestArticle.published ?? 'undated'})` : 'none'}`,
      `Last ingest: ${h.lastIngest ?? 'never'}; files that failed: ${h.failed.length}`,
      ...h.failed.map((f) => `  ${f.file}: ${f.error}`),
    ];
  }
  const query = rest.join(' ');
  if (!query) return [`Usage: ${command} <ticker or company name>`];
  const { match, companies } = store.resolve(query);
  if (match === 'none' || companies.length === 0) {
    const close = store.suggest(query.slice(0, 3), 5).map((c) => c.name);
    return [`No company matches "${query}".${close.length ? ` Did you mean: ${close.join(', ')}?` : ''}`];
  }
  if (match === 'ambiguous') return [`"${query}" could be: ${companies.slice(0, 10).map((c) => c.name).join(', ')}`];
  const company = companies[0];
  if (!company) return [];
  const [facts, articles] = await Promise.all([store.facts(company.id), store.articles(company.id, 100)]);
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return formatFactsText(company, facts, titles, now, staleAfterDays);
}

/** Reads commands from a stream, one per line, and prints the answers; resolves at the end of input. */
export async function runLocalConsole(
  store: FactStore,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean },
  options: { now: () => Date; staleAfterDays: number },
): Promise<void> {
  const rl = createInterface({ input: io.input, terminal: false });
  const write = (lines: string[]): void => {
    if (lines.length > 0) io.output.write(`${lines.join('\n')}\n`);
  };
  if (io.interactive) write(HELP);
  const prompt = (): void => {
    if (io.interactive) io.output.write('stockfacts> ');
  };
  prompt();
  for await (const line of rl) {
    try {
      write(await answerLine(line, store, options.now(), options.staleAfterDays));
    } catch (error) {
      write([`Something went wrong answering that: ${error instanceof Error ? error.message : String(error)}`]);
    }
    prompt();
  }
}
