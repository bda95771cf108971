import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedSize, MAX_EMBED_TOTAL, MAX_EMBEDS, replyProblems } from '../../src/discord/limits.js';
import { MORE_EMBED_BUDGET, packEmbeds } from '../../src/format/packEmbeds.js';

const embed = (n: number, size: number): APIEmbed => ({ title: `Embed ${n}`, description: 'x'.repeat(Math.max(1, size - `Embed ${n}`.length)) });
const more = (left: readonly APIEmbed[]): APIEmbed => ({ title: 'More', description: `${left.length} more: ${left.map((e) => e.title).join(', ')}`.slice(0, MORE_EMBED_BUDGET - 10) });
const titles = (replies: ReturnType<typeof packEmbeds>): string[] => replies.flatMap((r) => (r.embeds ?? []).map((e) => e.title ?? ''));

describe('packEmbeds', () => {
  it.each([
    ['one small embed', 1, 100, 1],
    ['ten small embeds fill one message', 10, 100, 1],
    ['eleven small embeds need two', 11, 100, 2],
    ['six of 1,000 characters fit 6,000 together', 6, 1_000, 1],
    ['seven of 1,000 characters do not', 7, 1_000, 2],
    ['embeds at the 6,000 limit go one a message', 3, 6_000, 3],
  ])('%s', (_name, count, size, messages) => {
    const replies = packEmbeds(Array.from({ length: count }, (_, i) => embed(i, size)), { maxMessages: 5, more });
    expect(replies).toHaveLength(messages);
    expect(titles(replies)).toEqual(Array.from({ length: count }, (_, i) => `Embed ${i}`));
    for (const reply of replies) expect(replyProblems(reply)).toEqual([]);
  });

  it('fits an embed over Discord\'s limits before placing it', () => {
    const [reply] = packEmbeds([{ title: 't'.repeat(300), description: 'd'.repeat(5_000), fields: [{ name: 'f', value: 'v'.repeat(2_000) }] }], { maxMessages: 5, more });
    expect(replyProblems(reply ?? {})).toEqual([]);
  });

  it.each([[1], [2], [5]])('ends at %s messages with one naming every embed left out, all in order', (maxMessages) => {
    const embeds = Array.from({ length: 80 }, (_, i) => embed(i, 700 + (i % 7) * 300));
    const replies = packEmbeds(embeds, { maxMessages, more });
    expect(replies).toHaveLength(maxMessages);
    for (const reply of replies) {
      expect(replyProblems(reply)).toEqual([]);
      expect(reply.embeds?.length).toBeLessThanOrEqual(MAX_EMBEDS);
      expect((reply.embeds ?? []).reduce((sum, e) => sum + embedSize(e), 0)).toBeLessThanOrEqual(MAX_EMBED_TOTAL);
    }
    const shown = titles(replies).slice(0, -1);
    const last = replies.at(-1)?.embeds?.at(-1);
    expect(shown).toEqual(embeds.slice(0, shown.length).map((e) => e.title));
    expect(last?.title).toBe('More');
    expect(last?.description).toMatch(new RegExp(`^${80 - shown.length} more: Embed ${shown.length},`));
  });
});
