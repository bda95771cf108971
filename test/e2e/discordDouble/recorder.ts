import { EventEmitter } from 'node:events';
import type { CapturedRequest, Violation } from './types.js';
import { nextEvent } from './waiting.js';

/** Keeps every request and violation in arrival order and lets tests wait for the one they expect. */
export class Recorder {
  readonly captured: CapturedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly #events = new EventEmitter();
  readonly #closed = new AbortController();

  record(request: CapturedRequest): void {
    this.captured.push(request);
    this.#events.emit('request', request);
  }

  violate(violation: Violation): void {
    this.violations.push(violation);
  }

  /** Resolves with the first captured request (past or future) that matches; rejects after `timeoutMs`. */
  waitFor(match: (request: CapturedRequest) => boolean, timeoutMs: number, what: string): Promise<CapturedRequest> {
    const found = this.captured.find(match);
    if (found) return Promise.resolve(found);
    return nextEvent(this.#events, 'request', match, timeoutMs, what, this.#closed.signal);
  }

  /** Rejects every pending wait, so a test never hangs on a closed double. */
  close(): void {
    this.#closed.abort();
  }
}
