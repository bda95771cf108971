import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** Paths that must never reach a log line: tokens and keys, wherever they sit in a logged object. */
export const REDACTED_PATHS = [
  'token', '*.token', 'config.DISCORD_TOKEN', 'DISCORD_TOKEN', 'OPENAI_API_KEY', '*.OPENAI_API_KEY', 'apiKey', '*.apiKey',
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
];

/** Structured JSON logs on stderr (stdout stays free for the console and CLI output), secrets redacted. */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination as pino.DestinationStream);
}
