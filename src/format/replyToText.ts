import type { APIEmbed } from 'discord.js';
import type { Reply } from '../discord/command.js';
import { readStamp } from './dates.js';

const STAMP = /<t:(-?\d{1,13})(?::([tTdDfFR]))?>/g;
/** A masked link whose text may hold escaped characters: `[title](https://…)`. */
const LINK = /(?<!\\)\[((?:\\.|[^\]\\])*)\]\((https?:\/\/[^\s)]+)\)/g;
const BOLD = /(?<!\\)\*\*/g;
const ESCAPE = /\\([^0-9A-Za-z\s])/g;
/** Invisible characters the formatters add (mention breakers, bidi isolates); a terminal is better without them. */
const INVISIBLE = /[\u200b\u2068\u2069]/g;

/** Discord markdown as plain text: timestamps as dates, links as `title <url>`, bold and escapes dropped. */
export function markdownToText(text: string, now: Date): string {
  return text
    .replace(STAMP, (_, unix: string, style: string | undefined) => readStamp(Number(unix), style ?? 'f', now))
    .replace(LINK, (_, title: string, url: string) => `${title} <${url}>`)
    .replace(BOLD, '')
    .replace(ESCAPE, '$1')
    .replace(INVISIBLE, '');
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}

function embedToText(embed: APIEmbed, now: Date): string {
  const parts: string[] = [];
  if (embed.title) parts.push(embed.title);
  if (embed.description) parts.push(embed.description);
  for (const field of embed.fields ?? []) parts.push(`${field.name}\n${indent(field.value)}`);
  // Footers are plain text in Discord: only the invisible characters go.
  if (embed.footer?.text) parts.push(embed.footer.text.replace(INVISIBLE, ''));
  return parts.map((part, i) => (i === parts.length - 1 && embed.footer?.text ? part : markdownToText(part, now))).join('\n\n');
}

/**
 * A reply as plain text for the local console: content, then each embed's title, description, fields (values
 * indented), footer, and the labels of buttons that can be pressed. Discord timestamps read as dates and ages.
 */
export function renderReplyText(reply: Reply, now: Date): string {
  const parts: string[] = [];
  if (reply.content) parts.push(markdownToText(reply.content, now));
  for (const embed of reply.embeds ?? []) parts.push(embedToText(embed, now));
  const buttons = (reply.components ?? [])
    .flatMap((row) => row.components)
    .flatMap((c) => ('label' in c && c.label && !c.disabled ? [`[${c.label}]`] : []));
  if (buttons.length > 0) parts.push(buttons.join(' '));
  return parts.join('\n\n');
}
