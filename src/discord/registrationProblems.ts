import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { textLength } from '../format/truncate.js';

/** Discord's limits on registering slash commands (Application Commands > Registering a Command; Limits). */
export const MAX_COMMANDS = 100;
export const MAX_OPTIONS = 25;
export const MAX_OPTION_CHOICES = 25;
export const MAX_DESCRIPTION = 100;
export const MAX_CHOICE_TEXT = 100;
/** Names, descriptions and choices of one command together, counting its longest localization. */
export const MAX_COMMAND_CHARACTERS = 4_000;
/** Discord's pattern for command and option names; letters must also be lower case. */
export const COMMAND_NAME_PATTERN = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type CommandJSON = RESTPostAPIChatInputApplicationCommandsJSONBody;
type Described = { name: string; description: string; name_localizations?: unknown; description_localizations?: unknown };

function nameProblem(name: string, where: string): string[] {
  return COMMAND_NAME_PATTERN.test(name) && name === name.toLowerCase() ? [] : [`${where}: name "${name}" is not 1-32 lower-case letters, digits, - or _`];
}

function describedProblems(item: Described, where: string): string[] {
  const length = textLength(item.description ?? '');
  const description = length >= 1 && length <= MAX_DESCRIPTION ? [] : [`${where}: description is ${length} characters (allowed 1-${MAX_DESCRIPTION})`];
  return [...nameProblem(item.name ?? '', where), ...description];
}

function optionProblems(options: readonly APIApplicationCommandOption[], where: string): string[] {
  const problems: string[] = [];
  if (options.length > MAX_OPTIONS) problems.push(`${where}: ${options.length} options (at most ${MAX_OPTIONS})`);
  const names = options.map((option) => option.name);
  names.filter((name, i) => names.indexOf(name) !== i).forEach((name) => problems.push(`${where}: option "${name}" appears twice`));
  const firstOptional = options.findIndex((option) => !('required' in option && option.required));
  options.forEach((option, i) => {
    const at = `${where} ${option.name}`;
    problems.push(...describedProblems(option, at));
    if (firstOptional >= 0 && i > firstOptional && 'required' in option && option.required) problems.push(`${at}: required option after an optional one`);
    if ('options' in option && option.options) problems.push(...optionProblems(option.options, at));
    const choices = 'choices' in option ? (option.choices ?? []) : [];
    if (choices.length > MAX_OPTION_CHOICES) problems.push(`${at}: ${choices.length} choices (at most ${MAX_OPTION_CHOICES})`);
    if (choices.length > 0 && 'autocomplete' in option && option.autocomplete) problems.push(`${at}: autocomplete together with fixed choices`);
    for (const choice of choices) {
      const name = textLength(choice.name);
      if (name < 1 || name > MAX_CHOICE_TEXT) problems.push(`${at}: choice name "${choice.name.slice(0, 20)}" is ${name} characters (allowed 1-${MAX_CHOICE_TEXT})`);
      if (typeof choice.value === 'string' && textLength(choice.value) > MAX_CHOICE_TEXT) problems.push(`${at}: a choice value is over ${MAX_CHOICE_TEXT} characters`);
    }
  });
  return problems;
}

/** Characters Discord counts against a command's 4,000: every name, description and choice, at their longest localization. */
function characters(node: unknown): number {
  if (typeof node !== 'object' || node === null) return 0;
  const record = node as Record<string, unknown>;
  const longest = (key: string): number => {
    const localized = record[`${key}_localizations`];
    const variants = typeof localized === 'object' && localized !== null ? Object.values(localized) : [];
    return Math.max(0, ...[record[key], ...variants].map((text) => (typeof text === 'string' ? textLength(text) : 0)));
  };
  const children = [record['options'], record['choices']].flatMap((list) => (Array.isArray(list) ? list : []));
  return longest('name') + longest('description') + longest('value') + children.reduce<number>((sum, child) => sum + characters(child), 0);
}

/** Every way a set of slash commands breaks Discord's registration limits, one line each; empty when Discord would accept them. */
export function registrationProblems(commands: readonly CommandJSON[]): string[] {
  const problems: string[] = [];
  if (commands.length > MAX_COMMANDS) problems.push(`${commands.length} commands (at most ${MAX_COMMANDS})`);
  const names = commands.map((command) => command.name);
  names.filter((name, i) => names.indexOf(name) !== i).forEach((name) => problems.push(`/${name}: registered twice`));
  for (const command of commands) {
    const where = `/${command.name}`;
    problems.push(...describedProblems(command, where), ...optionProblems(command.options ?? [], where));
    const size = characters(command);
    if (size > MAX_COMMAND_CHARACTERS) problems.push(`${where}: ${size} characters of names, descriptions and choices (at most ${MAX_COMMAND_CHARACTERS})`);
  }
  return problems;
}
