import type { APIMessage, APIMessageInteractionMetadata } from 'discord.js';
import { discordError, isRouteResponse, type Finding, type RouteRequest, type RouteResponse } from '../http.js';
import type { InteractionEntry } from '../interactions.js';
import { CALLBACK, checkCallbackBody } from '../limits/callbackLimits.js';
import { isObject } from '../limits/json.js';
import { invalidFormBody } from '../limits/problems.js';
import { applyEdit, buildMessage, LOADING_FLAG, MESSAGE_TYPE } from '../messages.js';
import { replaceMessage, type DoubleState } from '../state.js';
import { judgeMessage } from './judgeMessage.js';
import type { RouteDefinition } from './routeTable.js';

const unknownInteraction = (finding: Finding): RouteResponse => discordError(404, 10062, 'Unknown interaction', { findings: [finding] });

/** Refusals that do not depend on the body: unknown interaction, second acknowledgement, missed 3-second window. */
function admit(request: RouteRequest, state: DoubleState): InteractionEntry | RouteResponse {
  const entry = state.interactions.get(request.params['id'] ?? '');
  if (!entry || entry.token !== request.params['token']) return unknownInteraction({ rule: 'interaction.unknown', detail: 'no interaction with this id and token', rejected: true });
  if (entry.acknowledged) {
    return discordError(400, 40060, 'Interaction has already been acknowledged.', {
      findings: [{ rule: 'interaction.double_ack', detail: `already acknowledged with callback type ${entry.acknowledged.callbackType}`, rejected: true }],
    });
  }
  const elapsed = request.receivedAt - entry.sentAt;
  if (elapsed > state.ackWindowMs) {
    return unknownInteraction({ rule: 'interaction.ack_window', detail: `first response after ${Math.round(elapsed)} ms; the window is ${state.ackWindowMs} ms`, rejected: true });
  }
  return entry;
}

function responseMessage(entry: InteractionEntry, callbackType: number, data: unknown, files: number, state: DoubleState): APIMessage | undefined {
  const component = entry.payload.message;
  if (callbackType === CALLBACK.deferUpdate) return component;
  if (callbackType === CALLBACK.update) return component && applyEdit(component, data);
  if (callbackType !== CALLBACK.reply && callbackType !== CALLBACK.deferReply) return undefined;
  const user = entry.payload.member?.user ?? entry.payload.user;
  const interaction = user && ({ id: entry.id, type: entry.type, user, authorizing_integration_owners: entry.payload.authorizing_integration_owners } as APIMessageInteractionMetadata);
  const deferred = callbackType === CALLBACK.deferReply;
  return buildMessage({
    id: state.nextId(), channelId: entry.payload.channel?.id ?? state.world.channel.id, author: state.world.botUser,
    body: deferred ? { flags: isObject(data) ? data['flags'] : undefined } : data, files, type: MESSAGE_TYPE.chatInputCommand,
    webhookId: state.applicationId, ...(interaction ? { interaction } : {}), ...(deferred ? { extraFlags: LOADING_FLAG } : {}),
  }, state.nextId);
}

/** With `?with_response=true` Discord answers 200 and describes what the callback created. */
function callbackResponse(entry: InteractionEntry, callbackType: number, message: APIMessage | undefined): unknown {
  const flags = message?.flags ?? 0;
  return {
    interaction: {
      id: entry.id, type: entry.type, response_message_id: message?.id,
      response_message_loading: (flags & LOADING_FLAG) !== 0, response_message_ephemeral: (flags & 64) !== 0,
    },
    resource: { type: callbackType, ...(message ? { message } : {}) },
  };
}

function answerCallback(request: RouteRequest, state: DoubleState): RouteResponse {
  const entry = admit(request, state);
  if (isRouteResponse(entry)) return entry;
  const problems = checkCallbackBody(request.body, entry.type);
  if (problems.length > 0) return invalidFormBody(problems);
  const callbackType = (request.body as { type: number }).type;
  const data = (request.body as { data?: unknown }).data;
  let findings: Finding[] = [];
  if (callbackType === CALLBACK.reply || callbackType === CALLBACK.update) {
    const verdict = judgeMessage(data ?? {}, request.files, callbackType === CALLBACK.reply ? 'create' : 'edit', ['data']);
    if (isRouteResponse(verdict)) return verdict;
    findings = verdict.findings;
  }
  entry.acknowledged = { callbackType, at: request.receivedAt };
  entry.original = responseMessage(entry, callbackType, data, request.files, state);
  if (callbackType === CALLBACK.update && entry.original) replaceMessage(state, entry.original);
  if (request.query.get('with_response') !== 'true') return { status: 204, findings };
  return { status: 200, body: callbackResponse(entry, callbackType, entry.original), findings };
}

export const callbackRoutes: RouteDefinition[] = [
  { method: 'POST', pattern: '/interactions/:id/:token/callback', auth: 'none', handle: answerCallback },
];
