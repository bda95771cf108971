import type { APIApplicationCommand, APIApplicationCommandInteractionDataOption, APIMessage, APITextChannel } from 'discord.js';

/** Settings for a double; every one has a Discord-like default. */
export interface DiscordDoubleOptions {
  /** The bot token the double accepts (default: a random token in Discord's format). */
  token?: string;
  /** Time allowed for the first response to an interaction (Discord: 3 s). Shorten it for fast tests. */
  ackWindowMs?: number;
  /** Lifetime of an interaction token for follow-ups and edits (Discord: 15 minutes). */
  tokenLifetimeMs?: number;
  /** Heartbeat interval announced in HELLO (Discord: about 41 s). */
  heartbeatIntervalMs?: number;
}

/** One HTTP request the double received, with the answer it gave. */
export interface CapturedRequest {
  method: string;
  /** Path after `/api/v10`, decoded, without the query, e.g. `/webhooks/123/abc/messages/@original`. */
  route: string;
  query: Record<string, string>;
  /** Parsed JSON body (for multipart uploads: the `payload_json` part). */
  body: unknown;
  status: number;
  /** Epoch milliseconds with sub-millisecond precision. */
  receivedAt: number;
  /** Set on interaction and webhook routes that belong to a dispatched interaction. */
  interactionId?: string;
  /** For requests tied to an interaction: milliseconds since the double dispatched it. */
  msSinceDispatch?: number;
  /** Set when the answer was an injected fault rather than the double's own judgement. */
  fault?: FaultStatus;
  /** Whether the request carried an Authorization header. */
  authorized: boolean;
}

/** A broken Discord limit or house policy, found in a request body or in the timing of a response. */
export interface Violation {
  /** Dotted rule name, e.g. `message.content.length`, `allowed_mentions.missing`, `interaction.ack_window`. */
  rule: string;
  detail: string;
  method: string;
  route: string;
  receivedAt: number;
  interactionId?: string;
  /** True when Discord would refuse the request (the double answered 4xx); false for policy-only findings. */
  rejected: boolean;
}

export type FaultStatus = 429 | 500;

/** An answer to force on matching requests before the double looks at them. */
export interface FaultSpec {
  /** Matched against the route (path after `/api/v10`): a substring or a regular expression. */
  route: string | RegExp;
  method?: string;
  status: FaultStatus;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Seconds, as Discord's `retry-after` header gives them (default 0.1). Only for 429. */
  retryAfter?: number;
}

/** Option values by name, or raw options as Discord sends them (for subcommands or exact types). */
export type OptionsInput =
  | Readonly<Record<string, string | number | boolean>>
  | readonly APIApplicationCommandInteractionDataOption[];

interface InteractionSpecBase {
  userId?: string;
  /** The invoking member's permissions as a decimal bitfield string. */
  permissions?: string;
  /** Invoke in a DM with the bot instead of the guild channel. */
  dm?: boolean;
  locale?: string;
}

export interface CommandInteractionSpec extends InteractionSpecBase {
  type?: 2;
  name: string;
  options?: OptionsInput;
}

export interface AutocompleteInteractionSpec extends InteractionSpecBase {
  type: 4;
  name: string;
  options?: OptionsInput;
  /** Name of the option the user is typing in. */
  focused: string;
}

export interface ComponentInteractionSpec extends InteractionSpecBase {
  type: 3;
  customId: string;
  /** 2 button (default), 3 string select. */
  componentType?: 2 | 3;
  values?: string[];
  /** The message the component sits on; default: a bot message carrying the button. */
  messageId?: string;
}

export type InteractionSpec = CommandInteractionSpec | AutocompleteInteractionSpec | ComponentInteractionSpec;

export interface DispatchedInteraction {
  id: string;
  token: string;
  /** Epoch milliseconds when INTERACTION_CREATE was sent (or queued for replay). */
  sentAt: number;
}

/** The original response and follow-ups of one interaction, as they stand now. */
export interface InteractionMessages {
  original?: APIMessage;
  followUps: APIMessage[];
}

/** One WebSocket frame, in either direction. */
export interface GatewayFrame {
  direction: 'in' | 'out';
  op: number;
  t?: string;
  s?: number;
  d: unknown;
  at: number;
}

export type ReconnectMode = 'op7' | 'drop';

/** A running double: a Discord REST API under `apiBase` and a gateway at `/gateway`, on 127.0.0.1. */
export interface DiscordDouble {
  /** Pass as `rest.api` (e.g. via DISCORD_API_BASE): `http://127.0.0.1:PORT/api`. */
  apiBase: string;
  applicationId: string;
  guildId: string;
  channelId: string;
  token: string;
  channel: APITextChannel;
  captured: readonly CapturedRequest[];
  violations: readonly Violation[];
  gatewayFrames: readonly GatewayFrame[];
  /** Messages the bot posted to channels with POST /channels/{id}/messages. */
  messages: readonly APIMessage[];
  dispatchInteraction(spec: InteractionSpec): DispatchedInteraction;
  /** The first callback the double judged (not an injected fault) for this interaction. */
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<CapturedRequest>;
  waitForRequest(match: (request: CapturedRequest) => boolean, timeoutMs?: number): Promise<CapturedRequest>;
  /** Resolves when the bot has identified and received its guilds. */
  waitForReady(timeoutMs?: number): Promise<void>;
  interactionMessages(interactionId: string): InteractionMessages;
  injectFault(spec: FaultSpec): void;
  /** Forces a reconnect and resolves with how the client came back. */
  reconnect(mode?: ReconnectMode, timeoutMs?: number): Promise<'resumed' | 'identified'>;
  /**
   * Changes the world's text channel (e.g. `permission_overwrites` denying the bot Send Messages) and tells the
   * client with CHANNEL_UPDATE; posts and the bot's `app_permissions` follow the new overwrites.
   */
  updateChannel(patch: Partial<APITextChannel>): void;
  /** Commands as last registered: global ones, or a guild's. */
  registeredCommands(guildId?: string): APIApplicationCommand[];
  close(): Promise<void>;
}
