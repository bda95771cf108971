import { checkComponents } from './componentLimits.js';
import { chars, isObject } from './json.js';
import { checkMessageBody } from './messageLimits.js';
import { lengthProblem, problem, type Problem } from './problems.js';

/** Discord's limit on autocomplete answers (Interactions > Autocomplete). */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;

/** Interaction callback types (Interactions > Receiving and Responding > Interaction Callback Type). */
export const CALLBACK = { reply: 4, deferReply: 5, deferUpdate: 6, update: 7, autocomplete: 8, modal: 9 } as const;

/** Which callbacks each interaction type accepts: commands 2, components 3, autocomplete 4, modal submits 5. */
const ALLOWED_CALLBACKS: Readonly<Record<number, readonly number[]>> = {
  2: [CALLBACK.reply, CALLBACK.deferReply, CALLBACK.modal],
  3: [CALLBACK.reply, CALLBACK.deferReply, CALLBACK.deferUpdate, CALLBACK.update, CALLBACK.modal],
  4: [CALLBACK.autocomplete],
  5: [CALLBACK.reply, CALLBACK.deferReply, CALLBACK.deferUpdate, CALLBACK.update],
};

function checkChoices(data: unknown): Problem[] {
  const choices = isObject(data) ? data['choices'] : undefined;
  if (!Array.isArray(choices)) return [problem(['data', 'choices'], 'autocomplete.choices', 'BASE_TYPE_REQUIRED', 'This field is required')];
  const problems: Problem[] = [];
  if (choices.length > MAX_AUTOCOMPLETE_CHOICES) {
    problems.push(problem(['data', 'choices'], 'autocomplete.choices.count', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_AUTOCOMPLETE_CHOICES} or fewer in length.`));
  }
  choices.forEach((choice, index) => {
    const at = ['data', 'choices', index];
    const found = lengthProblem([...at, 'name'], 'autocomplete.choice.name', isObject(choice) ? choice['name'] : undefined, 1, MAX_CHOICE_NAME);
    if (found) problems.push(found);
    const value = isObject(choice) ? choice['value'] : undefined;
    if (typeof value === 'string' && chars(value) > MAX_CHOICE_VALUE) {
      problems.push(problem([...at, 'value'], 'autocomplete.choice.value', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CHOICE_VALUE} or fewer in length.`));
    }
  });
  return problems;
}

/** Judges an interaction callback body against the interaction it answers. */
export function checkCallbackBody(body: unknown, interactionType: number): Problem[] {
  const type = isObject(body) ? body['type'] : undefined;
  if (typeof type !== 'number' || !(ALLOWED_CALLBACKS[interactionType] ?? []).includes(type)) {
    return [problem(['type'], 'interaction.callback.type', 'INTERACTION_CALLBACK_TYPE_INVALID', `Callback type ${String(type)} is not valid for interaction type ${interactionType}`)];
  }
  const data = isObject(body) ? body['data'] : undefined;
  if (type === CALLBACK.autocomplete) return checkChoices(data);
  if (type === CALLBACK.reply || type === CALLBACK.update) {
    return [...checkMessageBody(data ?? {}, ['data']), ...checkComponents(data, ['data'])];
  }
  return [];
}
