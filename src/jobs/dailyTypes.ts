/*
 * The contract of the daily digests (issue 5), shared by three parts built side by side:
 *   buildDigest (src/jobs/digest*)        what is new since the last digest, as Discord messages (pure core + LLM wording)
 *   the daily book and the scheduler      settings and post records in the store, exactly once per guild and local day
 *   /daily and the Discord poster         the moderators' command, the channel check and the post itself
 */
import type { BotContext, Reply } from '../discord/command.js';

/** A guild's digest settings, as `/daily setup` saves them. */
export interface DailySettings {
  guildId: string;
  channelId: string;
  /** Local time of day, `HH:MM` on a 24-hour clock. */
  time: string;
  /** An IANA time zone (`Europe/Berlin`); the posting hour stays local across daylight-saving changes. */
  timeZone: string;
  /** Company ids the digest is limited to; empty means every company. */
  companyIds: string[];
  /** Post "nothing new today" on a quiet day instead of skipping it (skipping is the default). */
  postWhenQuiet: boolean;
  /** False after `/daily off`; the settings are kept for `/daily status` and a later setup. */
  enabled: boolean;
  /** The moderator who last changed them, and when (ISO). */
  updatedBy: string;
  updatedAt: string;
}

/** What happened to one guild's digest for one local day; written before and after posting. */
export interface DailyPostRecord {
  guildId: string;
  /** The local calendar day in the settings' time zone, `YYYY-MM-DD`. */
  day: string;
  /** claimed: a process is posting it; posted: done; skipped: quiet day or run missed. */
  state: 'claimed' | 'posted' | 'skipped';
  /** Which process claimed it (one id per bot process). */
  claimant: string;
  claimedAt: string;
  postedAt?: string;
  messageIds?: string[];
  /** The facts this digest covered end here (ISO): the next digest starts after it. */
  coveredUntil?: string;
  /** Why a day was skipped, for logs and `/daily status`. */
  reason?: string;
}

/** The digest's content as Discord messages, each within Discord's limits (10 embeds, 6,000 characters). */
export interface Digest {
  /** Nothing new in the window: posted only when the settings ask for quiet days. */
  quiet: boolean;
  messages: Reply[];
  /** The newest article time the digest covered (ISO), or the window's end when quiet. */
  coveredUntil: string;
  /** Who wrote the summary on top: the model (grounded), the automatic extractive one, or none (quiet day). */
  summary: 'llm' | 'automatic' | 'none';
}

/** What a digest covers: the guild's companies (empty: all) and the window since the last digest. */
export interface DigestRequest {
  companyIds: readonly string[];
  since: Date;
  now: Date;
}

export type BuildDigest = (ctx: BotContext, request: DigestRequest) => Promise<Digest>;

/** Whether the bot may post a digest in a channel; `problem` says in plain words what is missing. */
export type ChannelCheck = { ok: true } | { ok: false; problem: string };

/** Where digests go: Discord's REST in the bot, a recorder in tests. */
export interface ChannelPoster {
  checkChannel(guildId: string, channelId: string): Promise<ChannelCheck>;
  /**
   * Posts one message and returns its id. `nonce` (at most 25 characters) is sent with `enforce_nonce`, so a retry
   * after a crash within Discord's few minutes returns the message already posted instead of a second one.
   */
  post(channelId: string, message: Reply, nonce: string): Promise<string>;
}

/** What the bot process gives the daily commands and the scheduler; absent on the local console. */
export interface DailyServices {
  poster: ChannelPoster;
  /** This process's id in post records. */
  claimant: string;
}
