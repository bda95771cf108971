import { textLength, truncate } from '../format/truncate.js';
import type { Choice } from './command.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE } from './limits.js';

/**
 * Choices Discord will accept, whatever a command suggested: long names cut with an ellipsis, choices without a name
 * or with an unusable value dropped (a cut value would select something else), repeated values kept once, 25 at most.
 */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  const fitted: Choice[] = [];
  for (const choice of choices) {
    const name = typeof choice.name === 'string' ? truncate(choice.name.trim(), MAX_CHOICE_NAME) : '';
    const value = typeof choice.value === 'string' ? choice.value : '';
    if (!name || !value || textLength(value) > MAX_CHOICE_VALUE || seen.has(value)) continue;
    seen.add(value);
    fitted.push({ name, value });
    if (fitted.length === MAX_AUTOCOMPLETE_CHOICES) break;
  }
  return fitted;
}
