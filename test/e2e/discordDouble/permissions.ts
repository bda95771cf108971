/** Permission bits from Discord's documentation (Permissions > Bitwise Permission Flags). */
export const FLAGS = {
  administrator: 1n << 3n,
  manageGuild: 1n << 5n,
  addReactions: 1n << 6n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readMessageHistory: 1n << 16n,
  useExternalEmojis: 1n << 18n,
  useApplicationCommands: 1n << 31n,
  sendMessagesInThreads: 1n << 38n,
} as const;

const combine = (...bits: bigint[]): string => bits.reduce((all, bit) => all | bit, 0n).toString();

/** What @everyone may do in a freshly created server, and so what an ordinary member invokes with. */
export const MEMBER_PERMISSIONS = combine(
  FLAGS.addReactions,
  FLAGS.viewChannel,
  FLAGS.sendMessages,
  FLAGS.embedLinks,
  FLAGS.attachFiles,
  FLAGS.readMessageHistory,
  FLAGS.useExternalEmojis,
  FLAGS.useApplicationCommands,
  FLAGS.sendMessagesInThreads,
);

/** The bot's permissions in the channel: enough to answer with embeds and files. */
export const APP_PERMISSIONS = combine(
  FLAGS.viewChannel,
  FLAGS.sendMessages,
  FLAGS.embedLinks,
  FLAGS.attachFiles,
  FLAGS.readMessageHistory,
  FLAGS.useExternalEmojis,
  FLAGS.sendMessagesInThreads,
);

/** A moderator: an ordinary member who may also manage the server. */
export const MODERATOR_PERMISSIONS = combine(BigInt(MEMBER_PERMISSIONS), FLAGS.manageGuild);
