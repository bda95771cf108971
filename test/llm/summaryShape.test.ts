import { describe, expect, it } from 'vitest';
import { summaryShapeProblems } from '../../src/llm/summaryShape.js';

describe('summaryShapeProblems', () => {
  it.each([
    ['three cited bullets', '- One [1].\n- Two [2].\n- Three [1][2].', 2, 5],
    ['six bullets with blank lines between', '- a [1]\n\n- b [1]\n- c [1]\n- d [1]\n- e [1]\n- f [1]', 1, 9],
    ['one bullet when the articles hold one sentence', '- Only this [1].', 1, 1],
  ])('accepts %s', (_case, text, sources, sentences) => {
    expect(summaryShapeProblems(text, sources, sentences)).toEqual([]);
  });

  it.each([
    ['prose instead of bullets', 'Alibaba rose [1]. Analysts like it [2]. More [1].', 2, 5, /1 line\(s\) are not bullets.*0 bullets where 3 to 6/],
    ['two bullets when three sentences exist', '- One [1].\n- Two [1].', 1, 3, /2 bullets where 3 to 6/],
    ['seven bullets', Array.from({ length: 7 }, (_, i) => `- b${i} [1]`).join('\n'), 1, 9, /7 bullets where 3 to 6/],
    ['a bullet without a source number', '- One [1].\n- Two.\n- Three [1].', 1, 3, /1 bullet\(s\) without a source number between \[1\] and \[1\]/],
    ['a source number beyond the articles given', '- One [1].\n- Two [4].\n- Three [2].', 2, 3, /without a source number between \[1\] and \[2\]/],
  ])('names %s', (_case, text, sources, sentences, problem) => {
    expect(summaryShapeProblems(text, sources, sentences).join('; ')).toMatch(problem);
  });
});
