import type { APIEmbed } from 'discord.js';
import { textLength, truncate } from '../format/truncate.js';
import type { Reply } from './command.js';

/** Discord's limits (Message Resource > Embed Limits; Interactions > Autocomplete; Message Components). */
export const MAX_MESSAGE_LENGTH = 2_000;
export const MAX_EMBEDS = 10;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4_096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1_024;
export const MAX_FOOTER_TEXT = 2_048;
export const MAX_AUTHOR_NAME = 256;
/** Titles, descriptions, field names and values, footers and author names of all a message's embeds together. */
export const MAX_EMBED_TOTAL = 6_000;
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;
export const MAX_CUSTOM_ID = 100;
export const MAX_BUTTON_LABEL = 80;
export const MAX_ACTION_ROWS = 5;
export const MAX_BUTTONS_PER_ROW = 5;

/** Discord refuses an empty field value; this stands in for one. */
export const EMPTY_FIELD_VALUE = '—';

/** The characters an embed counts against the 6,000 of a message. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + textLength(f.name) + textLength(f.value), 0);
  return textLength(embed.title ?? '') + textLength(embed.description ?? '') + fields
    + textLength(embed.footer?.text ?? '') + textLength(embed.author?.name ?? '');
}

/** Every way a reply breaks Discord's limits, one line each; empty when Discord would accept it. */
export function replyProblems(reply: Reply): string[] {
  const problems: string[] = [];
  const over = (what: string, text: string | undefined, max: number, min = 0): void => {
    const length = textLength(text ?? '');
    if (text !== undefined && (length > max || length < min)) problems.push(`${what} is ${length} characters (allowed ${min}-${max})`);
  };
  over('content', reply.content, MAX_MESSAGE_LENGTH);
  const embeds = reply.embeds ?? [];
  if (embeds.length > MAX_EMBEDS) problems.push(`${embeds.length} embeds (at most ${MAX_EMBEDS})`);
  embeds.forEach((embed, i) => {
    over(`embed ${i} title`, embed.title, MAX_EMBED_TITLE);
    over(`embed ${i} description`, embed.description, MAX_EMBED_DESCRIPTION);
    over(`embed ${i} footer`, embed.footer?.text, MAX_FOOTER_TEXT, 1);
    over(`embed ${i} author`, embed.author?.name, MAX_AUTHOR_NAME, 1);
    const fields = embed.fields ?? [];
    if (fields.length > MAX_EMBED_FIELDS) problems.push(`embed ${i} has ${fields.length} fields (at most ${MAX_EMBED_FIELDS})`);
    fields.forEach((field, j) => {
      over(`embed ${i} field ${j} name`, field.name, MAX_FIELD_NAME, 1);
      over(`embed ${i} field ${j} value`, field.value, MAX_FIELD_VALUE, 1);
    });
  });
  const total = embeds.reduce((sum, embed) => sum + embedSize(embed), 0);
  if (total > MAX_EMBED_TOTAL) problems.push(`embeds total ${total} characters (at most ${MAX_EMBED_TOTAL})`);
  if (!reply.content && embeds.length === 0) problems.push('the reply is empty');
  return problems;
}

/** An embed cut to Discord's per-part limits: parts truncated, fields beyond 25 dropped, empty values filled. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, MAX_EMBED_TITLE);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, MAX_EMBED_DESCRIPTION);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, MAX_FOOTER_TEXT) || EMPTY_FIELD_VALUE };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, MAX_AUTHOR_NAME) || EMPTY_FIELD_VALUE };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, MAX_EMBED_FIELDS).map((field) => ({
      ...field,
      name: truncate(field.name, MAX_FIELD_NAME) || EMPTY_FIELD_VALUE,
      value: truncate(field.value, MAX_FIELD_VALUE) || EMPTY_FIELD_VALUE,
    }));
  }
  return fitted;
}

/** Cuts `text` by up to `excess` characters; returns the new text and the excess left. */
function cut(text: string, excess: number): [string, number] {
  if (excess <= 0 || text.length === 0) return [text, excess];
  const length = textLength(text);
  const shorter = truncate(text, Math.max(1, length - excess));
  return [shorter, excess - (length - textLength(shorter))];
}

/** Sheds `excess` characters from an embed: trailing fields first, then description, footer and title. */
function shrinkEmbed(embed: APIEmbed, excess: number): [APIEmbed, number] {
  const fields = [...(embed.fields ?? [])];
  while (excess > 0 && fields.length > 0) {
    const dropped = fields.pop() as { name: string; value: string };
    excess -= textLength(dropped.name) + textLength(dropped.value);
  }
  const shrunk: APIEmbed = { ...embed, ...(embed.fields ? { fields } : {}) };
  if (shrunk.description !== undefined) [shrunk.description, excess] = cut(shrunk.description, excess);
  if (shrunk.footer) {
    let text: string;
    [text, excess] = cut(shrunk.footer.text, excess);
    shrunk.footer = { ...shrunk.footer, text };
  }
  if (shrunk.title !== undefined) [shrunk.title, excess] = cut(shrunk.title, excess);
  return [shrunk, excess];
}

/**
 * A reply Discord accepts: content and every embed fitted, at most 10 embeds, and within the 6,000-character total
 * by shedding from the last embeds first (see shrinkEmbed).
 */
export function fitReply(reply: Reply): Reply {
  const embeds = (reply.embeds ?? []).slice(0, MAX_EMBEDS).map(fitEmbed);
  let excess = embeds.reduce((sum, embed) => sum + embedSize(embed), 0) - MAX_EMBED_TOTAL;
  for (let i = embeds.length - 1; i >= 0 && excess > 0; i--) {
    [embeds[i] as APIEmbed, excess] = shrinkEmbed(embeds[i] as APIEmbed, excess);
  }
  const fitted: Reply = { ...reply, embeds };
  if (reply.content !== undefined) fitted.content = truncate(reply.content, MAX_MESSAGE_LENGTH);
  if (reply.embeds === undefined) delete fitted.embeds;
  return fitted;
}
