import type { APIDMChannel, APIGuildMember, APIRole, APITextChannel, APIUser, GatewayGuildCreateDispatchData, Locale } from 'discord.js';
import { MEMBER_PERMISSIONS } from './permissions.js';

/** The one server, channel and bot user the double pretends exist. */
export interface World {
  botUser: APIUser;
  guildId: string;
  channel: APITextChannel;
  everyoneRole: APIRole;
  botRole: APIRole;
  joinedAt: string;
}

export const EN_US = 'en-US' as Locale;

/** Discord sends 0 for "no flags"; the typings' flag enums have no member for it. */
export const noFlags = <T extends number>(): T => 0 as T;

function role(id: string, name: string, permissions: string, position: number, botId?: string): APIRole {
  const base = { id, name, permissions, position, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null } };
  return { ...base, hoist: false, managed: botId !== undefined, mentionable: false, flags: noFlags(), ...(botId ? { tags: { bot_id: botId } } : {}) };
}

/** A member of the community: a plain user account with a stable name derived from its id. */
export function humanUser(id: string): APIUser {
  return { id, username: `member${id.slice(-4)}`, discriminator: '0', global_name: `Member ${id.slice(-4)}`, avatar: null, public_flags: noFlags() };
}

export function createWorld(nextId: () => string, applicationId: string): World {
  const guildId = nextId();
  const botUser: APIUser = { id: applicationId, username: 'stockfacts-double', discriminator: '0000', global_name: null, avatar: null, bot: true, flags: noFlags() };
  const channel: APITextChannel = {
    id: nextId(), type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false,
    parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: noFlags(),
  };
  return {
    botUser, guildId, channel,
    everyoneRole: role(guildId, '@everyone', MEMBER_PERMISSIONS, 0),
    botRole: role(nextId(), botUser.username, MEMBER_PERMISSIONS, 1, applicationId),
    joinedAt: new Date().toISOString(),
  };
}

export function botMember(world: World): APIGuildMember {
  return { user: world.botUser, roles: [world.botRole.id], joined_at: world.joinedAt, deaf: false, mute: false, flags: noFlags(), nick: null, avatar: null, banner: null };
}

/** GUILD_CREATE as Discord sends it after READY: the full guild, available, with its channels and the bot's member. */
export function guildCreatePayload(world: World): GatewayGuildCreateDispatchData {
  return {
    id: world.guildId, name: 'Stockfacts Test Server', icon: null, splash: null, discovery_splash: null, banner: null,
    owner_id: '80351110224678912', afk_channel_id: null, afk_timeout: 300, verification_level: 1, default_message_notifications: 1,
    explicit_content_filter: 2, roles: [world.everyoneRole, world.botRole], emojis: [], stickers: [], features: [], mfa_level: 0,
    application_id: null, system_channel_id: world.channel.id, system_channel_flags: noFlags(), rules_channel_id: null, vanity_url_code: null,
    description: null, premium_tier: 0, premium_subscription_count: 0, preferred_locale: EN_US, public_updates_channel_id: null,
    nsfw_level: 0, premium_progress_bar_enabled: false, hub_type: null, safety_alerts_channel_id: null, incidents_data: null,
    max_members: 25_000_000, max_video_channel_users: 25, max_stage_video_channel_users: 50,
    joined_at: world.joinedAt, large: false, unavailable: false, member_count: 2, voice_states: [],
    members: [botMember(world)], channels: [world.channel], threads: [], presences: [], stage_instances: [],
    guild_scheduled_events: [], soundboard_sounds: [],
  };
}

/** The DM channel between the bot and a user. */
export function dmChannel(id: string, user: APIUser): APIDMChannel {
  return { id, type: 1, name: null, recipients: [user], last_message_id: null, flags: noFlags() };
}
