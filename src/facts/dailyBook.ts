import type { DailyPostRecord, DailySettings } from '../jobs/dailyTypes.js';
import type { StoreBackend } from './keyvStore.js';
import { claimRecord, dailyPostRecordSchema, dailySettingsSchema, isClaimable, readDailyRow, type DailyClaimRequest } from './dailyRecords.js';
import { KEYS } from './storeRecords.js';

/** The outcome of a claim: the claim written, or the record that stands in its way. */
export type DailyClaim =
  | { claimed: true; record: DailyPostRecord; previous: DailyPostRecord | undefined }
  | { claimed: false; record: DailyPostRecord };

/** Who reports on a claimed day, and when. */
export interface DailyClaimHolder {
  guildId: string;
  day: string;
  claimant: string;
  now: Date;
}

/** How a claimed day ended. */
export type DailySettlement = DailyClaimHolder &
  ({ state: 'posted'; messageIds: string[]; coveredUntil: string } | { state: 'skipped'; reason: string; coveredUntil?: string });

/**
 * Digest settings and post records per guild (issue 5), beside the facts in the store. Every write is one backend
 * write (on SQLite a `BEGIN IMMEDIATE` transaction, so processes sharing the file take turns between the read and
 * the write of a claim); none bumps the fact revision. Rows are checked with zod when read: a bad row throws.
 *
 * A guild keeps one post record, its latest day's. `coveredUntil` on any record is where the next digest starts:
 * a posted or quiet day's end, carried over by claims and by days skipped unposted.
 */
export interface DailyBook {
  dailySettings(guildId: string): Promise<DailySettings | undefined>;
  /** Every guild's settings that read back valid, and one line per guild whose row does not. */
  allDailySettings(): Promise<{ settings: DailySettings[]; problems: string[] }>;
  /** Validates and stores a guild's settings (replacing any). */
  saveDailySettings(settings: DailySettings): Promise<void>;
  lastDailyPost(guildId: string): Promise<DailyPostRecord | undefined>;
  /** Claims a local day for posting, atomically across processes (see `isClaimable`). */
  claimDailyPost(request: DailyClaimRequest): Promise<DailyClaim>;
  /** Renews a claim and records the messages posted so far; false when the claim is no longer this claimant's. */
  progressDailyPost(holder: DailyClaimHolder & { messageIds: string[] }): Promise<boolean>;
  /** Marks a claimed day posted or skipped; false when the day is not claimed (already settled). */
  settleDailyPost(settlement: DailySettlement): Promise<boolean>;
  /** Marks a day skipped without posting it, when nobody has finished or holds it; false otherwise. */
  skipDailyPost(request: DailyClaimRequest & { reason: string }): Promise<boolean>;
}

/** The daily book over a store's backend. */
export function dailyBook(backend: StoreBackend): DailyBook {
  const { kv } = backend;
  const readSettings = async (guildId: string) =>
    readDailyRow(dailySettingsSchema, await kv.get(KEYS.dailySettings(guildId)), `daily settings of guild ${guildId}`);
  const readPost = async (guildId: string) =>
    readDailyRow(dailyPostRecordSchema, await kv.get(KEYS.dailyPost(guildId)), `daily post record of guild ${guildId}`);
  const writePost = (record: DailyPostRecord) => kv.set(KEYS.dailyPost(record.guildId), record);

  return {
    dailySettings: readSettings,
    // The scheduler asks every few seconds: one read for all the guilds' rows, not one per guild.
    async allDailySettings() {
      const settings: DailySettings[] = [];
      const problems: string[] = [];
      const guildIds = (await kv.get<string[]>(KEYS.dailyGuilds)) ?? [];
      const rows = await kv.getMany(guildIds.map(KEYS.dailySettings));
      for (const [i, guildId] of guildIds.entries()) {
        try {
          const row = readDailyRow(dailySettingsSchema, rows[i], `daily settings of guild ${guildId}`);
          if (row) settings.push(row);
          else problems.push(`guild ${guildId} is listed but has no daily settings`);
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      return { settings, problems };
    },
    async saveDailySettings(settings) {
      const row = dailySettingsSchema.parse(settings);
      await backend.write(async () => {
        const guilds = (await kv.get<string[]>(KEYS.dailyGuilds)) ?? [];
        if (!guilds.includes(row.guildId)) await kv.set(KEYS.dailyGuilds, [...guilds, row.guildId].sort());
        await kv.set(KEYS.dailySettings(row.guildId), row);
      });
    },
    lastDailyPost: readPost,
    claimDailyPost: (request) =>
      backend.write(async (): Promise<DailyClaim> => {
        const previous = await readPost(request.guildId);
        if (previous && !isClaimable(previous, request)) return { claimed: false, record: previous };
        const record = claimRecord(previous, request);
        await writePost(record);
        return { claimed: true, record, previous };
      }),
    progressDailyPost: (holder) =>
      backend.write(async () => {
        const record = await readPost(holder.guildId);
        if (record?.day !== holder.day || record.state !== 'claimed' || record.claimant !== holder.claimant) return false;
        await writePost({ ...record, claimedAt: holder.now.toISOString(), messageIds: holder.messageIds });
        return true;
      }),
    settleDailyPost: (settlement) =>
      backend.write(async () => {
        const record = await readPost(settlement.guildId);
        if (record?.day !== settlement.day || record.state !== 'claimed') return false;
        await writePost(settledRecord(record, settlement));
        return true;
      }),
    skipDailyPost: (request) =>
      backend.write(async () => {
        const previous = await readPost(request.guildId);
        if (!isClaimable(previous, request)) return false;
        const { coveredUntil } = claimRecord(previous, request);
        await writePost({ ...claimRecord(undefined, request), state: 'skipped', reason: request.reason, ...(coveredUntil ? { coveredUntil } : {}) });
        return true;
      }),
  };
}

function settledRecord(claim: DailyPostRecord, settlement: DailySettlement): DailyPostRecord {
  const base = { guildId: claim.guildId, day: claim.day, claimant: settlement.claimant, claimedAt: claim.claimedAt };
  if (settlement.state === 'posted') {
    const { messageIds, coveredUntil } = settlement;
    return { ...base, state: 'posted', postedAt: settlement.now.toISOString(), messageIds, coveredUntil };
  }
  const coveredUntil = settlement.coveredUntil ?? claim.coveredUntil;
  return { ...base, state: 'skipped', reason: settlement.reason, ...(coveredUntil ? { coveredUntil } : {}) };
}
