import { chars, isObject, type Json } from './json.js';
import { lengthProblem, problem, type Path, type Problem } from './problems.js';

/** Discord's registration limits (Application Commands > Registering a Command, Limits). */
export const MAX_CHAT_INPUT_COMMANDS = 100;
export const MAX_CONTEXT_MENU_COMMANDS = 15;
export const MAX_OPTIONS = 25;
export const MAX_CHOICES = 25;
export const MAX_COMMAND_SIZE = 4_000;
/** Chat-input command and option names; Discord also requires lower case wherever a letter has one. */
export const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const CHAT_INPUT = 1;
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function checkName(name: unknown, at: Path, what: string): Problem[] {
  if (typeof name === 'string' && COMMAND_NAME.test(name) && name === name.toLowerCase()) return [];
  return [problem([...at, 'name'], `${what}.name`, 'APPLICATION_COMMAND_INVALID_NAME', `${what === 'command' ? 'Command' : 'Option'} name is invalid`)];
}

function checkDescription(description: unknown, at: Path, what: string): Problem[] {
  const found = lengthProblem([...at, 'description'], `${what}.description`, description, 1, 100);
  return found ? [found] : [];
}

function checkChoices(option: Json, at: Path): Problem[] {
  const choices = list(option['choices']);
  const problems: Problem[] = [];
  if (choices.length > MAX_CHOICES) problems.push(problem([...at, 'choices'], 'command.option.choices.count', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CHOICES} or fewer in length.`));
  if (choices.length > 0 && option['autocomplete'] === true) problems.push(problem([...at, 'autocomplete'], 'command.option.autocomplete', 'AUTOCOMPLETE_CHOICES_INVALID', 'Autocomplete cannot be set with choices'));
  choices.forEach((choice, index) => {
    const name = isObject(choice) ? choice['name'] : undefined;
    const found = lengthProblem([...at, 'choices', index, 'name'], 'command.option.choice.name', name, 1, 100);
    if (found) problems.push(found);
    const value = isObject(choice) ? choice['value'] : undefined;
    if (typeof value === 'string' && chars(value) > 100) problems.push(problem([...at, 'choices', index, 'value'], 'command.option.choice.value', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.'));
  });
  return problems;
}

function checkOption(option: unknown, at: Path): Problem[] {
  if (!isObject(option)) return [problem(at, 'command.option', 'MODEL_TYPE_CONVERT', 'Must be an object.')];
  const problems = [...checkName(option['name'], at, 'command.option'), ...checkDescription(option['description'], at, 'command.option')];
  const type = option['type'];
  if (typeof type !== 'number' || !Number.isInteger(type) || type < 1 || type > 11) {
    problems.push(problem([...at, 'type'], 'command.option.type', 'BASE_TYPE_CHOICES', 'Value must be one of 1-11.'));
  }
  if (type === SUB_COMMAND || type === SUB_COMMAND_GROUP) return [...problems, ...checkOptions(option['options'], at)];
  return [...problems, ...checkChoices(option, at)];
}

/** An options list: at most 25, unique names, and every required option before the first optional one. */
function checkOptions(value: unknown, at: Path): Problem[] {
  const options = list(value);
  const path = [...at, 'options'];
  const problems: Problem[] = [];
  if (options.length > MAX_OPTIONS) problems.push(problem(path, 'command.options.count', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_OPTIONS} or fewer in length.`));
  const names = options.map((option) => (isObject(option) ? option['name'] : undefined));
  if (new Set(names).size !== names.length) problems.push(problem(path, 'command.options.duplicate', 'APPLICATION_COMMAND_OPTION_NAME_NOT_UNIQUE', 'Option names must be unique'));
  const firstOptional = options.findIndex((option) => isObject(option) && option['required'] !== true);
  const lateRequired = options.findIndex((option, index) => firstOptional >= 0 && index > firstOptional && isObject(option) && option['required'] === true);
  if (lateRequired >= 0) problems.push(problem([...path, lateRequired, 'required'], 'command.options.required_order', 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options'));
  options.forEach((option, index) => problems.push(...checkOption(option, [...path, index])));
  return problems;
}

/** Characters a command weighs: names, descriptions and choice names and values, counting the longest localization. */
function commandSize(node: unknown): number {
  if (!isObject(node)) return 0;
  const longest = (key: string): number => {
    const localized = node[`${key}_localizations`];
    const variants = isObject(localized) ? Object.values(localized) : [];
    return Math.max(chars(node[key]), ...variants.map(chars));
  };
  const value = typeof node['value'] === 'string' ? chars(node['value']) : 0;
  const children = [...list(node['options']), ...list(node['choices'])];
  return longest('name') + longest('description') + value + children.reduce<number>((sum, child) => sum + commandSize(child), 0);
}

function checkCommand(command: unknown, at: Path): Problem[] {
  if (!isObject(command)) return [problem(at, 'command', 'MODEL_TYPE_CONVERT', 'Must be an object.')];
  const type = command['type'] ?? CHAT_INPUT;
  const problems: Problem[] = [];
  if (type === CHAT_INPUT) {
    problems.push(...checkName(command['name'], at, 'command'), ...checkDescription(command['description'], at, 'command'));
    problems.push(...checkOptions(command['options'], at));
  } else {
    const found = lengthProblem([...at, 'name'], 'command.name', command['name'], 1, 32);
    if (found) problems.push(found);
    if ((command['description'] ?? '') !== '') problems.push(problem([...at, 'description'], 'command.description', 'BASE_TYPE_MAX_LENGTH', 'Context menu commands cannot have a description'));
  }
  if (commandSize(command) > MAX_COMMAND_SIZE) problems.push(problem(at, 'command.size', 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${MAX_COMMAND_SIZE})`));
  return problems;
}

/** Judges a bulk overwrite (PUT of every command at once) the way Discord does, listing every problem. */
export function checkCommandList(body: unknown): Problem[] {
  if (!Array.isArray(body)) return [problem([], 'command.list', 'BASE_TYPE_ARRAY', 'Must be an array.')];
  const problems = body.flatMap((command, index) => checkCommand(command, [index]));
  const typeOf = (command: unknown): unknown => (isObject(command) ? (command['type'] ?? CHAT_INPUT) : undefined);
  const chatInput = body.filter((command) => typeOf(command) === CHAT_INPUT).length;
  if (chatInput > MAX_CHAT_INPUT_COMMANDS) problems.push(problem([], 'command.count', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CHAT_INPUT_COMMANDS} or fewer chat input commands.`));
  for (const contextType of [2, 3]) {
    if (body.filter((command) => typeOf(command) === contextType).length > MAX_CONTEXT_MENU_COMMANDS) {
      problems.push(problem([], 'command.count', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CONTEXT_MENU_COMMANDS} or fewer context menu commands of type ${contextType}.`));
    }
  }
  const keys = body.map((command) => `${String(typeOf(command))}:${String(isObject(command) ? command['name'] : '')}`);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) problems.push(problem([index, 'name'], 'command.name.duplicate', 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique'));
  });
  return problems;
}
