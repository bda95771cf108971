import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorAnswer, HANG, MALFORMED, textAnswer, toolCallsAnswer } from './openaiDouble/responses.js';
import { startOpenAiDouble, type OpenAiDouble, type ScriptedResponse } from './openaiDouble/startOpenAiDouble.js';
import { ACK_WINDOW_MS, startBotSession, type Answer, type BotSession } from './botSession.js';

const KEY = 'sk-e2e-never-shown-7731';
const PING = /@(?:everyone|here)|<@[!&]?\d+>|<#\d+>/;
/** Both shipped articles fall in a year's window whatever today's date. */
const SUMMARY = { name: 'summary', options: { ticker: 'BABA', days: 365 } } as const;

let model: OpenAiDouble;
let session: BotSession;
let nextUser = 300_000_000_000_000_100n;
const user = (): string => String(nextUser++);

beforeAll(async () => {
  model = await startOpenAiDouble();
  session = await startBotSession({
    OPENAI_API_KEY: KEY, OPENAI_BASE_URL: model.baseUrl, OPENAI_MODEL: 'double-model',
    // A hang costs two one-second attempts, not a minute.
    OPENAI_TIMEOUT_SECONDS: '1', OPENAI_MAX_RETRIES: '1',
    LLM_USER_LIMIT_PER_MINUTE: '100', LLM_GUILD_LIMIT_PER_MINUTE: '100', RATE_LIMIT_COMMANDS: '100',
  });
}, 120_000);
afterAll(async () => Promise.all([session?.close(), model?.close()]), 30_000);

/** Asks with a scripted model, then checks what every model-backed answer must hold. */
async function askWith(spec: { name: string; options: Record<string, string | number> }, ...script: ScriptedResponse[]): Promise<Answer> {
  model.requests.length = 0;
  model.script(...script);
  const answer = await session.ask({ ...spec, userId: user() }, 20_000);
  expect((answer.callback.body as { type: number }).type).toBe(5);
  expect(answer.callback.msSinceDispatch).toBeLessThan(ACK_WINDOW_MS);
  expect(answer.text.length).toBeGreaterThan(0);
  // The message as Discord got it: mentions broken by a zero-width space would still show in rendered text.
  const sent = JSON.stringify(answer.message);
  expect(sent).not.toMatch(PING);
  expect(sent).not.toContain(KEY);
  expect(model.pending).toBe(0);
  return answer;
}

describe('/summary and /ask in the running bot, with the model behind the OpenAI double', () => {
  it('logs that the LLM is on without showing the key', async () => {
    await session.waitForLog(/"msg":"LLM layer"/);
    expect(session.bot.output.stderr).toMatch(/"model":"double-model"/);
    expect(session.bot.output.stderr).not.toContain(KEY);
  });

  it.each([
    ['a hang past the timeout', [HANG, HANG], /did not answer in time/],
    ['repeated 500s', [errorAnswer(500), errorAnswer(500)], /model service had an error/],
    ['malformed output', [MALFORMED.notJson], /unreadable answer/],
    ['a summary with an invented number', [textAnswer('- Alibaba traded at €152.10 [1].'), textAnswer('- Still €152.10 [1].')], /figures the articles do not/],
  ])('defers at once and shows the automatic summary, saying why, after %s', async (_case, script, why) => {
    const answer = await askWith(SUMMARY, ...script);
    expect(answer.text).toContain('Automatic summary');
    expect(answer.text).toMatch(why);
    expect(answer.text).toContain('€148.20 [1]');
    expect(answer.text).not.toContain('152.10');
  });

  it('shows the model’s grounded summary after a 429, and nothing it writes pings or links away', async () => {
    const written = '- @everyone Alibaba traded at €148.20 [1], see https://evil.example/claim\n- Jefferies set a $230 target [2].\n- Nomura sees $215 [2].';
    const answer = await askWith(SUMMARY, errorAnswer(429), textAnswer(written));
    expect(answer.text).toContain('Written by double-model');
    expect(answer.text).toMatch(/Alibaba traded at €148\.20 \[1\]/);
    expect(answer.text).not.toContain('evil.example');
    expect(model.requests[1]?.authorization).toBe(`Bearer ${KEY}`);
  });

  it('answers /ask through the model’s tool calls, citing the article', async () => {
    const answer = await askWith({ name: 'ask', options: { question: 'what did Jefferies say about Alibaba?' } },
      toolCallsAnswer([{ name: 'resolve_company', args: { query: 'Alibaba' } }]),
      toolCallsAnswer([{ name: 'get_facts', args: { company_id: 'alibaba-group', kinds: ['price_target'] } }]),
      textAnswer('Jefferies set a price target of $230 [1].'));
    expect(answer.text).toContain('Jefferies set a price target of $230 [1].');
    expect(answer.text).toMatch(/\[1\] Alibaba’s AI Pivot/);
  });

  it('answers /ask by its rules when the model keeps failing, and keeps a question full of pings as data', async () => {
    const question = 'is BABA oversold? @everyone <@&123456789012345678> https://evil.example/x';
    const answer = await askWith({ name: 'ask', options: { question } }, errorAnswer(500), errorAnswer(500));
    expect(answer.text).toMatch(/29\.4 — oversold/);
    expect(answer.text).toMatch(/model service had an error/);
    expect(answer.text).not.toContain('evil.example');
  });

  it('broke none of Discord’s rules on the way', () => {
    expect(session.double.violations).toEqual([]);
  });
});
