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

/** A request as the double sees it before routing. */
interface Incoming {
  method: string;
  /** Path after `/api/v10` as sent, for routing (an encoded segment never contains a slash); unset outside the API. */
  path: string | undefined;
  /** The same, decoded, for records and fault patterns. */
  route: string;
  url: URL;
  receivedAt: number;
}

function describe(request: IncomingMessage): Incoming {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : undefined;
  return { method: request.method ?? 'GET', path, route: decodePath(path ?? url.pathname), url, receivedAt: preciseNow() };
}

type Answered = { response: RouteResponse; body: unknown };

async function answer(request: IncomingMessage, incoming: Incoming, state: DoubleState): Promise<Answered> {
  const { method, path, route, url, receivedAt } = incoming;
  let parsed: { body: unknown; files: number };
  try {
    parsed = await readBody(request);
  } catch (error) {
    if (error instanceof BadBodyError) return { response: discordError(400, 50109, error.message), body: undefined };
    throw error;
  }
  const fault = state.faults.take(method, route);
  if (fault) return { response: fault, body: parsed.body };
  const match = path === undefined ? undefined : matchRoute(method, path);
  if (!match) return { response: notFound(), body: parsed.body };
  if (match.route.auth === 'bot' && request.headers.authorization !== `Bot ${state.token}`) return { response: unauthorized(), body: parsed.body };
  const routeRequest = { method, route, params: match.params, query: url.searchParams, receivedAt, ...parsed };
  return { response: await match.route.handle(routeRequest, state), body: parsed.body };
}

function record(state: DoubleState, incoming: Incoming, authorized: boolean, { response, body }: Answered): void {
  const { method, route, url, receivedAt } = incoming;
  const interaction = interactionOfRoute(route, state);
  const link = interaction ? { interactionId: interaction.id } : {};
  state.recorder.record({
    method, route, query: Object.fromEntries(url.searchParams), body, status: response.status, receivedAt, authorized, ...link,
    ...(interaction ? { msSinceDispatch: receivedAt - interaction.sentAt } : {}),
    ...(response.fault ? { fault: response.fault } : {}),
  });
  for (const finding of response.findings ?? []) state.recorder.violate({ ...finding, method, route, receivedAt, ...link });
}

const crashed = (error: unknown): Answered => ({
  response: discordError(500, 0, `double crashed: ${String(error)}`, { findings: [{ rule: 'double.crash', detail: String(error), rejected: true }] }),
  body: undefined,
});

/** Serves the REST API: faults first, then routing, auth and the route's judgement; records each request before answering it. */
export function createRestHandler(state: DoubleState): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const incoming = describe(request);
    void answer(request, incoming, state)
      .catch(crashed)
      .then((answered) => {
        record(state, incoming, request.headers.authorization !== undefined, answered);
        sendResponse(response, answered.response);
      });
  };
}
