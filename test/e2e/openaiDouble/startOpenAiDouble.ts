import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the double received: what the bot sent to the model. */
export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: { model?: string; messages?: Array<{ role: string; content?: string | null }>; tools?: unknown[]; [key: string]: unknown };
}

/** How the double answers one request: a JSON body, raw text, or never (a hang past the client's timeout). */
export interface ScriptedResponse {
  status?: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  hang?: boolean;
}

export type Responder = ScriptedResponse | ((request: RecordedRequest) => ScriptedResponse);

/** A local OpenAI-compatible endpoint answering from a per-test script, recording every request. */
export interface OpenAiDouble {
  /** `http://127.0.0.1:<port>/v1`, as OPENAI_BASE_URL. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues answers, one per request in order; a request beyond the script gets a 500 naming the gap. */
  script(...responders: Responder[]): void;
  /** Answers left unused (a test that scripted more than the bot asked for). */
  readonly pending: number;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<RecordedRequest['body']> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as RecordedRequest['body']) : {};
}

function send(response: ServerResponse, answer: ScriptedResponse): void {
  if (answer.hang) return;
  const text = answer.raw ?? JSON.stringify(answer.body ?? {});
  response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
  response.end(text);
}

/** Starts the double on 127.0.0.1 at a free port. */
export async function startOpenAiDouble(): Promise<OpenAiDouble> {
  const queue: Responder[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    void (async () => {
      const recorded: RecordedRequest = { path: request.url ?? '', authorization: request.headers.authorization, body: await readBody(request) };
      requests.push(recorded);
      const next = queue.shift();
      if (!next) return send(response, { status: 500, body: { error: { message: `no scripted response for request ${requests.length}` } } });
      send(response, typeof next === 'function' ? next(recorded) : next);
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...responders) => void queue.push(...responders),
    get pending() {
      return queue.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
