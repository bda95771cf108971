import type {
  APIApplicationCommand, APIApplicationCommandInteractionDataOption, APIApplicationCommandOption, APIInteraction, APIMessage, Locale,
} from 'discord.js';
import { botChannelPermissions } from './channelPermissions.js';
import { buildMessage } from './messages.js';
import { APP_PERMISSIONS, MEMBER_PERMISSIONS } from './permissions.js';
import type { DoubleState } from './state.js';
import type { InteractionSpec, OptionsInput } from './types.js';
import { dmChannel, EN_US, humanUser, noFlags } from './world.js';

/** Discord's default upload limit, sent with every interaction. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;
const CONTEXT = { guild: 0, botDm: 1 } as const;
/** Who invokes when a spec names nobody: one ordinary member, the same every time. */
const DEFAULT_USER_ID = '200000000000000001';
const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

type Option = APIApplicationCommandInteractionDataOption;

function inferType(value: string | number | boolean, definition: APIApplicationCommandOption | undefined): number {
  if (definition) return definition.type;
  if (typeof value === 'boolean') return OPTION_TYPE.boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OPTION_TYPE.integer : OPTION_TYPE.number;
  return OPTION_TYPE.string;
}

/** Options as Discord sends them; the focused one (autocomplete) carries what the user typed so far, as a string. */
export function toOptions(input: OptionsInput | undefined, definitions: readonly APIApplicationCommandOption[], focused?: string): Option[] {
  if (!input) return [];
  if (Array.isArray(input)) return focused ? markFocused(input as Option[], focused) : [...(input as Option[])];
  return Object.entries(input as Record<string, string | number | boolean>).map(([name, value]) => {
    const type = inferType(value, definitions.find((option) => option.name === name));
    return (name === focused ? { name, type, value: String(value), focused: true } : { name, type, value }) as Option;
  });
}

function markFocused(options: readonly Option[], focused: string): Option[] {
  return options.map((option) => {
    if ('options' in option && option.options) return { ...option, options: markFocused(option.options as Option[], focused) } as Option;
    return option.name === focused ? ({ ...option, focused: true } as Option) : option;
  });
}

function findCommand(state: DoubleState, name: string): APIApplicationCommand | undefined {
  const guild = state.guildCommands.get(state.world.guildId) ?? [];
  return guild.find((command) => command.name === name) ?? state.globalCommands.find((command) => command.name === name);
}

/** Where and by whom: a guild member in the text channel, or a user in a DM with the bot. */
function invoker(spec: InteractionSpec, state: DoubleState) {
  const user = humanUser(spec.userId ?? DEFAULT_USER_ID);
  const common = { app_permissions: APP_PERMISSIONS, locale: (spec.locale ?? 'en-US') as Locale, entitlements: [], attachment_size_limit: ATTACHMENT_SIZE_LIMIT };
  if (spec.dm) {
    const channelId = state.dmChannelIds.get(user.id) ?? state.nextId();
    state.dmChannelIds.set(user.id, channelId);
    const channel = dmChannel(channelId, user);
    return { ...common, user, channel, channel_id: channel.id, context: CONTEXT.botDm, authorizing_integration_owners: { 0: '0' } };
  }
  const { guildId, channel, joinedAt } = state.world;
  const member = {
    user, roles: [], permissions: spec.permissions ?? MEMBER_PERMISSIONS, joined_at: joinedAt, nick: null, avatar: null, banner: null,
    deaf: false, mute: false, flags: noFlags(), pending: false, premium_since: null, communication_disabled_until: null,
  };
  // The bot's own permissions in the channel follow its overwrites, as Discord computes them for each interaction.
  const appPermissions = (BigInt(APP_PERMISSIONS) & botChannelPermissions(state.world)).toString();
  return {
    ...common, app_permissions: appPermissions, member, guild_id: guildId, guild: { id: guildId, locale: EN_US, features: [] }, guild_locale: EN_US,
    channel: { ...channel, permissions: member.permissions }, channel_id: channel.id, context: CONTEXT.guild,
    authorizing_integration_owners: { 0: guildId },
  };
}

function componentMessage(spec: Extract<InteractionSpec, { type: 3 }>, state: DoubleState, channelId: string): APIMessage {
  const known = spec.messageId ? (state.interactions.findMessage(spec.messageId) ?? state.channelMessages.find((message) => message.id === spec.messageId)) : undefined;
  if (known) return known;
  const button = { type: 2, style: 2, label: 'More', custom_id: spec.customId };
  return buildMessage({ id: spec.messageId ?? state.nextId(), channelId, author: state.world.botUser, body: { content: '…', components: [{ type: 1, components: [button] }] }, files: 0 }, state.nextId);
}

function interactionData(spec: InteractionSpec, state: DoubleState) {
  if (spec.type === 3) {
    return { custom_id: spec.customId, component_type: spec.componentType ?? 2, ...(spec.componentType === 3 ? { values: spec.values ?? [] } : {}) };
  }
  const command = findCommand(state, spec.name);
  const definitions = command?.options ?? [];
  const options = toOptions(spec.options, definitions, spec.type === 4 ? spec.focused : undefined);
  return { id: command?.id ?? state.nextId(), name: spec.name, type: 1, options, ...(command?.guild_id ? { guild_id: command.guild_id } : {}) };
}

/** INTERACTION_CREATE as Discord dispatches it: every field discord.js reads, in Discord's shapes. */
export function buildInteraction(spec: InteractionSpec, state: DoubleState, id: string, token: string): APIInteraction {
  const where = invoker(spec, state);
  const type = spec.type ?? 2;
  const message = spec.type === 3 ? { message: componentMessage(spec, state, where.channel_id) } : {};
  return { id, application_id: state.applicationId, type, token, version: 1, data: interactionData(spec, state), ...where, ...message } as APIInteraction;
}
