import { chars, isObject } from './json.js';
import { lengthProblem, problem, type Path, type Problem } from './problems.js';

/** Discord's message and embed limits (Message Resource > Embed Limits). */
export const MAX_MESSAGE_LENGTH = 2_000;
export const MAX_EMBEDS = 10;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4_096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1_024;
export const MAX_FOOTER_TEXT = 2_048;
export const MAX_AUTHOR_NAME = 256;
/** Sum of titles, descriptions, field names and values, footers and author names over all embeds of a message. */
export const MAX_EMBED_TOTAL = 6_000;

const defined = (found: Problem | undefined): Problem[] => (found ? [found] : []);

function checkField(field: unknown, at: Path): Problem[] {
  if (!isObject(field)) return [problem(at, 'embed.field', 'MODEL_TYPE_CONVERT', 'Must be an object.')];
  return [
    ...defined(lengthProblem([...at, 'name'], 'embed.field.name', field['name'], 1, MAX_FIELD_NAME)),
    ...defined(lengthProblem([...at, 'value'], 'embed.field.value', field['value'], 1, MAX_FIELD_VALUE)),
  ];
}

function checkEmbed(embed: unknown, at: Path): { problems: Problem[]; size: number } {
  if (!isObject(embed)) return { problems: [problem(at, 'embed', 'MODEL_TYPE_CONVERT', 'Must be an object.')], size: 0 };
  const problems: Problem[] = [];
  if (chars(embed['title']) > MAX_EMBED_TITLE) problems.push(problem([...at, 'title'], 'embed.title.length', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_EMBED_TITLE} or fewer in length.`));
  if (chars(embed['description']) > MAX_EMBED_DESCRIPTION) problems.push(problem([...at, 'description'], 'embed.description.length', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_EMBED_DESCRIPTION} or fewer in length.`));
  const fields = Array.isArray(embed['fields']) ? (embed['fields'] as unknown[]) : [];
  if (fields.length > MAX_EMBED_FIELDS) problems.push(problem([...at, 'fields'], 'embed.fields.count', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_EMBED_FIELDS} or fewer in length.`));
  fields.forEach((field, index) => problems.push(...checkField(field, [...at, 'fields', index])));
  const footer = embed['footer'];
  if (isObject(footer)) problems.push(...defined(lengthProblem([...at, 'footer', 'text'], 'embed.footer.length', footer['text'], 1, MAX_FOOTER_TEXT)));
  const author = embed['author'];
  if (isObject(author)) problems.push(...defined(lengthProblem([...at, 'author', 'name'], 'embed.author.length', author['name'], 1, MAX_AUTHOR_NAME)));
  const fieldChars = fields.reduce<number>((sum, field) => sum + (isObject(field) ? chars(field['name']) + chars(field['value']) : 0), 0);
  const size = chars(embed['title']) + chars(embed['description']) + fieldChars
    + (isObject(footer) ? chars(footer['text']) : 0) + (isObject(author) ? chars(author['name']) : 0);
  return { problems, size };
}

function checkEmbeds(embeds: unknown, at: Path): Problem[] {
  if (embeds === undefined || embeds === null) return [];
  if (!Array.isArray(embeds)) return [problem(at, 'message.embeds', 'BASE_TYPE_ARRAY', 'Must be an array.')];
  const problems: Problem[] = [];
  if (embeds.length > MAX_EMBEDS) problems.push(problem(at, 'message.embeds.count', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_EMBEDS} or fewer in length.`));
  let total = 0;
  embeds.forEach((embed, index) => {
    const checked = checkEmbed(embed, [...at, index]);
    problems.push(...checked.problems);
    total += checked.size;
  });
  if (total > MAX_EMBED_TOTAL) problems.push(problem(at, 'embed.total.length', 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${MAX_EMBED_TOTAL}`));
  return problems;
}

/** Limits every message body must keep, whether it creates a message or edits one. */
export function checkMessageBody(body: unknown, at: Path = []): Problem[] {
  if (!isObject(body)) return [problem(at, 'message.body', 'MODEL_TYPE_CONVERT', 'Must be an object.')];
  const content = body['content'];
  const problems: Problem[] = [];
  if (content !== undefined && content !== null && typeof content !== 'string') problems.push(problem([...at, 'content'], 'message.content.type', 'BASE_TYPE_STRING', 'Must be a string.'));
  if (chars(content) > MAX_MESSAGE_LENGTH) problems.push(problem([...at, 'content'], 'message.content.length', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_MESSAGE_LENGTH} or fewer in length.`));
  return [...problems, ...checkEmbeds(body['embeds'], [...at, 'embeds'])];
}

/** Discord refuses to create a message with nothing to show (error 50006). */
export function isEmptyMessage(body: unknown, files: number): boolean {
  if (!isObject(body) || files > 0) return files === 0;
  const has = (key: string): boolean => {
    const value = body[key];
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '';
  };
  return !['content', 'embeds', 'components', 'attachments', 'sticker_ids', 'poll'].some(has);
}
