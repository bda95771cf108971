import type { APIApplicationCommand } from 'discord.js';
import { discordError, isRouteResponse, type RouteRequest, type RouteResponse } from '../http.js';
import { checkCommandList } from '../limits/commandLimits.js';
import { isObject } from '../limits/json.js';
import { invalidFormBody } from '../limits/problems.js';
import type { DoubleState } from '../state.js';
import type { RouteDefinition } from './routeTable.js';

const missingAccess = (): RouteResponse => discordError(403, 50001, 'Missing Access');

/** Echoes a command as Discord stores it; a command keeps its id when re-registered under the same name and type. */
function register(command: unknown, previous: readonly APIApplicationCommand[], state: DoubleState, guildId?: string): APIApplicationCommand {
  const json = isObject(command) ? command : {};
  const type = json['type'] ?? 1;
  const same = previous.find((old) => old.name === json['name'] && old.type === type);
  return {
    default_member_permissions: null, nsfw: false, integration_types: [0], contexts: null, description: '',
    ...json,
    type,
    id: same?.id ?? state.nextId(),
    application_id: state.applicationId,
    version: state.nextId(),
    ...(guildId ? { guild_id: guildId } : {}),
  } as APIApplicationCommand;
}

/** Which command list a request addresses, or the error Discord gives for another app or guild. */
function target(request: RouteRequest, state: DoubleState): { guildId?: string } | RouteResponse {
  if (request.params['app'] !== state.applicationId) return missingAccess();
  const guildId = request.params['guild'];
  if (guildId === undefined) return {};
  return guildId === state.world.guildId ? { guildId } : missingAccess();
}

function listCommands(request: RouteRequest, state: DoubleState): RouteResponse {
  const scope = target(request, state);
  if (isRouteResponse(scope)) return scope;
  const commands = scope.guildId ? (state.guildCommands.get(scope.guildId) ?? []) : state.globalCommands;
  return { status: 200, body: commands };
}

/** PUT replaces the whole list, after checking every registration limit; one problem refuses all of it. */
function overwriteCommands(request: RouteRequest, state: DoubleState): RouteResponse {
  const scope = target(request, state);
  if (isRouteResponse(scope)) return scope;
  const problems = checkCommandList(request.body);
  if (problems.length > 0) return invalidFormBody(problems);
  const previous = scope.guildId ? (state.guildCommands.get(scope.guildId) ?? []) : state.globalCommands;
  const commands = (request.body as unknown[]).map((command) => register(command, previous, state, scope.guildId));
  if (scope.guildId) state.guildCommands.set(scope.guildId, commands);
  else state.globalCommands = commands;
  return { status: 200, body: commands };
}

export const commandRoutes: RouteDefinition[] = [
  { method: 'GET', pattern: '/applications/:app/commands', auth: 'bot', handle: listCommands },
  { method: 'PUT', pattern: '/applications/:app/commands', auth: 'bot', handle: overwriteCommands },
  { method: 'GET', pattern: '/applications/:app/guilds/:guild/commands', auth: 'bot', handle: listCommands },
  { method: 'PUT', pattern: '/applications/:app/guilds/:guild/commands', auth: 'bot', handle: overwriteCommands },
];
