import type { Reply } from '../discord/command.js';
import type { PostNowResult } from '../jobs/postDigestNow.js';
import { discordStamp } from './dates.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const privately = (content: string): Reply => ({ ephemeral: true, content });

/** The answer to `/daily post`: what was posted where, or why nothing was. */
export function formatDailyPost(result: PostNowResult, channelId: string | undefined): Reply {
  const where = channelId ? `<#${channelId}>` : 'its channel';
  switch (result.outcome) {
    case 'posted':
      return privately(`Posted today's digest in ${where} (${plural(result.messageIds.length, 'message')}). It counts as today's: the schedule posts the next one tomorrow.`);
    case 'already-posted': {
      const at = result.record.postedAt ? ` ${discordStamp(result.record.postedAt, 'R')}` : '';
      return privately(`Today's digest is already in ${where} (posted${at}). Each day's digest is posted once; the next comes tomorrow.`);
    }
    case 'busy':
      return privately('Today\'s digest is being posted right now. `/daily status` shows when it is done.');
    case 'not-set-up':
      return privately('No daily digest is set up in this server: `/daily setup` picks a channel, a time and a time zone first.');
  }
}
