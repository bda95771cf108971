import { discordError, isRouteResponse, type RouteRequest, type RouteResponse } from '../http.js';
import { applyEdit, buildMessage } from '../messages.js';
import { replaceMessage, type DoubleState } from '../state.js';
import { MAX_NONCE_LENGTH } from '../channelNonces.js';
import { missingToPost } from '../channelPermissions.js';
import { isObject } from '../limits/json.js';
import { invalidFormBody, problem } from '../limits/problems.js';
import { judgeMessage } from './judgeMessage.js';
import type { RouteDefinition } from './routeTable.js';

const unknownChannel = (): RouteResponse => discordError(404, 10003, 'Unknown Channel');

function fetchChannel(request: RouteRequest, state: DoubleState): RouteResponse {
  return request.params['channel'] === state.world.channel.id ? { status: 200, body: state.world.channel } : unknownChannel();
}

const missingPermissions = (missing: readonly string[]): RouteResponse =>
  discordError(403, 50013, 'Missing Permissions', { findings: [{ rule: 'channel.permissions', detail: `the bot lacks ${missing.join(', ')}`, rejected: true }] });

/** The nonce Discord would hold the body to: a string or integer of at most 25 characters, only with `enforce_nonce`. */
function enforcedNonce(body: unknown): string | RouteResponse | undefined {
  const json = isObject(body) ? body : {};
  const nonce = json['nonce'];
  if (nonce === undefined || nonce === null) return undefined;
  if ((typeof nonce !== 'string' && typeof nonce !== 'number') || String(nonce).length > MAX_NONCE_LENGTH) {
    return invalidFormBody([problem(['nonce'], 'message.nonce', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_NONCE_LENGTH} or fewer in length.`)]);
  }
  return json['enforce_nonce'] === true ? String(nonce) : undefined;
}

/**
 * Messages the bot posts on its own (daily digests): same limits and mention policy as replies, refused without
 * View Channel and Send Messages there, and with `enforce_nonce` a repeated nonce returns the earlier message.
 */
function createMessage(request: RouteRequest, state: DoubleState): RouteResponse {
  if (request.params['channel'] !== state.world.channel.id) return unknownChannel();
  const missing = missingToPost(state.world);
  if (missing.length > 0) return missingPermissions(missing);
  const verdict = judgeMessage(request.body, request.files, 'create');
  if (isRouteResponse(verdict)) return verdict;
  const nonce = enforcedNonce(request.body);
  if (typeof nonce === 'object') return nonce;
  const author = state.world.botUser;
  const earlier = nonce === undefined ? undefined : state.nonces.earlier(author.id, nonce, request.receivedAt);
  const known = earlier === undefined ? undefined : state.channelMessages.find((message) => message.id === earlier);
  if (known) return { status: 200, body: known, findings: verdict.findings };
  const message = {
    ...buildMessage({ id: state.nextId(), channelId: state.world.channel.id, author, body: request.body, files: request.files }, state.nextId),
    ...(nonce === undefined ? {} : { nonce }),
  };
  if (nonce !== undefined) state.nonces.remember(author.id, nonce, message.id, request.receivedAt);
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
