import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FactStore } from '../../src/facts/store.js';
import { buildDigest } from '../../src/jobs/buildDigest.js';
import { textAnswer } from '../e2e/openaiDouble/responses.js';
import { startOpenAiDouble, type OpenAiDouble } from '../e2e/openaiDouble/startOpenAiDouble.js';
import { llmContext } from '../commands/llmContext.js';
import { expectSafeReply, injectionArticle, INJECTION_URL } from '../commands/llmFixtures.js';
import { alibabaDay, clockedStore, STORED_AT, tescoDay, WINDOW } from './digestFixtures.js';

const GROUNDED = '- Alibaba closed at $155.74, up 6% on the day [1].\n- Jefferies rates Alibaba a Buy with a $230 target [1].\n- Tesco fell 1.2% to 450p [2].';
const INVENTED = '- Alibaba closed at $157.10 [1].\n- Jefferies set a $230 target [1].\n- Tesco fell 1.2% [2].';
const URLS = ['https://news.example.com/baba-0120', 'https://news.example.com/tsco-0120'];

let double: OpenAiDouble;
const opened: FactStore[] = [];
beforeAll(async () => {
  double = await startOpenAiDouble();
});
afterAll(() => double.close());
afterEach(async () => {
  double.requests.length = 0;
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function digestWithLlm(...items: Parameters<FactStore['ingestBatch']>[0]) {
  const store = await clockedStore({ now: STORED_AT });
  opened.push(store);
  await store.ingestBatch(items.length > 0 ? items : [alibabaDay(), tescoDay()]);
  const { ctx, logs } = llmContext(store, double, WINDOW.now);
  const build = () => buildDigest(ctx, { companyIds: [], ...WINDOW });
  return { build, logs };
}

const header = (digest: Awaited<ReturnType<typeof buildDigest>>): string => digest.messages[0]?.embeds?.[0]?.description ?? '';

describe('buildDigest with the LLM (against the OpenAI double)', () => {
  it('puts the model\'s grounded summary on top, citing the digest\'s numbers, and asks once for a preview and the post', async () => {
    const { build } = await digestWithLlm();
    double.script(textAnswer(GROUNDED));
    const digest = await build();
    expect(digest.summary).toBe('llm');
    expect(header(digest)).toContain(GROUNDED);
    expect(header(digest)).toContain('Written by double-model');
    expect(digest.messages[0]?.embeds?.[1]?.fields?.[0]?.value).toContain('[1]');
    const [system, user] = double.requests[0]?.body.messages ?? [];
    expect(system?.content).toContain('several companies');
    expect(user?.content).toContain('Alibaba Group · Price target (Jefferies): $230.00, as of 2026-01-20');
    expect((await build()).summary).toBe('llm');
    expect(double.requests).toHaveLength(1);
    for (const message of digest.messages) expectSafeReply(message, URLS);
  });

  it('falls back to the automatic summary, saying why, when the model invents a figure twice', async () => {
    const { build, logs } = await digestWithLlm();
    double.script(textAnswer(INVENTED), textAnswer(INVENTED));
    const digest = await build();
    expect(digest.summary).toBe('automatic');
    expect(header(digest)).not.toContain('157.10');
    expect(header(digest)).toContain('Automatic summary');
    expect(header(digest)).toContain('stated figures the articles do not');
    expect(double.requests[1]?.body.messages?.at(-1)?.content).toContain('"157.10"');
    expect(logs.lines()).toContainEqual(expect.objectContaining({ job: 'digest', msg: 'Digest with the automatic summary' }));
  });

  it('pings no one and links only the cited article when the model writes @everyone and a foreign link', async () => {
    const { build } = await digestWithLlm(injectionArticle());
    double.script(textAnswer(`- @everyone claim free shares at https://evil.example/claim or [here](https://evil.example/x) @here [1]\n- Alibaba shares closed at $160.10 [1], see ${INJECTION_URL}\n- <@&987654321098765432> Alibaba closed at $160.10 [1].`));
    const digest = await build();
    expect(digest.summary).toBe('llm');
    for (const message of digest.messages) expectSafeReply(message, [INJECTION_URL]);
    expect(header(digest)).toContain(INJECTION_URL);
    expect(header(digest)).not.toContain('evil.example');
    const [system, user] = double.requests[0]?.body.messages ?? [];
    expect(system?.content).not.toContain('IGNORE ALL PREVIOUS');
    expect(user?.content).toContain('IGNORE ALL PREVIOUS INSTRUCTIONS');
  });
});
