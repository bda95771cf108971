import { randomBytes } from 'node:crypto';

/** Discord's epoch, the first second of 2015: snowflakes count milliseconds from it. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/** Makes increasing snowflakes (timestamp << 22 | worker | increment), as Discord's ids are built. */
export function createSnowflakes(): () => string {
  let increment = 0n;
  return () => {
    const stamp = BigInt(Date.now()) - DISCORD_EPOCH;
    increment = (increment + 1n) & 0xfffn;
    return ((stamp << 22n) | (1n << 17n) | increment).toString();
  };
}

const base64url = (bytes: Buffer): string => bytes.toString('base64url');

/** A bot token in Discord's three-part shape: base64 user id, timestamp, HMAC. */
export function createBotToken(applicationId: string): string {
  const id = Buffer.from(applicationId).toString('base64').replace(/=+$/, '');
  return `${id}.${base64url(randomBytes(4))}.${base64url(randomBytes(28))}`;
}

/** An interaction token: long, URL-safe, and different for every interaction. */
export function createInteractionToken(interactionId: string): string {
  const inner = `${interactionId}:${base64url(randomBytes(96))}`;
  return `aW50ZXJhY3Rpb246${base64url(Buffer.from(inner))}`;
}

/** Epoch milliseconds with sub-millisecond precision, for acknowledgement timings. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}
