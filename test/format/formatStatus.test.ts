import { describe, expect, it } from 'vitest';
import { replyProblems } from '../../src/discord/limits.js';
import { COLOURS } from '../../src/format/colours.js';
import { formatStatus } from '../../src/format/formatStatus.js';

const health = {
  articles: 1234, companies: 1, knownCompanies: 479, lastIngest: '2026-01-15T08:00:00.000Z',
  newestArticle: { id: 'a', file: '/srv/articles/a.txt', title: 'A **title**', published: null, url: 'https://news.test/a', ingestedAt: '' },
  failed: [] as Array<{ file: string; error: string }>,
};
const field = (embed: ReturnType<typeof formatStatus>, name: string) => embed.fields?.find((f) => f.name.startsWith(name))?.value;

describe('formatStatus', () => {
  it('counts, links the newest article and stamps the last ingest', () => {
    const embed = formatStatus(health);
    expect(field(embed, 'Articles')).toBe('1,234 articles');
    expect(field(embed, 'Companies')).toBe('1 company of 479 known');
    expect(field(embed, 'Newest article')).toBe('[A \\*\\*title\\*\\*](https://news.test/a)\npublished undated');
    expect(field(embed, 'Last ingest')).toBe(`<t:${Date.parse(health.lastIngest) / 1000}:f> (<t:${Date.parse(health.lastIngest) / 1000}:R>)`);
    expect(embed.color).toBe(COLOURS.neutral);
  });

  it('names failed files without their directories, within limits for thousands of failures', () => {
    const failed = Array.from({ length: 3000 }, (_, i) => ({ file: `/home/bot/secret/dir/file${i}.txt`, error: `@everyone ${'bad '.repeat(100)}` }));
    const embed = formatStatus({ ...health, failed, lastIngest: null, newestArticle: null });
    expect(replyProblems({ embeds: [embed] })).toEqual([]);
    expect(field(embed, 'Files that failed (3000)')).toMatch(/^• file0\.txt: @\u200beveryone bad.*\n…and \d+ more$/s);
    const few = formatStatus({ ...health, failed: Array.from({ length: 45 }, (_, i) => ({ file: `f${i}`, error: 'x' })) });
    expect(field(few, 'Files that failed (45)')).toMatch(/^• f0: x\n(?:.*\n){39}…and 5 more$/);
    expect(JSON.stringify(embed)).not.toContain('/home/bot');
    expect(field(embed, 'Last ingest')).toBe('Never');
    expect(field(embed, 'Newest article')).toBe('No articles yet.');
    expect(embed.color).toBe(COLOURS.down);
  });
});
