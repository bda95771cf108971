import type { DateLine } from './dates.js';
import type { Block } from './draft.js';

export const FORMATS = ['txt', 'html', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** An article before rendering: the same content can be written as text, HTML or Markdown. */
export interface Doc {
  title: string;
  date: DateLine;
  /** The samples' publisher prints the date with no break before the first paragraph. */
  glueDate: boolean;
  blocks: Block[];
}

function renderText(doc: Doc): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'p' || block.type === 'h') lines.push(block.text);
    else if (block.type === 'ul') for (const item of block.items) lines.push(`- ${item}`);
    else lines.push(...block.lines);
  }
  const { line } = doc.date;
  if (line !== null && doc.glueDate) lines[0] = `${line}${lines[0] ?? ''}`;
  else if (line !== null) lines.unshift(line);
  return `${doc.title}\n${lines.join('\n')}\n\n`;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderHtml(doc: Doc): string {
  const out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title>`, '</head>', '<body>', '<article>', `<h1>${escapeHtml(doc.title)}</h1>`];
  if (doc.date.line !== null) {
    out.push(`<p class="byline"><time datetime="${doc.date.published ?? ''}">${escapeHtml(doc.date.line)}</time></p>`);
  }
  for (const block of doc.blocks) {
    if (block.type === 'p') out.push(`<p>${escapeHtml(block.text)}</p>`);
    else if (block.type === 'h') out.push(`<h2>${escapeHtml(block.text)}</h2>`);
    else if (block.type === 'ul') out.push('<ul>', ...block.items.map((i) => `  <li>${escapeHtml(i)}</li>`), '</ul>');
    else out.push('<aside class="promo">', ...block.lines.map((l) => `  <p>${escapeHtml(l)}</p>`), '</aside>');
  }
  out.push('</article>', '</body>', '</html>', '');
  return out.join('\n');
}

function renderMarkdown(doc: Doc): string {
  const out = [`# ${doc.title}`, ''];
  if (doc.date.line !== null) out.push(`_${doc.date.line}_`, '');
  for (const block of doc.blocks) {
    if (block.type === 'p') out.push(block.text, '');
    else if (block.type === 'h') out.push(`## ${block.text}`, '');
    else if (block.type === 'ul') out.push(...block.items.map((i) => `- ${i}`), '');
    else out.push(...block.lines.map((l) => `> ${l}`), '');
  }
  return out.join('\n');
}

export function renderDoc(doc: Doc, format: Format): string {
  if (format === 'html') return renderHtml(doc);
  if (format === 'md') return renderMarkdown(doc);
  return renderText(doc);
}
