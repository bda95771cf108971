import { UserError, type BotContext, type Reply } from '../discord/command.js';
import { formatDailyPost } from '../format/formatDailyPost.js';
import { formatDailyPreview } from '../format/formatDailyPreview.js';
import { buildDigest } from './buildDigest.js';
import { digestWindowStart } from './postDailyDigest.js';
import { postDigestNow } from './postDigestNow.js';

/**
 * `/daily preview`: the digest the next post would hold if it went out now (from where the last one ended, for the
 * server's companies), built but never posted. Without a server (the local console) it covers every company.
 */
export async function previewDaily(ctx: BotContext, guildId: string | null): Promise<Reply> {
  const settings = guildId ? await ctx.store.dailySettings(guildId) : undefined;
  const last = guildId ? await ctx.store.lastDailyPost(guildId) : undefined;
  const now = ctx.now();
  const digest = await buildDigest(ctx, { companyIds: settings?.companyIds ?? [], since: digestWindowStart(last?.coveredUntil, now), now });
  return formatDailyPreview(digest, { ...(settings ? { channelId: settings.channelId } : {}), postWhenQuiet: settings?.postWhenQuiet ?? false });
}

/**
 * `/daily post`: checks the channel first, so a moderator hears what permission is missing rather than a failure,
 * then posts today's digest (see `postDigestNow`: once per day, quiet or not).
 */
export async function postDailyNow(ctx: BotContext, guildId: string): Promise<Reply> {
  const services = ctx.daily;
  if (!services) throw new UserError('Posting needs the bot connected to Discord.');
  const settings = await ctx.store.dailySettings(guildId);
  if (settings) {
    const check = await services.poster.checkChannel(guildId, settings.channelId);
    if (!check.ok) throw new UserError(`I can't post the digest in <#${settings.channelId}>: ${check.problem}`);
  }
  const result = await postDigestNow({ ctx, services, buildDigest, now: ctx.now }, guildId);
  return formatDailyPost(result, settings?.channelId);
}
