import type { Company } from '../facts/company.js';
import { UserError, type BotContext, type CommandOptions, type Invoker } from '../discord/command.js';
import { findCompanies } from '../discord/findCompanies.js';
import type { SettingsView } from '../format/formatDailySettings.js';
import { canonicalTimeZone, parseDailyTime } from './dailySchedule.js';
import type { DailySettings } from './dailyTypes.js';

/** A company's name as a moderator knows it: name and main ticker. */
export function companyLabel(company: Company): string {
  const ticker = company.listings[0]?.ticker;
  return ticker ? `${company.name} (${ticker})` : company.name;
}

/** The settings' companies by name; an id the store no longer knows is shown as itself. */
export function settingsView(ctx: BotContext, settings: DailySettings): SettingsView {
  const companyNames = settings.companyIds.map((id) => {
    const company = ctx.store.company(id);
    return company ? companyLabel(company) : id;
  });
  return { settings, companyNames };
}

/**
 * The settings `/daily setup` asks for, read and checked: a channel, `HH:MM`, an IANA time zone (normalized), and
 * companies resolved like ticker options. Anything wrong is refused with what to type instead; nothing is saved.
 */
export function readDailySetup(ctx: BotContext, options: CommandOptions, invoker: Invoker & { guildId: string }): SettingsView {
  const channelId = options['channel'];
  if (typeof channelId !== 'string' || !/^\d{17,20}$/.test(channelId)) throw new UserError('Pick the text channel the digest should be posted in.');
  const rawTime = typeof options['time'] === 'string' ? options['time'] : '';
  const time = parseDailyTime(rawTime);
  if (!time) throw new UserError(`“${rawTime.slice(0, 20)}” is not a time of day: write it as HH:MM on a 24-hour clock, e.g. 08:30 or 17:45.`);
  const rawZone = typeof options['timezone'] === 'string' ? options['timezone'] : '';
  const timeZone = canonicalTimeZone(rawZone);
  if (!timeZone) throw new UserError(`“${rawZone.slice(0, 60)}” is not a time zone I know: pick one from the suggestions, such as Europe/Berlin or America/New_York.`);
  const companies = findCompanies(ctx, options['tickers']);
  const settings: DailySettings = {
    guildId: invoker.guildId, channelId, time: time.text, timeZone,
    companyIds: companies.map((company) => company.id),
    postWhenQuiet: options['quiet'] === true,
    enabled: true,
    updatedBy: invoker.userId,
    updatedAt: ctx.now().toISOString(),
  };
  return { settings, companyNames: companies.map(companyLabel) };
}
