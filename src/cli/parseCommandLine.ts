import { ApplicationCommandOptionType, type APIApplicationCommandOption, type APIApplicationCommandSubcommandOption } from 'discord.js';
import { SUBCOMMAND, type Command, type CommandOptions } from '../discord/command.js';

/** A console line read against the commands' option definitions, or why it cannot be run. */
export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'command'; command: Command; options: CommandOptions }
  | { kind: 'error'; message: string };

type Value = string | number | boolean;
/** Words, with "double" or 'single' quotes keeping spaces inside one word (also after `name:`). */
const WORD = /(?:[^\s"']+|"[^"]*"?|'[^']*'?)+/g;
const NAMED = /^([-_\p{L}\p{N}]{1,32}):(.*)$/su;

const isSubcommand = (option: APIApplicationCommandOption): option is APIApplicationCommandSubcommandOption =>
  option.type === ApplicationCommandOptionType.Subcommand;

/** `/quote ticker:<text> [listing:<text>]`, or `/daily <setup|preview|…>`: how to call a command, from its definition. */
export function commandUsage(command: Command): string {
  const subcommands = (command.data.options ?? []).filter(isSubcommand);
  if (subcommands.length > 0) return `/${command.data.name} <${subcommands.map((option) => option.name).join('|')}>`;
  const options = (command.data.options ?? []).map((option) => {
    const text = `${option.name}:<${ApplicationCommandOptionType[option.type]?.toLowerCase() ?? 'value'}>`;
    return 'required' in option && option.required ? text : `[${text}]`;
  });
  return [`/${command.data.name}`, ...options].join(' ');
}

const unquote = (word: string): string => word.replace(/"([^"]*)"?|'([^']*)'?/g, (_, double?: string, single?: string) => double ?? single ?? '');

/** Converts typed text to the option's type and checks what Discord would have checked before the command ran. */
function toValue(option: APIApplicationCommandOption, text: string): Value | string[] {
  const problem = (what: string): string[] => [`${option.name}: ${what}`];
  let value: Value;
  switch (option.type) {
    case ApplicationCommandOptionType.String:
      value = text;
      if ('min_length' in option && option.min_length !== undefined && text.length < option.min_length) return problem(`at least ${option.min_length} characters`);
      if ('max_length' in option && option.max_length !== undefined && text.length > option.max_length) return problem(`at most ${option.max_length} characters`);
      break;
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      value = Number(text);
      if (!/^-?\d+(\.\d+)?$/.test(text) || (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(value))) {
        return problem(`"${text}" is not ${option.type === ApplicationCommandOptionType.Integer ? 'a whole number' : 'a number'}`);
      }
      if ('min_value' in option && option.min_value !== undefined && value < option.min_value) return problem(`at least ${option.min_value}`);
      if ('max_value' in option && option.max_value !== undefined && value > option.max_value) return problem(`at most ${option.max_value}`);
      break;
    case ApplicationCommandOptionType.Boolean:
      if (!/^(true|false|yes|no)$/i.test(text)) return problem('true or false');
      value = /^(true|yes)$/i.test(text);
      break;
    default:
      return problem('this kind of option cannot be given on the console');
  }
  const choices = 'choices' in option ? (option.choices ?? []) : [];
  if (choices.length === 0) return value;
  const choice = choices.find((c) => String(c.value) === String(value) || c.name.toLowerCase() === text.toLowerCase());
  return choice ? choice.value : problem(`one of ${choices.map((c) => c.name).join(', ')}`);
}

/** The words after the command: `name:value` for a named option, else the next unfilled option; the last takes the rest. */
function assignWords(words: readonly string[], definitions: readonly APIApplicationCommandOption[]): Map<string, string> | string {
  const given = new Map<string, string>();
  const positional: string[] = [];
  for (const word of words) {
    const named = NAMED.exec(word);
    const name = named?.[1]?.toLowerCase();
    if (named && definitions.some((option) => option.name === name)) given.set(name ?? '', unquote(named[2] ?? ''));
    else positional.push(unquote(word));
  }
  const open = definitions.filter((option) => !given.has(option.name));
  if (positional.length > 0 && open.length === 0) return `unexpected "${positional.join(' ')}"`;
  open.forEach((option, i) => {
    const taken = i === open.length - 1 ? positional.splice(0).join(' ') : positional.shift();
    if (taken) given.set(option.name, taken);
  });
  return given;
}

/** The options a line fills: the command's own, or those of the subcommand its first word names (`/daily preview`). */
function chooseSubcommand(command: Command, words: readonly string[]): { definitions: readonly APIApplicationCommandOption[]; words: readonly string[]; subcommand?: string } | string {
  const definitions = command.data.options ?? [];
  if (definitions.some((option) => option.type === ApplicationCommandOptionType.SubcommandGroup)) return `/${command.data.name} has subcommand groups, which the console cannot run`;
  const subcommands = definitions.filter(isSubcommand);
  if (subcommands.length === 0) return { definitions, words };
  const [first = '', ...rest] = words;
  const subcommand = subcommands.find((option) => option.name === first.toLowerCase());
  if (!subcommand) return `${first ? `Unknown subcommand "${first}"` : 'Missing a subcommand'}. Usage: ${commandUsage(command)}`;
  return { definitions: subcommand.options ?? [], words: rest, subcommand: subcommand.name };
}

/**
 * Reads `/quote BABA`, `/quote ticker:"alibaba group"` or `/news alibaba 5` into a command and its options, as Discord
 * would deliver them. A line without a slash asks `fallback` (e.g. `BABA` means `/quote BABA`).
 */
export function parseCommandLine(line: string, commands: readonly Command[], fallback?: string): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  const words = text.startsWith('/') ? (text.slice(1).match(WORD) ?? []) : [fallback ?? '', ...(text.match(WORD) ?? [])];
  const [name = '', ...rest] = words;
  const command = commands.find((c) => c.data.name === name.toLowerCase());
  if (!command) return { kind: 'error', message: `Unknown command /${name}. Commands: ${commands.map((c) => `/${c.data.name}`).join(', ')}` };
  const chosen = chooseSubcommand(command, rest);
  if (typeof chosen === 'string') return { kind: 'error', message: chosen };
  const { definitions, subcommand } = chosen;
  const given = assignWords(chosen.words, definitions);
  if (typeof given === 'string') return { kind: 'error', message: `${given}. Usage: ${commandUsage(command)}` };
  const problems: string[] = [];
  const options: Record<string, Value> = subcommand ? { [SUBCOMMAND]: subcommand } : {};
  for (const option of definitions) {
    const raw = given.get(option.name);
    if (raw === undefined) {
      if ('required' in option && option.required) problems.push(`${option.name}: required`);
      continue;
    }
    const value = toValue(option, raw);
    if (Array.isArray(value)) problems.push(...value);
    else options[option.name] = value;
  }
  if (problems.length > 0) return { kind: 'error', message: `${problems.join('; ')}. Usage: ${commandUsage(command)}` };
  return { kind: 'command', command, options };
}
