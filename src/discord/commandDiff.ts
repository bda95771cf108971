import { isDeepStrictEqual } from 'node:util';
import type { APIApplicationCommand, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** How the commands in the code differ from those Discord has registered. */
export interface CommandDiff {
  added: string[];
  /** Command name and the top-level fields that differ. */
  changed: Array<{ name: string; fields: string[] }>;
  removed: string[];
  unchanged: string[];
}

/** Fields Discord fills in itself, never sent by us. */
const ASSIGNED = new Set(['id', 'application_id', 'version', 'guild_id']);

/**
 * A value with the defaults Discord leaves out removed (`required: false`, `null`, empty lists and objects), so a
 * command compares equal to its registered echo.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).flatMap(([key, inner]) => {
    const clean = canonical(inner);
    const empty = clean === false || clean === null || clean === undefined
      || (Array.isArray(clean) && clean.length === 0) || (typeof clean === 'object' && clean !== null && Object.keys(clean).length === 0);
    return empty ? [] : [[key, clean] as const];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The fields of a local command whose value differs from the registered one (fields we do not send are Discord's to keep). */
function changedFields(local: RESTPostAPIChatInputApplicationCommandsJSONBody, registered: APIApplicationCommand): string[] {
  const ours = canonical(local) as Record<string, unknown>;
  const theirs = canonical(registered) as Record<string, unknown>;
  const keys = new Set([...Object.keys(ours), ...(['description', 'options'] as const)]);
  return [...keys].filter((key) => !ASSIGNED.has(key) && !isDeepStrictEqual(ours[key], theirs[key])).sort();
}

export function diffCommands(local: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[], registered: readonly APIApplicationCommand[]): CommandDiff {
  const diff: CommandDiff = { added: [], changed: [], removed: [], unchanged: [] };
  const byName = new Map(registered.map((command) => [command.name, command]));
  for (const command of local) {
    const existing = byName.get(command.name);
    if (!existing) diff.added.push(command.name);
    else {
      const fields = changedFields(command, existing);
      if (fields.length > 0) diff.changed.push({ name: command.name, fields });
      else diff.unchanged.push(command.name);
    }
  }
  const localNames = new Set(local.map((command) => command.name));
  diff.removed = registered.filter((command) => !localNames.has(command.name)).map((command) => command.name);
  return diff;
}

/** One line per command: `+` added, `~` changed (with the fields), `-` removed, `=` unchanged. */
export function formatCommandDiff(diff: CommandDiff): string[] {
  return [
    ...diff.added.map((name) => `+ /${name}  (new)`),
    ...diff.changed.map(({ name, fields }) => `~ /${name}  (changed: ${fields.join(', ')})`),
    ...diff.removed.map((name) => `- /${name}  (registered, not in the code: would be removed)`),
    ...diff.unchanged.map((name) => `= /${name}`),
  ];
}

export const isUpToDate = (diff: CommandDiff): boolean => diff.added.length + diff.changed.length + diff.removed.length === 0;
