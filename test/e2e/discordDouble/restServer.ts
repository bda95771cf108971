import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadBodyError, discordError, notFound, readBody, sendResponse, unauthorized, type RouteResponse } from './http.js';
import { preciseNow } from './ids.js';
import { callbackRoutes } from './routes/callbackRoute.js';
import { channelRoutes } from './routes/channelRoutes.js';
import { commandRoutes } from './routes/commandRoutes.js';
import { gatewayRoutes } from './routes/gatewayRoutes.js';
import { createRouteMatcher } from './routes/routeTable.js';
import { webhookRoutes } from './routes/webhookRoutes.js';
import type { DoubleState } from './state.js';

const API_PREFIX = '/api/v10';
const matchRoute = createRouteMatcher([...gatewayRoutes, ...commandRoutes, ...callbackRoutes, ...webhookRoutes, ...channelRoutes]);

/** The interaction a route belongs to (by id for callbacks, by token for webhooks), for timings. */
function interactionOfRoute(route: string, state: DoubleState): { id: string; sentAt: number } | undefined {
  const callback = /^\/interactions\/([^/]+)\//.exec(route);
  if (callback?.[1]) return state.interactions.get(callback[1]);
  const webhook = /^\/webhooks\/[^/]+\/([^/?]+)/.exec(route);
  return webhook?.[1] ? state.interactions.byToken(webhook[1]) : undefined;
}

/** Paths arrive percent-encoded (`%40original`); records and faults use the readable form. */
function decodePath(path: string): string {
  try {
    return path.split('/').map(decodeURIComponent).join('/');
  } catch {
    return path;
  }
}

interface Target {
  /** As sent, for routing: an encoded segment never contains a slash. */
  path: string;
  route: string;
}

async function answer(request: IncomingMessage, { path, route }: Target, url: URL, receivedAt: number, state: DoubleState): Promise<{ response: RouteResponse; body: unknown }> {
  const method = request.method ?? 'GET';
  let parsed: { body: unknown; files: number };
  try {
    parsed = await readBody(request);
  } catch (error) {
    if (error instanceof BadBodyError) return { response: discordError(400, 50109, error.message), body: undefined };
    throw error;
  }
  const fault = state.faults.take(method, route);
  if (fault) return { response: fault, body: parsed.body };
  const match = url.pathname.startsWith(`${API_PREFIX}/`) ? matchRoute(method, path) : undefined;
  if (!match) return { response: notFound(), body: parsed.body };
  if (match.route.auth === 'bot' && request.headers.authorization !== `Bot ${state.token}`) return { response: unauthorized(), body: parsed.body };
  const routeRequest = { method, route, params: match.params, query: url.searchParams, receivedAt, ...parsed };
  return { response: await match.route.handle(routeRequest, state), body: parsed.body };
}

/** Serves the REST API: faults first, then routing, auth and the route's judgement; records each request before answering it. */
export function createRestHandler(state: DoubleState): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const receivedAt = preciseNow();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const route = decodePath(path);
    const method = request.method ?? 'GET';
    answer(request, { path, route }, url, receivedAt, state)
      .catch((error: unknown) => ({ response: discordError(500, 0, `double crashed: ${String(error)}`, { findings: [{ rule: 'double.crash', detail: String(error), rejected: true }] }), body: undefined }))
      .then(({ response: answered, body }) => {
        const interaction = interactionOfRoute(route, state);
        state.recorder.record({
          method, route, query: Object.fromEntries(url.searchParams), body, status: answered.status, receivedAt,
          authorized: request.headers.authorization !== undefined,
          ...(interaction ? { interactionId: interaction.id, msSinceDispatch: receivedAt - interaction.sentAt } : {}),
          ...(answered.fault ? { fault: answered.fault } : {}),
        });
        for (const finding of answered.findings ?? []) {
          state.recorder.violate({ ...finding, method, route, receivedAt, ...(interaction ? { interactionId: interaction.id } : {}) });
        }
        sendResponse(response, answered);
      });
  };
}
