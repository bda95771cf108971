import { discordError, isRouteResponse, type RouteRequest, type RouteResponse } from '../http.js';
import { applyEdit, buildMessage } from '../messages.js';
import { replaceMessage, type DoubleState } from '../state.js';
import { judgeMessage } from './judgeMessage.js';
import type { RouteDefinition } from './routeTable.js';

const unknownChannel = (): RouteResponse => discordError(404, 10003, 'Unknown Channel');

function fetchChannel(request: RouteRequest, state: DoubleState): RouteResponse {
  return request.params['channel'] === state.world.channel.id ? { status: 200, body: state.world.channel } : unknownChannel();
}

/** Messages the bot posts on its own (daily summaries): same limits and mention policy as replies. */
function createMessage(request: RouteRequest, state: DoubleState): RouteResponse {
  if (request.params['channel'] !== state.world.channel.id) return unknownChannel();
  const verdict = judgeMessage(request.body, request.files, 'create');
  if (isRouteResponse(verdict)) return verdict;
  const message = buildMessage({
    id: state.nextId(), channelId: state.world.channel.id, author: state.world.botUser,
    body: request.body, files: request.files,
  }, state.nextId);
  state.channelMessages.push(message);
  return { status: 200, body: message, findings: verdict.findings };
}

function editMessage(request: RouteRequest, state: DoubleState): RouteResponse {
  if (request.params['channel'] !== state.world.channel.id) return unknownChannel();
  const message = state.channelMessages.find((candidate) => candidate.id === request.params['message']);
  if (!message) return discordError(404, 10008, 'Unknown Message');
  const verdict = judgeMessage(request.body, request.files, 'edit');
  if (isRouteResponse(verdict)) return verdict;
  const edited = applyEdit(message, request.body);
  replaceMessage(state, edited);
  return { status: 200, body: edited, findings: verdict.findings };
}

export const channelRoutes: RouteDefinition[] = [
  { method: 'GET', pattern: '/channels/:channel', auth: 'bot', handle: fetchChannel },
  { method: 'POST', pattern: '/channels/:channel/messages', auth: 'bot', handle: createMessage },
  { method: 'PATCH', pattern: '/channels/:channel/messages/:message', auth: 'bot', handle: editMessage },
];
