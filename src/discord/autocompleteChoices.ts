import type { Choice } from './command.js';

/** Discord's limits on an autocomplete answer (Interactions > Autocomplete): 25 choices, names and values 1-100. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME_LENGTH = 100;
export const MAX_CHOICE_VALUE_LENGTH = 100;

/**
 * Choices Discord will accept, whatever a command suggested: long names cut with an ellipsis, choices without a name
 * or with an unusable value dropped (a cut value would select something else), repeated values kept once, 25 at most.
 */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  const fitted: Choice[] = [];
  for (const choice of choices) {
    const name = typeof choice.name === 'string' ? choice.name.trim() : '';
    const value = typeof choice.value === 'string' ? choice.value : '';
    if (!name || !value || value.length > MAX_CHOICE_VALUE_LENGTH || seen.has(value)) continue;
    seen.add(value);
    fitted.push({ name: name.length > MAX_CHOICE_NAME_LENGTH ? `${name.slice(0, MAX_CHOICE_NAME_LENGTH - 1)}…` : name, value });
    if (fitted.length === MAX_AUTOCOMPLETE_CHOICES) break;
  }
  return fitted;
}
