import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { formatStatus } from '../src/format/formatStatus.js';

export const status = {
  data: new SlashCommandBuilder()
    .setName('status')
    .setDescription('How many articles and companies the bot knows, how fresh they are, and what failed to load')
    .toJSON(),
  async execute(_options, ctx) {
    return { embeds: [formatStatus(await ctx.store.health())] };
  },
} satisfies Command;
