import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { markdownToText, renderReplyText } from '../../src/format/replyToText.js';

const NOW = new Date('2026-08-20T12:00:00Z');

describe('markdownToText', () => {
  it.each([
    ['**€148.20** · as of 14 Jan 2026 [1]', '€148.20 · as of 14 Jan 2026 [1]'],
    ['from 14 Jan 2026 (<t:1768392000:R>)', 'from 14 Jan 2026 (218 days ago)'],
    ['<t:1768392000:D>', '14 Jan 2026'],
    ['<t:1768392000:f>', '14 Jan 2026, 12:00 UTC'],
    ['<t:1768392000>', '14 Jan 2026, 12:00 UTC'],
    ['[Alibaba \\[AI\\] news](https://x.test/a%28b%29)', 'Alibaba [AI] news <https://x.test/a%28b%29>'],
    ['@\u200beveryone \\*\\*not bold\\*\\* \\_x\\_', '@everyone **not bold** _x_'],
    ['\\[1\\](not a link)', '[1](not a link)'],
    ['\u2068עליבאבא\u2069 C:\\dir', 'עליבאבא C:\\dir'],
  ])('%s', (markdown, text) => {
    expect(markdownToText(markdown, NOW)).toBe(text);
  });
});

describe('renderReplyText', () => {
  it('renders content, then title, description, indented fields and the footer as written', () => {
    const text = renderReplyText({
      content: 'Hello **there**',
      embeds: [{
        title: 'Alibaba Group (BABA) · Quote',
        description: 'Newest figure from 14 Jan 2026 (<t:1768392000:R>).',
        fields: [{ name: 'New York · BABA (USD)', value: '**$155.74** · as of 3 Jan 2026 [2]\nsecond line' }],
        footer: { text: 'Sources: [1] A \\*literal\\* title' },
      }],
    }, NOW);
    expect(text).toBe([
      'Hello there',
      'Alibaba Group (BABA) · Quote',
      'Newest figure from 14 Jan 2026 (218 days ago).',
      'New York · BABA (USD)\n  $155.74 · as of 3 Jan 2026 [2]\n  second line',
      'Sources: [1] A \\*literal\\* title',
    ].join('\n\n'));
  });

  it('lists the buttons that can be pressed', () => {
    const button = (label: string, disabled: boolean) => ({ type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, custom_id: label, label, disabled });
    const text = renderReplyText({
      embeds: [{ title: 'Page 1' }],
      components: [{ type: ComponentType.ActionRow, components: [button('◀ Previous', true), button('Next ▶', false)] }],
    }, NOW);
    expect(text).toBe('Page 1\n\n[Next ▶]');
  });

  it('renders an empty reply as nothing', () => {
    expect(renderReplyText({}, NOW)).toBe('');
  });
});
