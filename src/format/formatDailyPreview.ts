import type { Reply } from '../discord/command.js';
import { MAX_EMBEDS, MAX_MESSAGE_LENGTH } from '../discord/limits.js';
import type { Digest } from '../jobs/dailyTypes.js';
import { truncate } from './truncate.js';

/** Where and whether the previewed digest would go. */
export interface PreviewContext {
  /** The channel set up for digests; absent when the server has none (or on the local console). */
  channelId?: string;
  postWhenQuiet: boolean;
}

function previewNote(digest: Digest, where: PreviewContext): string {
  const target = where.channelId ? `in <#${where.channelId}>` : 'once a channel is set up';
  const count = digest.messages.length;
  const parts = count > 1 ? ` It would be ${count} messages; the first is shown.` : '';
  if (digest.quiet && !where.postWhenQuiet) return `**Preview, only you can see it.** Nothing is new, so today would be skipped; were quiet days posted ${target}, it would read:`;
  return `**Preview, only you can see it:** the digest as it would be posted now ${target}.${parts}`;
}

/**
 * `/daily preview`: the digest's first message, shown privately with a line saying so. A reply holds one message,
 * so a longer digest is announced by its count rather than shown whole.
 */
export function formatDailyPreview(digest: Digest, where: PreviewContext): Reply {
  const first = digest.messages[0];
  const note = previewNote(digest, where);
  if (!first) return { ephemeral: true, content: `${note}\n(The digest has no messages.)` };
  const content = first.content ? `${note}\n\n${first.content}` : note;
  return {
    ephemeral: true,
    content: truncate(content, MAX_MESSAGE_LENGTH),
    ...(first.embeds ? { embeds: first.embeds.slice(0, MAX_EMBEDS) } : {}),
  };
}
