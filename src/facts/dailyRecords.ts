import { z } from 'zod';
import { isTimeZone, parseDailyTime } from '../jobs/dailySchedule.js';
import type { DailyPostRecord, DailySettings } from '../jobs/dailyTypes.js';
import type { KeyValueStore } from './keyvStore.js';
import { KEYS } from './storeRecords.js';

/**
 * How long a claim holds without news from its process (each message posted renews it). An older claim belongs to
 * a process that died mid-post and may be taken over; the same nonces then make Discord return the messages already
 * posted. Longer than the slowest digest build (the LLM's 3-minute budget would otherwise let a second process start).
 */
export const DAILY_CLAIM_LEASE_MS = 4 * 60_000;

const isoInstant = z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'must be an ISO date and time');
const localDayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** Settings as stored; a row that fails this was written by hand or by another version. */
export const dailySettingsSchema = z.object({
  guildId: z.string().min(1),
  channelId: z.string().min(1),
  time: z.string().refine((text) => parseDailyTime(text)?.text === text, 'must be HH:MM'),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone'),
  companyIds: z.array(z.string().min(1)),
  postWhenQuiet: z.boolean(),
  enabled: z.boolean(),
  updatedBy: z.string(),
  updatedAt: isoInstant,
}) satisfies z.ZodType<DailySettings>;

export const dailyPostRecordSchema = z.object({
  guildId: z.string().min(1),
  day: localDayText,
  state: z.enum(['claimed', 'posted', 'skipped']),
  claimant: z.string(),
  claimedAt: isoInstant,
  postedAt: isoInstant.optional(),
  messageIds: z.array(z.string()).optional(),
  coveredUntil: isoInstant.optional(),
  reason: z.string().optional(),
}) satisfies z.ZodType<DailyPostRecord>;

/** Reads a stored row back, naming the guild and the first problem when it does not fit. */
export function readDailyRow<T>(schema: z.ZodType<T>, value: unknown, what: string): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Stored ${what} is invalid: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
}

/** What a claim on a guild's local day asks for. */
export interface DailyClaimRequest {
  guildId: string;
  day: string;
  claimant: string;
  now: Date;
  /** Default `DAILY_CLAIM_LEASE_MS`. */
  leaseMs?: number;
  /** A skipped day may be claimed again (a moderator's `/daily post` on a quiet day). */
  overSkipped?: boolean;
}

/** Whether a guild's latest record shows `day` done with: posted or skipped, or a later day already begun. */
export function isDayFinished(record: DailyPostRecord | undefined, day: string): boolean {
  return record !== undefined && (record.day > day || (record.day === day && record.state !== 'claimed'));
}

/** Whether `record` (the guild's latest) leaves `day` free to claim: nobody finished it and no live claim holds it. */
export function isClaimable(record: DailyPostRecord | undefined, request: DailyClaimRequest): boolean {
  if (!record) return true;
  if (record.day > request.day) return false;
  // A live claim on an earlier day is a post running past midnight: let it finish and record itself.
  if (record.state === 'claimed') return request.now.getTime() - Date.parse(record.claimedAt) >= (request.leaseMs ?? DAILY_CLAIM_LEASE_MS);
  if (record.day < request.day) return true;
  return record.state === 'skipped' && request.overSkipped === true;
}

/** The claim written over `previous`: a takeover keeps the messages already posted; every claim keeps where the last digest ended. */
export function claimRecord(previous: DailyPostRecord | undefined, request: DailyClaimRequest): DailyPostRecord {
  const sameDay = previous?.day === request.day && previous.state === 'claimed';
  return {
    guildId: request.guildId,
    day: request.day,
    state: 'claimed',
    claimant: request.claimant,
    claimedAt: request.now.toISOString(),
    ...(sameDay && previous.messageIds ? { messageIds: previous.messageIds } : {}),
    ...(previous?.coveredUntil ? { coveredUntil: previous.coveredUntil } : {}),
  };
}

/** The daily rows' part of the store's check: every listed guild's settings and post record read back valid. */
export async function checkDailyBook(kv: KeyValueStore): Promise<string[]> {
  const problems: string[] = [];
  for (const guildId of (await kv.get<string[]>(KEYS.dailyGuilds)) ?? []) {
    const [settings, post] = await kv.getMany([KEYS.dailySettings(guildId), KEYS.dailyPost(guildId)]);
    if (settings === undefined) problems.push(`guild ${guildId} is listed but has no daily settings`);
    for (const [schema, value, what] of [[dailySettingsSchema, settings, 'settings'], [dailyPostRecordSchema, post, 'post record']] as const) {
      try {
        readDailyRow<unknown>(schema, value, `daily ${what} of guild ${guildId}`);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
  return problems;
}
