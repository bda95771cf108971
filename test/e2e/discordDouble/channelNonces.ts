/** How long Discord remembers a message nonce for `enforce_nonce` ("the past few minutes"). */
export const NONCE_WINDOW_MS = 5 * 60_000;
/** Discord's limit on a nonce's length. */
export const MAX_NONCE_LENGTH = 25;

/**
 * The nonces of messages created with `enforce_nonce`, by author: a second create with the same author and nonce
 * within the window returns the first message instead of a new one.
 */
export class ChannelNonces {
  readonly #seen = new Map<string, { messageId: string; at: number }>();

  /** The message an earlier create with this author and nonce made, when still within the window. */
  earlier(authorId: string, nonce: string, now: number): string | undefined {
    const seen = this.#seen.get(`${authorId}:${nonce}`);
    return seen && now - seen.at < NONCE_WINDOW_MS ? seen.messageId : undefined;
  }

  remember(authorId: string, nonce: string, messageId: string, now: number): void {
    this.#seen.set(`${authorId}:${nonce}`, { messageId, at: now });
  }
}
