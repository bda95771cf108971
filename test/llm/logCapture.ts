import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

/** A real logger writing JSON lines into memory, to check what was logged (and that secrets were not). */
export function captureLogs(): { logger: Logger; lines: () => Array<Record<string, unknown>>; text: () => string } {
  let buffer = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      buffer += String(chunk);
      done();
    },
  });
  return {
    logger: createLogger('info', sink),
    text: () => buffer,
    lines: () => buffer.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
