import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultStatus } from './types.js';

/** A broken limit or policy found while judging a request; the server records it with the route and time. */
export interface Finding {
  rule: string;
  detail: string;
  rejected: boolean;
}

/** What a route handler sees: the request decoded, nothing of Node's HTTP objects. */
export interface RouteRequest {
  method: string;
  route: string;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
  /** Number of files in a multipart upload. */
  files: number;
  receivedAt: number;
}

/** What a route handler answers, plus what the recorder should know about it. */
export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  findings?: Finding[];
  fault?: FaultStatus;
}

/** Tells a handler's early answer apart from the value it was looking up. */
export const isRouteResponse = (value: object): value is RouteResponse => 'status' in value;

export class BadBodyError extends Error {}

/** Reads a JSON body, or the `payload_json` part of a multipart upload (messages with attachments). */
export async function readBody(request: IncomingMessage): Promise<{ body: unknown; files: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: 0 };
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const json = form.get('payload_json');
    const files = [...form.values()].filter((value) => typeof value !== 'string').length;
    return { body: typeof json === 'string' ? parseJson(json) : {}, files };
  }
  return { body: parseJson(raw.toString('utf8')), files: 0 };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BadBodyError('The request body contains invalid JSON.');
  }
}

export function sendResponse(response: ServerResponse, answer: RouteResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  const text = JSON.stringify(answer.body);
  headers['content-type'] = 'application/json';
  response.writeHead(answer.status, headers).end(text);
}

/** An error body the way Discord shapes it: `{ message, code }`, plus form errors for 50035. */
export function discordError(status: number, code: number, message: string, extra: Partial<RouteResponse> = {}): RouteResponse {
  return { ...extra, status, body: { message, code } };
}

export const unauthorized = (): RouteResponse => discordError(401, 0, '401: Unauthorized');
export const notFound = (): RouteResponse => discordError(404, 0, '404: Not Found');
