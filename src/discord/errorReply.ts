import { time, TimestampStyles } from 'discord.js';
import type { Reply } from './command.js';

/** The one message a user sees when something broke on our side; `reference` ties it to the error log line. */
export function bugReply(reference: string): Reply {
  return {
    content: `Something went wrong on our side while answering that. It has been logged (reference \`${reference}\`); please try again later.`,
    ephemeral: true,
  };
}

/** Told to a user over the per-user limit, with when they may ask again (a Discord relative timestamp). */
export function slowDownReply(retryAt: Date): Reply {
  return { content: `Slow down a little: you can ask again ${time(retryAt, TimestampStyles.RelativeTime)}.`, ephemeral: true };
}

/** For an interaction naming a command this build does not have (registered commands out of date). */
export function unknownCommandReply(name: string): Reply {
  return { content: `I don't know the command \`${name.slice(0, 32).replace(/`/g, '')}\` any more. Try \`/help\`.`, ephemeral: true };
}

/** For a click on a button whose command no longer handles buttons. */
export const STALE_BUTTON_REPLY: Reply = { content: 'This button no longer works; run the command again.', ephemeral: true };
