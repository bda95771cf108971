import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { SUBCOMMAND, UserError, type BotContext, type Command, type Invoker, type Reply } from '../src/discord/command.js';
import { requireModerator } from '../src/discord/requireModerator.js';
import { suggestTimeZones } from '../src/discord/timeZoneChoices.js';
import { formatDailyOff, formatDailySetup } from '../src/format/formatDailySettings.js';
import { formatDailyStatus } from '../src/format/formatDailyStatus.js';
import { readDailySetup, settingsView } from '../src/jobs/dailySetup.js';
import { dailyStatus, nextDailyPost } from '../src/jobs/dailyStatus.js';
import { postDailyNow, previewDaily } from '../src/jobs/dailyNow.js';

/** Where `/daily` may run: a server, by a moderator. The console (no guild, no Discord) may only preview. */
function serverOf(ctx: BotContext, invoker: Invoker, subcommand: string): string | null {
  if (invoker.guildId) {
    requireModerator(invoker, '/daily');
    return invoker.guildId;
  }
  if (ctx.daily) throw new UserError('/daily works only in a server, not in direct messages.');
  if (subcommand === 'preview') return null;
  throw new UserError(`/daily ${subcommand} needs the Discord bot: digests are posted to a Discord channel. Here, /daily preview shows the digest.`);
}

async function setup(ctx: BotContext, options: Parameters<Command['execute']>[0], invoker: Invoker, guildId: string): Promise<Reply> {
  const daily = ctx.daily;
  if (!daily) throw new UserError('Digests can only be set up while the bot is connected to Discord.');
  const view = readDailySetup(ctx, options, { ...invoker, guildId });
  const check = await daily.poster.checkChannel(guildId, view.settings.channelId);
  if (!check.ok) throw new UserError(`I can't post the digest in <#${view.settings.channelId}>: ${check.problem} Nothing was saved.`);
  await ctx.store.saveDailySettings(view.settings);
  return formatDailySetup(view, nextDailyPost(view.settings, await ctx.store.lastDailyPost(guildId), ctx.now()));
}

async function off(ctx: BotContext, guildId: string, invoker: Invoker): Promise<Reply> {
  const settings = await ctx.store.dailySettings(guildId);
  if (settings?.enabled) await ctx.store.saveDailySettings({ ...settings, enabled: false, updatedBy: invoker.userId, updatedAt: ctx.now().toISOString() });
  return formatDailyOff(settings);
}

async function status(ctx: BotContext, guildId: string): Promise<Reply> {
  const { settings, lastPost, nextPostAt } = await dailyStatus(ctx, guildId);
  return formatDailyStatus({ view: settings ? settingsView(ctx, settings) : undefined, last: lastPost, next: nextPostAt });
}

/** Subcommands that build a digest: the model may take seconds, so the router defers at once. */
const BUILDS_DIGEST = new Set(['preview', 'post']);

export const daily = {
  data: new SlashCommandBuilder()
    .setName('daily')
    .setDescription('A daily digest of the news in a channel, posted at a local time (moderators)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) => sub.setName('setup').setDescription('Where and when to post the digest, and about which companies')
      .addChannelOption((o) => o.setName('channel').setDescription('The channel to post in').setRequired(true).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement))
      .addStringOption((o) => o.setName('time').setDescription('Local time of day, HH:MM on a 24-hour clock, e.g. 08:30').setRequired(true).setMinLength(3).setMaxLength(5))
      .addStringOption((o) => o.setName('timezone').setDescription('Time zone, e.g. Europe/Berlin').setRequired(true).setAutocomplete(true).setMaxLength(64))
      .addStringOption((o) => o.setName('tickers').setDescription('Only these companies, comma-separated (default: all)').setMaxLength(500))
      .addBooleanOption((o) => o.setName('quiet').setDescription('Post "nothing new today" on quiet days (default: skip them)')))
    .addSubcommand((sub) => sub.setName('preview').setDescription('The digest as it would be posted now, shown only to you'))
    .addSubcommand((sub) => sub.setName('post').setDescription('Post the digest in its channel now'))
    .addSubcommand((sub) => sub.setName('off').setDescription('Stop posting digests (the settings are kept)'))
    .addSubcommand((sub) => sub.setName('status').setDescription('The settings, the last post and the next one'))
    .toJSON(),
  slow: (options) => BUILDS_DIGEST.has(String(options[SUBCOMMAND])),
  // Moderators' business: setup, status and previews are shown only to the moderator; the digest itself is public.
  ephemeral: true,
  async execute(options, ctx, invoker) {
    const subcommand = String(options[SUBCOMMAND] ?? '');
    const guildId = serverOf(ctx, invoker, subcommand);
    if (subcommand === 'preview') return previewDaily(ctx, guildId);
    if (guildId === null) throw new UserError('/daily needs a server.');
    if (subcommand === 'setup') return setup(ctx, options, invoker, guildId);
    if (subcommand === 'post') return postDailyNow(ctx, guildId);
    if (subcommand === 'off') return off(ctx, guildId, invoker);
    if (subcommand === 'status') return status(ctx, guildId);
    throw new UserError(`/daily has no subcommand “${subcommand.slice(0, 32)}”.`);
  },
  autocomplete: (focused) => (focused.name === 'timezone' ? suggestTimeZones(focused.value) : []),
} satisfies Command;
