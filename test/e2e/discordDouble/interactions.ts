import type { APIInteraction, APIMessage } from 'discord.js';

/** One dispatched interaction and everything the bot has done with it so far. */
export interface InteractionEntry {
  id: string;
  token: string;
  type: number;
  payload: APIInteraction;
  sentAt: number;
  acknowledged?: { callbackType: number; at: number };
  /** The reply (or, for component updates, the message the component sits on). */
  original?: APIMessage;
  followUps: APIMessage[];
}

/** Interactions by id and by token, and the messages they produced. */
export class InteractionLedger {
  readonly #byId = new Map<string, InteractionEntry>();
  readonly #byToken = new Map<string, InteractionEntry>();

  add(entry: InteractionEntry): void {
    this.#byId.set(entry.id, entry);
    this.#byToken.set(entry.token, entry);
  }

  get(id: string): InteractionEntry | undefined {
    return this.#byId.get(id);
  }

  byToken(token: string): InteractionEntry | undefined {
    return this.#byToken.get(token);
  }

  /** Puts an edited message wherever it appears: a reply and a later click's view of it are one message. */
  replaceMessage(edited: APIMessage): void {
    for (const entry of this.#byId.values()) {
      if (entry.original?.id === edited.id) entry.original = edited;
      entry.followUps = entry.followUps.map((message) => (message.id === edited.id ? edited : message));
    }
  }

  /** A message any interaction produced, for component interactions that click on it. */
  findMessage(id: string): APIMessage | undefined {
    for (const entry of this.#byId.values()) {
      if (entry.original?.id === id) return entry.original;
      const followUp = entry.followUps.find((message) => message.id === id);
      if (followUp) return followUp;
    }
    return undefined;
  }
}
