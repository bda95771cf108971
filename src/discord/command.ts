import type { APIEmbed, APIActionRowComponent, APIComponentInMessageActionRow, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { FactStore } from '../facts/store.js';
import type { DailyServices } from '../jobs/dailyTypes.js';
import type { LlmLayer } from '../llm/llmLayer.js';
import type { Logger } from '../logger.js';

/** What every command gets, built once in the entry point. */
export interface BotContext {
  store: FactStore;
  logger: Logger;
  now: () => Date;
  config: Config;
  /** The optional LLM layer (issue 4); null or absent when it is off, and every command answers without it. */
  llm?: LlmLayer | null;
  /** Posting daily digests (issue 5); only the Discord bot has it, not the local console. */
  daily?: DailyServices | null;
}

/** Option values as the user gave them, by option name (strings, numbers, booleans). */
export type CommandOptions = Readonly<Record<string, string | number | boolean | undefined>>;

/** Who is asking, where: enough for rate limits, permissions and logs, without discord.js types. */
export interface Invoker {
  userId: string;
  guildId: string | null;
  channelId: string | null;
  /**
   * The member's permissions in the channel as Discord sends them (`member.permissions`, a decimal bitfield);
   * absent outside a server and on the local console.
   */
  permissions?: string | null;
}

/**
 * The option under which a command with subcommands receives the one chosen (`/daily setup` gives
 * `{ subcommand: 'setup', ... }`); no command may name an option of its own so.
 */
export const SUBCOMMAND = 'subcommand';

/** A reply as Discord's API shapes it: rendered to embeds in Discord, to text on the local console. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
  /** Shown only to the user who asked. */
  ephemeral?: boolean;
}

/** One autocomplete choice: Discord allows 25, names of 1-100 characters. */
export interface Choice {
  name: string;
  value: string;
}

/**
 * A slash command. No try/catch inside: throw `UserError` for anything the user can fix; the router turns errors
 * into ephemeral replies (and logs bugs).
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * May take longer than Discord's 3-second window: the router defers before executing. A function decides per
   * invocation (a subcommand that calls the model is slow, one that reads a setting is not).
   */
  slow?: boolean | ((options: CommandOptions) => boolean);
  /** Answers only the user who asked: a deferral shows "thinking…" to them alone too. */
  ephemeral?: boolean;
  execute(options: CommandOptions, ctx: BotContext, invoker: Invoker): Promise<Reply>;
  autocomplete?(focused: { name: string; value: string }, ctx: BotContext): Promise<Choice[]> | Choice[];
  /** Buttons on a reply (pagination) come back with their custom id. */
  button?(customId: string, ctx: BotContext, invoker: Invoker): Promise<Reply>;
}

/** A problem the user can fix (unknown ticker, bad option): shown to them, ephemeral, never logged as a bug. */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** What the user is shown: the message itself, privately, unless a reply is given. */
  readonly reply: Reply;
  constructor(message: string, reply?: Reply) {
    super(message);
    this.reply = reply ?? { content: message, ephemeral: true };
  }
}
