import { MessageFlags } from 'discord.js';
import type { Reply } from './command.js';
import type { MessagePayload } from './routedInteraction.js';

/** Pings nobody: not @everyone, not roles, not users, whatever the text says. */
export const NO_MENTIONS = { parse: [] } as { parse: [] };

/**
 * A reply as Discord's API takes it. A new message carries only what the reply has; an edit replaces all of it
 * (content, embeds, components), so nothing of the previous page survives.
 */
export function toMessagePayload(reply: Reply, mode: 'create' | 'edit'): MessagePayload {
  const payload: MessagePayload = { allowed_mentions: NO_MENTIONS };
  if (mode === 'edit') {
    payload.content = reply.content ?? '';
    payload.embeds = reply.embeds ?? [];
    payload.components = reply.components ?? [];
    return payload;
  }
  if (reply.content !== undefined) payload.content = reply.content;
  if (reply.embeds !== undefined) payload.embeds = reply.embeds;
  if (reply.components !== undefined) payload.components = reply.components;
  if (reply.ephemeral) payload.flags = MessageFlags.Ephemeral;
  return payload;
}
