import type { APIEmbed } from 'discord.js';
import type { Reply } from '../discord/command.js';
import { embedSize, fitReply, MAX_EMBED_TOTAL, MAX_EMBEDS } from '../discord/limits.js';

/** Characters kept free in the last message for the embed naming what did not fit. */
export const MORE_EMBED_BUDGET = 1_500;

export interface PackOptions {
  /** At most this many messages; embeds beyond them are named by `more`. */
  maxMessages: number;
  /** An embed (within MORE_EMBED_BUDGET characters) saying which of the embeds were left out. */
  more: (left: readonly APIEmbed[]) => APIEmbed;
}

/** An embed within every per-embed limit and, alone, within a message's 6,000 characters. */
function fitAlone(embed: APIEmbed): APIEmbed {
  return fitReply({ embeds: [embed] }).embeds?.[0] ?? embed;
}

/** Fills messages in order, never past 10 embeds or 6,000 characters, the `last` message keeping `reserve` free. */
function fill(embeds: readonly APIEmbed[], last: number, reserve: number): { messages: APIEmbed[][]; placed: number } {
  const messages: APIEmbed[][] = [];
  let used = 0;
  let placed = 0;
  for (const embed of embeds) {
    const size = embedSize(embed);
    const current = messages.at(-1);
    const room = (index: number) => (index === last ? { count: MAX_EMBEDS - 1, chars: MAX_EMBED_TOTAL - reserve } : { count: MAX_EMBEDS, chars: MAX_EMBED_TOTAL });
    const here = room(messages.length - 1);
    if (current && current.length < here.count && used + size <= here.chars) {
      current.push(embed);
    } else {
      if (messages.length > last || size > room(messages.length).chars) break;
      messages.push([embed]);
      used = 0;
    }
    used += size;
    placed++;
  }
  return { messages, placed };
}

/**
 * Embeds spread over as few messages as Discord's limits allow, in order. When they need more than `maxMessages`,
 * the last message ends with `more`, naming those left out: nothing is dropped silently.
 */
export function packEmbeds(embeds: readonly APIEmbed[], options: PackOptions): Reply[] {
  const fitted = embeds.map(fitAlone);
  const all = fill(fitted, Number.POSITIVE_INFINITY, 0);
  if (all.messages.length <= options.maxMessages) return all.messages.map((list) => ({ embeds: list }));
  const kept = fill(fitted, options.maxMessages - 1, MORE_EMBED_BUDGET);
  const messages = kept.messages.map((list) => ({ embeds: list }));
  const note = fitReply({ embeds: [options.more(fitted.slice(kept.placed))] }).embeds ?? [];
  const last = messages.at(-1);
  if (last && kept.messages.length === options.maxMessages) last.embeds.push(...note);
  else messages.push({ embeds: note });
  return messages;
}
