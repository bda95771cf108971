import type { APIMessage } from 'discord.js';
import { discordError, isRouteResponse, type RouteRequest, type RouteResponse } from '../http.js';
import type { InteractionEntry } from '../interactions.js';
import { applyEdit, buildMessage } from '../messages.js';
import { replaceMessage, type DoubleState } from '../state.js';
import { judgeMessage } from './judgeMessage.js';
import type { RouteDefinition } from './routeTable.js';

const unknownWebhook = (rule: string, detail: string): RouteResponse =>
  discordError(404, 10015, 'Unknown Webhook', { findings: [{ rule, detail, rejected: true }] });

/** The interaction a webhook token belongs to, if it is still alive and has been acknowledged. */
function interactionOf(request: RouteRequest, state: DoubleState): InteractionEntry | RouteResponse {
  if (request.params['app'] !== state.applicationId) return unknownWebhook('webhook.unknown', 'application id does not match');
  const entry = state.interactions.byToken(request.params['token'] ?? '');
  if (!entry) return discordError(401, 50027, 'Invalid Webhook Token', { findings: [{ rule: 'webhook.token', detail: 'no interaction has this token', rejected: true }] });
  const age = request.receivedAt - entry.sentAt;
  if (age > state.tokenLifetimeMs) {
    return discordError(401, 50027, 'Invalid Webhook Token', {
      findings: [{ rule: 'interaction.token_expired', detail: `token used ${Math.round(age)} ms after the interaction; it lives ${state.tokenLifetimeMs} ms`, rejected: true }],
    });
  }
  if (!entry.acknowledged) return unknownWebhook('interaction.not_acknowledged', 'follow-up or edit before the interaction was acknowledged');
  return entry;
}

type Located = { entry: InteractionEntry; message: APIMessage; isOriginal: boolean };

function locate(request: RouteRequest, state: DoubleState): Located | RouteResponse {
  const entry = interactionOf(request, state);
  if (isRouteResponse(entry)) return entry;
  const id = request.params['message'];
  const isOriginal = id === '@original' || id === entry.original?.id;
  const message = isOriginal ? entry.original : entry.followUps.find((followUp) => followUp.id === id);
  if (!message) return discordError(404, 10008, 'Unknown Message');
  return { entry, message, isOriginal };
}

function sendFollowUp(request: RouteRequest, state: DoubleState): RouteResponse {
  const entry = interactionOf(request, state);
  if (isRouteResponse(entry)) return entry;
  const verdict = judgeMessage(request.body, request.files, 'create');
  if (isRouteResponse(verdict)) return verdict;
  const channelId = entry.payload.channel?.id ?? state.world.channel.id;
  const message = buildMessage({ id: state.nextId(), channelId, author: state.world.botUser, body: request.body, files: request.files, webhookId: state.applicationId }, state.nextId);
  entry.followUps.push(message);
  return request.query.get('wait') === 'true' ? { status: 200, body: message, findings: verdict.findings } : { status: 204, findings: verdict.findings };
}

function editMessage(request: RouteRequest, state: DoubleState): RouteResponse {
  const found = locate(request, state);
  if (isRouteResponse(found)) return found;
  const verdict = judgeMessage(request.body, request.files, 'edit');
  if (isRouteResponse(verdict)) return verdict;
  const edited = applyEdit(found.message, request.body);
  replaceMessage(state, edited);
  return { status: 200, body: edited, findings: verdict.findings };
}

function fetchMessage(request: RouteRequest, state: DoubleState): RouteResponse {
  const found = locate(request, state);
  return isRouteResponse(found) ? found : { status: 200, body: found.message };
}

function deleteMessage(request: RouteRequest, state: DoubleState): RouteResponse {
  const found = locate(request, state);
  if (isRouteResponse(found)) return found;
  if (found.isOriginal) delete found.entry.original;
  else found.entry.followUps = found.entry.followUps.filter((followUp) => followUp.id !== found.message.id);
  return { status: 204 };
}

/** Follow-ups and edits of interaction responses: authorised by the interaction token, valid for 15 minutes. */
export const webhookRoutes: RouteDefinition[] = [
  { method: 'POST', pattern: '/webhooks/:app/:token', auth: 'none', handle: sendFollowUp },
  { method: 'PATCH', pattern: '/webhooks/:app/:token/messages/:message', auth: 'none', handle: editMessage },
  { method: 'GET', pattern: '/webhooks/:app/:token/messages/:message', auth: 'none', handle: fetchMessage },
  { method: 'DELETE', pattern: '/webhooks/:app/:token/messages/:message', auth: 'none', handle: deleteMessage },
];
