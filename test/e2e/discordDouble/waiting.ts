import type { EventEmitter } from 'node:events';

/**
 * Resolves with the next `event` value that `match` accepts; rejects after `timeoutMs` or when `closed` aborts,
 * so a test never hangs on a double that was closed or a bot that never answered.
 */
export function nextEvent<T>(
  emitter: EventEmitter, event: string, match: (value: T) => boolean, timeoutMs: number, what: string, closed: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      closed.removeEventListener('abort', onClose);
    };
    const onEvent = (value: T): void => {
      if (!match(value)) return;
      stop();
      resolve(value);
    };
    const onClose = (): void => {
      stop();
      reject(new Error(`Discord double closed while waiting for ${what}`));
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    if (closed.aborted) return onClose();
    emitter.on(event, onEvent);
    closed.addEventListener('abort', onClose);
  });
}
