import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FIELD_VALUE,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TOTAL,
  embedSize,
  fitReply,
  replyProblems,
} from '../../src/discord/limits.js';
import { textLength } from '../../src/format/truncate.js';

const long = (n: number, c = 'x') => c.repeat(n);

describe('replyProblems', () => {
  it('accepts a reply within every limit', () => {
    expect(replyProblems({ content: 'ok', embeds: [{ title: 't', fields: [{ name: 'n', value: 'v' }], footer: { text: 'f' } }] })).toEqual([]);
  });

  it('names each limit a reply breaks', () => {
    const embed: APIEmbed = {
      title: long(257),
      description: long(4097),
      fields: [...Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })), { name: '', value: '' }],
      footer: { text: long(2049) },
    };
    const problems = replyProblems({ content: long(2001), embeds: [embed] });
    expect(problems).toEqual(expect.arrayContaining([
      'content is 2001 characters (allowed 0-2000)',
      'embed 0 title is 257 characters (allowed 0-256)',
      'embed 0 description is 4097 characters (allowed 0-4096)',
      'embed 0 footer is 2049 characters (allowed 1-2048)',
      'embed 0 has 27 fields (at most 25)',
      'embed 0 field 26 name is 0 characters (allowed 1-256)',
      'embed 0 field 26 value is 0 characters (allowed 1-1024)',
      expect.stringMatching(/^embeds total \d+ characters \(at most 6000\)$/),
    ]));
    expect(replyProblems({})).toEqual(['the reply is empty']);
  });

  it('counts emoji once, as Discord does', () => {
    expect(replyProblems({ content: '📈'.repeat(2000) })).toEqual([]);
  });
});

describe('fitReply', () => {
  it('turns any reply into one Discord accepts', () => {
    const huge: APIEmbed = {
      title: long(6000),
      description: long(6000),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `field ${i}`, value: i === 3 ? '' : long(3000) })),
      footer: { text: long(6000) },
    };
    const fitted = fitReply({ content: long(6000), embeds: [huge, huge, ...Array.from({ length: 10 }, () => ({ title: 'x' }))] });
    expect(replyProblems(fitted)).toEqual([]);
    expect(fitted.embeds).toHaveLength(10);
    expect(textLength(fitted.content ?? '')).toBe(2000);
  });

  it('sheds the last fields first to keep the total, and fills empty values', () => {
    const fields = Array.from({ length: 20 }, (_, i) => ({ name: `field ${i}`, value: i === 0 ? '' : long(500) }));
    const fitted = fitReply({ embeds: [{ title: 'Alibaba', description: long(1000), fields }] });
    expect(replyProblems(fitted)).toEqual([]);
    const kept = fitted.embeds?.[0]?.fields ?? [];
    expect(kept.map((f) => f.name)).toEqual(fields.slice(0, kept.length).map((f) => f.name));
    expect(kept.length).toBeGreaterThan(5);
    expect(kept[0]?.value).toBe(EMPTY_FIELD_VALUE);
    expect(fitted.embeds?.[0]?.description).toBe(long(1000));
  });

  it('leaves a reply within the limits as it was', () => {
    const reply = { content: 'hi', embeds: [{ title: 'a', fields: Array.from({ length: MAX_EMBED_FIELDS }, () => ({ name: 'n', value: 'v' })) }], ephemeral: true };
    expect(fitReply(reply)).toEqual(reply);
    expect(embedSize(reply.embeds[0] as APIEmbed)).toBeLessThan(MAX_EMBED_TOTAL);
  });
});
