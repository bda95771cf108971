import { Routes, type APIApplicationCommand, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { diffCommands, type CommandDiff } from './commandDiff.js';

type CommandJSON = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Where commands go: one guild (instant, for development) or every guild the bot is in (global). */
export interface RegistrationScope {
  applicationId: string;
  guildId?: string | undefined;
}

export const scopeRoute = ({ applicationId, guildId }: RegistrationScope): `/${string}` =>
  guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);

export const describeScope = ({ guildId }: RegistrationScope): string => (guildId ? `guild ${guildId}` : 'every guild (global)');

/** What Discord has registered now, and how the code's commands differ from it. */
export async function compareRegistered(rest: REST, scope: RegistrationScope, commands: readonly CommandJSON[]): Promise<{ registered: APIApplicationCommand[]; diff: CommandDiff }> {
  const registered = (await rest.get(scopeRoute(scope))) as APIApplicationCommand[];
  return { registered, diff: diffCommands(commands, registered) };
}

/** Replaces every registered command of the scope with these (Discord's bulk overwrite); returns Discord's echo. */
export async function registerCommands(rest: REST, scope: RegistrationScope, commands: readonly CommandJSON[]): Promise<APIApplicationCommand[]> {
  return (await rest.put(scopeRoute(scope), { body: commands })) as APIApplicationCommand[];
}
