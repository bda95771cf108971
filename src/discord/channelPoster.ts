import { PermissionFlagsBits, Routes, type APIMessage, type Client, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { ChannelCheck, ChannelPoster } from '../jobs/dailyTypes.js';
import { UserError, type Reply } from './command.js';
import { NO_MENTIONS } from './messagePayload.js';

/** Discord keeps a nonce to at most 25 characters. */
export const MAX_NONCE_LENGTH = 25;

/** What a digest needs in its channel: to see it, to write in it, and to show embeds rather than bare text. */
const NEEDED: ReadonlyArray<{ flag: bigint; name: string }> = [
  { flag: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  { flag: PermissionFlagsBits.SendMessages, name: 'Send Messages' },
  { flag: PermissionFlagsBits.EmbedLinks, name: 'Embed Links' },
];

const refused = (problem: string): ChannelCheck => ({ ok: false, problem });

/**
 * Whether the bot may post digests in a channel, read from discord.js's guild cache (kept current by the gateway).
 * A server Discord marks unavailable (an outage) has no channels in the cache: that is no answer, so it throws
 * rather than say the channel is gone, and the scheduler tries again later instead of skipping the day.
 */
export function checkChannelInCache(client: Client, guildId: string, channelId: string): ChannelCheck {
  const guild = client.guilds.cache.get(guildId);
  if (!guild) return refused('The bot is not in this server (or Discord has not told it about the server yet).');
  if (!guild.available) throw new UserError('Discord has this server marked unavailable (an outage), so the channel cannot be checked now. Try again later.');
  const channel = guild.channels.cache.get(channelId);
  if (!channel) return refused('That channel is not in this server, or the bot cannot see it.');
  if (!channel.isTextBased()) return refused(`<#${channelId}> is not a text channel.`);
  const permissions = client.user ? channel.permissionsFor(client.user) : null;
  if (!permissions) return refused('The bot could not work out its permissions in that channel.');
  const missing = NEEDED.filter(({ flag }) => !permissions.has(flag));
  if (missing.length === 0) return { ok: true };
  return refused(`The bot lacks ${missing.map(({ name }) => name).join(', ')} in <#${channelId}>: give its role those permissions there.`);
}

/** A digest message as Discord's create-message route takes it: nothing pings, and a repeated nonce is not a second message. */
export function channelMessageBody(message: Reply, nonce: string): RESTPostAPIChannelMessageJSONBody {
  if (nonce.length === 0 || nonce.length > MAX_NONCE_LENGTH) throw new Error(`A message nonce must be 1-${MAX_NONCE_LENGTH} characters, got ${nonce.length}`);
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    ...(message.embeds === undefined ? {} : { embeds: message.embeds }),
    ...(message.components === undefined ? {} : { components: message.components }),
    allowed_mentions: NO_MENTIONS,
    nonce,
    enforce_nonce: true,
  };
}

/**
 * Posts digests through the client's REST (its rate limits, retries and DISCORD_API_BASE) and checks channels in
 * its cache. A retried post with the same nonce within Discord's few minutes returns the message already posted.
 */
export function createChannelPoster(client: Client): ChannelPoster {
  return {
    checkChannel: async (guildId, channelId) => checkChannelInCache(client, guildId, channelId),
    async post(channelId, message, nonce) {
      const posted = await client.rest.post(Routes.channelMessages(channelId), { body: channelMessageBody(message, nonce) }) as APIMessage;
      return posted.id;
    },
  };
}

