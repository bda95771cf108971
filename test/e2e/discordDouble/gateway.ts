import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { CLOSE, OP, readyPayload } from './gatewayPayloads.js';
import { preciseNow } from './ids.js';
import type { DoubleState } from './state.js';
import type { GatewayFrame, ReconnectMode } from './types.js';
import { nextEvent } from './waiting.js';
import { guildCreatePayload } from './world.js';

interface Frame {
  op: number;
  d?: unknown;
  s?: number;
  t?: string;
}

interface Session {
  id: string;
  seq: number;
  /** Recent dispatches, replayed after a RESUME that names an older sequence number. */
  log: Frame[];
}

type Arrival = 'identified' | 'resumed';
const REPLAY_BUFFER = 1_000;

/** The gateway at /gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME with replay, op 7. */
export class Gateway {
  readonly frames: GatewayFrame[] = [];
  readonly #state: DoubleState;
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #arrivals = new EventEmitter();
  readonly #authenticated = new WeakSet<WebSocket>();
  readonly #closed = new AbortController();
  #session: Session | undefined;
  #live: WebSocket | undefined;

  constructor(state: DoubleState) {
    this.#state = state;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway') {
      socket.destroy();
      return;
    }
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, url.searchParams));
  }

  /** Sends a dispatch to the bot, or keeps it for replay when the bot is between connections. */
  dispatch(t: string, d: unknown): void {
    const session = this.#session;
    if (!session) throw new Error('The bot has not identified with the gateway yet (await waitForReady first)');
    const frame: Frame = { op: OP.dispatch, t, s: ++session.seq, d };
    session.log.push(frame);
    if (session.log.length > REPLAY_BUFFER) session.log.shift();
    if (this.#live?.readyState === WebSocket.OPEN) this.#send(this.#live, frame);
  }

  waitForReady(timeoutMs: number): Promise<void> {
    if (this.#session && this.#live) return Promise.resolve();
    return this.#nextArrival(timeoutMs, 'the bot to identify').then(() => undefined);
  }

  /** Op 7 asks the bot to reconnect; dropping the socket (close code 1006) makes it do so on its own. */
  reconnect(mode: ReconnectMode, timeoutMs: number): Promise<Arrival> {
    const live = this.#live;
    if (!live) return Promise.reject(new Error('No live gateway connection to reconnect'));
    const arrival = this.#nextArrival(timeoutMs, 'the bot to come back after a reconnect');
    if (mode === 'op7') this.#send(live, { op: OP.reconnect, d: null });
    else live.terminate();
    return arrival;
  }

  close(): void {
    this.#closed.abort();
    for (const client of this.#server.clients) client.terminate();
    this.#server.close();
  }

  #accept(ws: WebSocket, params: URLSearchParams): void {
    ws.on('error', () => undefined);
    if (params.get('v') !== '10' || params.get('encoding') !== 'json') {
      this.#violate('gateway.query', `connected with ?${params.toString()}; expected v=10&encoding=json`);
      ws.close(CLOSE.invalidApiVersion, 'Invalid API version');
      return;
    }
    ws.on('message', (data: Buffer, isBinary: boolean) => this.#receive(ws, data, isBinary));
    ws.on('close', () => {
      if (this.#live === ws) this.#live = undefined;
    });
    this.#send(ws, { op: OP.hello, d: { heartbeat_interval: this.#state.heartbeatIntervalMs } });
  }

  #receive(ws: WebSocket, data: Buffer, isBinary: boolean): void {
    let frame: Frame;
    try {
      if (isBinary) throw new Error('binary frame without negotiated compression');
      frame = JSON.parse(data.toString('utf8')) as Frame;
    } catch {
      ws.close(CLOSE.decodeError, 'Error while decoding payload.');
      return;
    }
    this.frames.push({ direction: 'in', op: frame.op, d: frame.d, at: preciseNow() });
    if (frame.op === OP.heartbeat) this.#send(ws, { op: OP.heartbeatAck });
    else if (frame.op === OP.identify) this.#identify(ws, frame.d);
    else if (frame.op === OP.resume) this.#resume(ws, frame.d);
    else if (!Object.values(OP).includes(frame.op as never)) ws.close(CLOSE.unknownOpcode, 'Unknown opcode.');
    else if (!this.#authenticated.has(ws)) ws.close(CLOSE.notAuthenticated, 'Not authenticated.');
  }

  #identify(ws: WebSocket, d: unknown): void {
    if (this.#authenticated.has(ws)) return ws.close(CLOSE.alreadyAuthenticated, 'Already authenticated.');
    const identify = (d ?? {}) as { token?: unknown; shard?: [number, number] };
    if (identify.token !== this.#state.token) return ws.close(CLOSE.authenticationFailed, 'Authentication failed.');
    this.#state.identifies += 1;
    this.#authenticated.add(ws);
    this.#session = { id: randomBytes(16).toString('hex'), seq: 0, log: [] };
    this.#live?.terminate();
    this.#live = ws;
    this.dispatch('READY', readyPayload(this.#state, this.#session.id, identify.shard ?? [0, 1]));
    this.dispatch('GUILD_CREATE', guildCreatePayload(this.#state.world));
    this.#arrivals.emit('arrival', 'identified');
  }

  #resume(ws: WebSocket, d: unknown): void {
    const resume = (d ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    if (resume.token !== this.#state.token) return ws.close(CLOSE.authenticationFailed, 'Authentication failed.');
    const session = this.#session;
    const seq = typeof resume.seq === 'number' ? resume.seq : -1;
    if (!session || resume.session_id !== session.id || seq < 0 || seq > session.seq) {
      this.#send(ws, { op: OP.invalidSession, d: false });
      return;
    }
    this.#authenticated.add(ws);
    this.#live = ws;
    for (const frame of session.log) if ((frame.s ?? 0) > seq) this.#send(ws, frame);
    this.dispatch('RESUMED', null);
    this.#arrivals.emit('arrival', 'resumed');
  }

  #send(ws: WebSocket, frame: Frame): void {
    ws.send(JSON.stringify(frame));
    this.frames.push({ direction: 'out', op: frame.op, d: frame.d, at: preciseNow(), ...(frame.t ? { t: frame.t } : {}), ...(frame.s ? { s: frame.s } : {}) });
  }

  #violate(rule: string, detail: string): void {
    this.#state.recorder.violate({ rule, detail, method: 'WS', route: '/gateway', receivedAt: preciseNow(), rejected: true });
  }

  #nextArrival(timeoutMs: number, what: string): Promise<Arrival> {
    return nextEvent<Arrival>(this.#arrivals, 'arrival', () => true, timeoutMs, what, this.#closed.signal);
  }
}
