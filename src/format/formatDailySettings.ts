import type { APIEmbedField } from 'discord.js';
import type { DailySettings } from '../jobs/dailyTypes.js';
import type { Reply } from '../discord/command.js';
import { COLOURS } from './colours.js';
import { discordStamp } from './dates.js';
import { inlineText } from './escapeText.js';
import { joinWithin } from './truncate.js';

/** A guild's settings with the names of the companies it follows, for showing them. */
export interface SettingsView {
  settings: DailySettings;
  /** Display names of `settings.companyIds` (an id whose company is gone is shown as the id). */
  companyNames: readonly string[];
}

/** A moment as Discord shows it in each reader's own time zone: the full date and time, and how far away. */
export const momentStamp = (at: Date): string => `${discordStamp(at.toISOString(), 'F')} (${discordStamp(at.toISOString(), 'R')})`;

/** Where, when and what: the fields `/daily setup` and `/daily status` both show. */
export function settingsFields({ settings, companyNames }: SettingsView): APIEmbedField[] {
  const companies = companyNames.length === 0
    ? 'All companies'
    : joinWithin(companyNames.map((name) => inlineText(name, 80)), 1_000, (hidden) => `…and ${hidden} more`, ', ');
  return [
    { name: 'Channel', value: `<#${settings.channelId}>`, inline: true },
    { name: 'Time', value: `${settings.time} ${settings.timeZone}`, inline: true },
    { name: 'Quiet days', value: settings.postWhenQuiet ? 'Posted ("nothing new today")' : 'Skipped', inline: true },
    { name: 'Companies', value: companies },
  ];
}

/** The answer to `/daily setup`: the settings as saved and when the first digest comes. */
export function formatDailySetup(view: SettingsView, next: Date | null): Reply {
  const when = next ? momentStamp(next) : 'Not scheduled';
  return {
    ephemeral: true,
    embeds: [{
      title: 'Daily digest set up',
      color: COLOURS.up,
      description: `A digest of what is new in the articles will be posted in <#${view.settings.channelId}> every day at ${view.settings.time} (${view.settings.timeZone}). Nothing in it pings anyone.`,
      fields: [...settingsFields(view), { name: 'Next post', value: when }],
      footer: { text: '/daily preview shows it now, only to you; /daily off stops it.' },
    }],
  };
}

/** The answer to `/daily off`; `settings` is absent when the server never set one up. */
export function formatDailyOff(settings: DailySettings | undefined): Reply {
  if (!settings) return { ephemeral: true, content: 'No daily digest is set up in this server, so there was nothing to turn off.' };
  return {
    ephemeral: true,
    content: `Daily digests in <#${settings.channelId}> are off. The settings are kept: \`/daily setup\` turns them on again.`,
  };
}
