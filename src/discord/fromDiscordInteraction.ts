import {
  ApplicationCommandOptionType,
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import { SUBCOMMAND, type CommandOptions, type Invoker } from './command.js';
import { NO_MENTIONS } from './messagePayload.js';
import type { ComponentResponder, MessagePayload, Responder, RoutedInteraction } from './routedInteraction.js';

/** Option values by name; options of a subcommand are read as if they were the command's own, its name as `SUBCOMMAND`. */
function readOptions(options: readonly CommandInteractionOption[]): CommandOptions {
  const values: Record<string, string | number | boolean> = {};
  for (const option of options) {
    if (option.type === ApplicationCommandOptionType.Subcommand) values[SUBCOMMAND] = option.name;
    if (option.value !== undefined) values[option.name] = option.value;
    if (option.options) Object.assign(values, readOptions(option.options));
  }
  return values;
}

/** Discord's JSON body as discord.js takes it; the client default already forbids pings, this says so again. */
function toOptions(payload: MessagePayload): InteractionReplyOptions {
  const { content, embeds, components, flags } = payload;
  return {
    ...(content === undefined ? {} : { content }),
    ...(embeds === undefined ? {} : { embeds }),
    ...(components === undefined ? {} : { components }),
    ...(flags === undefined ? {} : { flags: flags as MessageFlags.Ephemeral }),
    allowedMentions: NO_MENTIONS,
  } as InteractionReplyOptions;
}

function responder(interaction: ChatInputCommandInteraction | ButtonInteraction): Responder {
  return {
    reply: async (payload) => void (await interaction.reply(toOptions(payload))),
    defer: async (ephemeral) => void (await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})),
    editReply: async (payload) => void (await interaction.editReply(toOptions(payload) as Parameters<typeof interaction.editReply>[0])),
    deleteReply: async () => interaction.deleteReply(),
    followUp: async (payload) => void (await interaction.followUp(toOptions(payload))),
  };
}

function componentResponder(interaction: ButtonInteraction): ComponentResponder {
  return {
    ...responder(interaction),
    update: async (payload) => void (await interaction.update(toOptions(payload) as Parameters<typeof interaction.update>[0])),
    deferUpdate: async () => void (await interaction.deferUpdate()),
  };
}

/** The router's view of a discord.js interaction; undefined for kinds the bot does not handle (modals, menus). */
export function fromDiscordInteraction(interaction: Interaction): RoutedInteraction | undefined {
  const invoker: Invoker = {
    userId: interaction.user.id, guildId: interaction.guildId, channelId: interaction.channelId,
    permissions: interaction.memberPermissions?.bitfield.toString() ?? null,
  };
  if (interaction.isChatInputCommand()) {
    return { kind: 'command', commandName: interaction.commandName, options: readOptions(interaction.options.data), invoker, respond: responder(interaction) };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete', commandName: interaction.commandName, focused: { name: focused.name, value: String(focused.value) }, invoker,
      respond: async (choices) => interaction.respond(choices),
    };
  }
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId, invoker, respond: componentResponder(interaction) };
  return undefined;
}
