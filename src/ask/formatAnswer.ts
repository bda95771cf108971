import type { APIEmbed } from 'discord.js';
import { fitEmbed } from '../discord/limits.js';
import { COLOURS } from '../format/colours.js';
import { companyEmbed, freshnessLine, sourcesFooter } from '../format/companyEmbed.js';
import { inlineText } from '../format/escapeText.js';
import { linesField } from '../format/fields.js';
import type { AskAnswer } from './answerByRules.js';

/** What the answer says beside the store's lines: the model's checked text, or why the rules answered. */
export type AnswerNote = { kind: 'model'; text: string; model: string } | { kind: 'automatic'; reason?: string };

const MAX_QUESTION = 300;
const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/** The question as asked, shown so the answer reads on its own: user text, so escaped, and its links left out. */
function askedLine(question: string): string {
  return `**Q:** ${inlineText(question.replace(URL, '(link)'), MAX_QUESTION)}`;
}

function body(question: string, result: AskAnswer, note: AnswerNote): string {
  const asked = askedLine(question);
  if (note.kind === 'model') {
    return `${asked}\n\n${note.text}\n\n*Written by ${inlineText(note.model, 60)} from the fact store; every figure was checked against the articles.*`;
  }
  const why = note.reason ? `\n\n*Automatic answer from the fact store. ${note.reason}*` : '';
  return `${asked}\n\n${result.lines.join('\n')}${why}`;
}

/** `/ask`: the question, the answer citing its articles ([n]), quoted sentences when a firm was asked about, sources. */
export function formatAnswer(question: string, result: AskAnswer, note: AnswerNote): APIEmbed {
  const description = body(question, result, note);
  const fields = note.kind === 'model' ? [] : linesField('In the article\'s words', result.quotes);
  if (result.company) return companyEmbed(result.company, result.answer, { topic: 'Answer', fields, description });
  return fitEmbed({
    title: 'Answer from the articles',
    description: `${freshnessLine(result.answer)}\n\n${description}`,
    color: COLOURS.neutral,
    fields,
    footer: { text: sourcesFooter(result.answer) },
  });
}
