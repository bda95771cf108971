import type { Reply } from '../discord/command.js';
import type { DailyPostRecord } from '../jobs/dailyTypes.js';
import { COLOURS } from './colours.js';
import { formatDay } from './dates.js';
import { inlineText } from './escapeText.js';
import { momentStamp, settingsFields, type SettingsView } from './formatDailySettings.js';

/** What `/daily status` shows: the settings (absent when never set up), the newest post record and the next run. */
export interface DailyStatusView {
  view: SettingsView | undefined;
  last: DailyPostRecord | undefined;
  next: Date | null;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The newest record as a moderator reads it: when it was posted, or why the day was skipped. */
export function describeLastPost(record: DailyPostRecord | undefined): string {
  if (!record) return 'None yet';
  const day = formatDay(record.day);
  if (record.state === 'posted') {
    const at = record.postedAt ? momentStamp(new Date(record.postedAt)) : day;
    return `${at}: the digest for ${day}, ${plural(record.messageIds?.length ?? 0, 'message')}`;
  }
  if (record.state === 'skipped') return `${day} was skipped${record.reason ? `: ${inlineText(record.reason, 200)}` : ''}`;
  return `The digest for ${day} is being posted (started ${momentStamp(new Date(record.claimedAt))})`;
}

/** The answer to `/daily status`. */
export function formatDailyStatus({ view, last, next }: DailyStatusView): Reply {
  if (!view) {
    return { ephemeral: true, content: 'No daily digest is set up in this server. `/daily setup` picks a channel, a time and a time zone.' };
  }
  const on = view.settings.enabled;
  const nextPost = !on ? 'None: digests are off (`/daily setup` turns them on)' : next ? momentStamp(next) : 'Not scheduled';
  return {
    ephemeral: true,
    embeds: [{
      title: on ? 'Daily digest: on' : 'Daily digest: off',
      color: on ? COLOURS.up : COLOURS.neutral,
      fields: [
        ...settingsFields(view),
        { name: 'Last post', value: describeLastPost(last) },
        { name: 'Next post', value: nextPost },
      ],
      footer: { text: `Settings last changed ${formatDay(view.settings.updatedAt)}` },
    }],
  };
}
