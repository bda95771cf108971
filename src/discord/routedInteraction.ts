import type { APIInteractionResponseCallbackData } from 'discord.js';
import type { Choice, CommandOptions, Invoker } from './command.js';

/** A message body exactly as Discord's API takes it; the router always sets `allowed_mentions`. */
export type MessagePayload = APIInteractionResponseCallbackData & { allowed_mentions: { parse: [] } };

/** The ways to answer an interaction. The first call must be `reply` or `defer` (or `update`/`deferUpdate`). */
export interface Responder {
  /** First response: a message (callback type 4). */
  reply(payload: MessagePayload): Promise<void>;
  /** First response: "thinking…" (callback type 5); the answer comes later with `editReply`. */
  defer(ephemeral: boolean): Promise<void>;
  /** Replaces the original response (or fills in a deferred one). */
  editReply(payload: MessagePayload): Promise<void>;
  deleteReply(): Promise<void>;
  followUp(payload: MessagePayload): Promise<void>;
}

/** A button click may also change the message the button sits on. */
export interface ComponentResponder extends Responder {
  /** First response: edits the message carrying the button (callback type 7). */
  update(payload: MessagePayload): Promise<void>;
  /** First response: acknowledges the click; the message is edited later with `editReply` (callback type 6). */
  deferUpdate(): Promise<void>;
}

/**
 * An interaction as the router sees it: no discord.js types, so the router runs against small literal fakes in
 * unit tests, against discord.js in production, and against the console.
 */
export type RoutedInteraction =
  | { kind: 'command'; commandName: string; options: CommandOptions; invoker: Invoker; respond: Responder }
  | {
      kind: 'autocomplete';
      commandName: string;
      focused: { name: string; value: string };
      invoker: Invoker;
      respond(choices: Choice[]): Promise<void>;
    }
  | { kind: 'button'; customId: string; invoker: Invoker; respond: ComponentResponder };
