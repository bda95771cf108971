import { describe, expect, it } from 'vitest';
import { replyProblems } from '../../src/discord/limits.js';
import type { DailyPostRecord, DailySettings, Digest } from '../../src/jobs/dailyTypes.js';
import { formatDailyOff, formatDailySetup } from '../../src/format/formatDailySettings.js';
import { formatDailyPost } from '../../src/format/formatDailyPost.js';
import { formatDailyPreview } from '../../src/format/formatDailyPreview.js';
import type { PostNowResult } from '../../src/jobs/postDigestNow.js';
import { describeLastPost, formatDailyStatus } from '../../src/format/formatDailyStatus.js';

const settings: DailySettings = {
  guildId: 'g1', channelId: '300000000000000003', time: '08:30', timeZone: 'Europe/Berlin', companyIds: ['alibaba'],
  postWhenQuiet: false, enabled: true, updatedBy: 'u1', updatedAt: '2026-01-14T07:00:00.000Z',
};
const view = { settings, companyNames: ['Alibaba Group Holding'] };
const next = new Date('2026-01-15T07:30:00Z');
const unix = next.getTime() / 1000;
const field = (reply: { embeds?: Array<{ fields?: Array<{ name: string; value: string }> }> }, name: string) =>
  reply.embeds?.[0]?.fields?.find((f) => f.name === name)?.value;

describe('formatDailySetup and formatDailyOff', () => {
  it('confirms the channel, the local time and zone, the companies and the next post as a Discord timestamp, privately', () => {
    const reply = formatDailySetup(view, next);
    expect(reply.ephemeral).toBe(true);
    expect(field(reply, 'Channel')).toBe('<#300000000000000003>');
    expect(field(reply, 'Time')).toBe('08:30 Europe/Berlin');
    expect(field(reply, 'Companies')).toBe('Alibaba Group Holding');
    expect(field(reply, 'Quiet days')).toBe('Skipped');
    expect(field(reply, 'Next post')).toBe(`<t:${unix}:F> (<t:${unix}:R>)`);
    expect(replyProblems(reply)).toEqual([]);
  });

  it('says "All companies" for an empty list and keeps hundreds of names within a field', () => {
    expect(field(formatDailySetup({ settings, companyNames: [] }, next), 'Companies')).toBe('All companies');
    const many = formatDailySetup({ settings, companyNames: Array.from({ length: 300 }, (_, i) => `Company number ${i}`) }, null);
    expect(replyProblems(many)).toEqual([]);
    expect(field(many, 'Companies')).toMatch(/…and \d+ more$/);
    expect(field(many, 'Next post')).toBe('Not scheduled');
  });

  it('says digests are off and the settings kept, or that there was nothing to turn off', () => {
    expect(formatDailyOff(settings).content).toMatch(/off\. The settings are kept/);
    expect(formatDailyOff(undefined).content).toMatch(/nothing to turn off/);
  });
});

describe('formatDailyStatus', () => {
  const posted: DailyPostRecord = {
    guildId: 'g1', day: '2026-01-14', state: 'posted', claimant: 'p1', claimedAt: '2026-01-14T07:30:00.000Z',
    postedAt: '2026-01-14T07:30:02.000Z', messageIds: ['m1', 'm2'],
  };

  it('shows the last post with its time and message count, and the next post', () => {
    const reply = formatDailyStatus({ view, last: posted, next });
    expect(reply.embeds?.[0]?.title).toBe('Daily digest: on');
    expect(field(reply, 'Last post')).toBe(`<t:${Date.parse(posted.postedAt!) / 1000}:F> (<t:${Date.parse(posted.postedAt!) / 1000}:R>): the digest for 14 Jan 2026, 2 messages`);
    expect(field(reply, 'Next post')).toBe(`<t:${unix}:F> (<t:${unix}:R>)`);
  });

  it('says when digests are off, when none was posted yet, and when nothing is set up', () => {
    const off = formatDailyStatus({ view: { ...view, settings: { ...settings, enabled: false } }, last: undefined, next });
    expect(off.embeds?.[0]?.title).toBe('Daily digest: off');
    expect(field(off, 'Next post')).toMatch(/^None: digests are off/);
    expect(field(off, 'Last post')).toBe('None yet');
    expect(formatDailyStatus({ view: undefined, last: undefined, next: null }).content).toMatch(/No daily digest is set up/);
  });

  it('explains a skipped day and a post in progress', () => {
    expect(describeLastPost({ ...posted, state: 'skipped', reason: 'nothing new' })).toBe('14 Jan 2026 was skipped: nothing new');
    expect(describeLastPost({ ...posted, state: 'claimed' })).toMatch(/^The digest for 14 Jan 2026 is being posted \(started <t:\d+:F>/);
  });
});

describe('formatDailyPreview', () => {
  const embed = { title: 'Daily digest', description: 'Alibaba: up 3%' };
  const digest = (messages: Digest['messages'], quiet = false): Digest => ({ quiet, messages, coveredUntil: '2026-01-14T00:00:00Z', summary: 'automatic' });

  it('shows the first message privately, says where it would go and how many messages there are', () => {
    const reply = formatDailyPreview(digest([{ embeds: [embed] }, { embeds: [embed] }]), { channelId: '42', postWhenQuiet: false });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^\*\*Preview, only you can see it:\*\* the digest as it would be posted now in <#42>\. It would be 2 messages; the first is shown\.$/);
    expect(reply.embeds).toEqual([embed]);
  });

  it('says a quiet day would be skipped unless quiet days are posted', () => {
    const quiet = digest([{ content: 'Nothing new today.' }], true);
    expect(formatDailyPreview(quiet, { postWhenQuiet: false }).content).toMatch(/Nothing is new, so today would be skipped.*\n\nNothing new today\.$/s);
    expect(formatDailyPreview(quiet, { postWhenQuiet: true }).content).toMatch(/once a channel is set up\.\n\nNothing new today\.$/);
  });

  it('stays within 2,000 characters when the first message is long', () => {
    const reply = formatDailyPreview(digest([{ content: 'x'.repeat(2_000) }]), { postWhenQuiet: false });
    expect(replyProblems(reply)).toEqual([]);
  });
});

describe('formatDailyPost', () => {
  const record: DailyPostRecord = { guildId: 'g1', day: '2026-01-14', state: 'posted', claimant: 'p', claimedAt: '2026-01-14T07:30:00.000Z', postedAt: '2026-01-14T07:30:02.000Z' };

  it.each<[PostNowResult, RegExp]>([
    [{ outcome: 'posted', record, messageIds: ['1', '2'] }, /^Posted today's digest in <#42> \(2 messages\)\. It counts as today's/],
    [{ outcome: 'already-posted', record }, /^Today's digest is already in <#42> \(posted <t:\d+:R>\)\. Each day's digest is posted once/],
    [{ outcome: 'busy', record }, /being posted right now/],
    [{ outcome: 'not-set-up' }, /^No daily digest is set up/],
  ])('answers %j privately', (result, expected) => {
    const reply = formatDailyPost(result, '42');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(expected);
  });
});
