import { vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { BotContext, Reply } from '../../src/discord/command.js';
import { openFactStore, type FactStore } from '../../src/facts/store.js';
import type { DailyClock } from '../../src/jobs/dailyScheduler.js';
import type { BuildDigest, ChannelPoster, DailySettings, DigestRequest } from '../../src/jobs/dailyTypes.js';
import { captureLogs } from '../llm/logCapture.js';

/** A clock whose time moves only when a test says; `advanceTo` fires the timers due on the way, awaiting each check. */
export class ManualClock implements DailyClock {
  private timers: Array<{ at: number; run: () => void; id: number }> = [];
  private nextId = 0;
  constructor(private ms: number) {}

  now = (): Date => new Date(this.ms);
  setTimeout = (run: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.push({ at: this.ms + ms, run, id });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  };

  /**
   * Moves to `target`, firing due timers in order (those due at the same instant together, so two schedulers race)
   * and waiting until each fired scheduler has set its next timer, i.e. finished its check.
   */
  async advanceTo(target: Date | string): Promise<void> {
    const end = new Date(target).getTime();
    for (;;) {
      const first = Math.min(...this.timers.map((timer) => timer.at));
      if (!(first <= end)) break;
      const due = this.timers.filter((timer) => timer.at === first);
      this.timers = this.timers.filter((timer) => timer.at !== first);
      this.ms = Math.max(this.ms, first);
      const expected = this.nextId + due.length;
      for (const timer of due) timer.run();
      await vi.waitFor(() => {
        if (this.nextId < expected) throw new Error('a check has not finished');
      }, { timeout: 5_000, interval: 1 });
    }
    this.ms = Math.max(this.ms, end);
  }
}

/** One message posted, as the channel shows it. */
export interface Posted {
  channelId: string;
  nonce: string;
  id: string;
  at: string;
  content: string | undefined;
}

/**
 * A channel poster behaving as Discord with `enforce_nonce`: a repeated nonce returns the first message's id and
 * posts nothing new. `attempts` lists every call; `fail` makes calls throw (an outage) before or after posting;
 * `denied` makes the channel check say the bot may not post there.
 */
export function recordingPoster(clock: { now(): Date }) {
  const messages: Posted[] = [];
  const attempts: Array<{ channelId: string; nonce: string }> = [];
  const state = { fail: null as null | 'before' | 'after', denied: null as null | string };
  const poster: ChannelPoster = {
    checkChannel: async () => (state.denied ? { ok: false, problem: state.denied } : { ok: true }),
    async post(channelId, message, nonce) {
      attempts.push({ channelId, nonce });
      if (nonce.length > 25) throw new Error(`nonce too long: ${nonce}`);
      if (state.fail === 'before') throw new Error('Discord is down');
      let posted = messages.find((m) => m.nonce === nonce && m.channelId === channelId);
      if (!posted) {
        posted = { channelId, nonce, id: `msg${messages.length + 1}`, at: clock.now().toISOString(), content: message.content };
        messages.push(posted);
      }
      if (state.fail === 'after') throw new Error('the process died right after posting');
      return posted.id;
    },
  };
  return { poster, messages, attempts, state };
}

/** A digest builder returning `parts` messages (or a quiet one), recording each request. */
export function fixedDigest(options: { parts?: number; quiet?: boolean } = {}) {
  const requests: DigestRequest[] = [];
  const build: BuildDigest = async (_ctx, request) => {
    requests.push(request);
    const quiet = options.quiet ?? false;
    const messages: Reply[] = quiet
      ? [{ content: 'Nothing new today.' }]
      : Array.from({ length: options.parts ?? 1 }, (_, i) => ({ content: `digest part ${i + 1} up to ${request.now.toISOString()}` }));
    return { quiet, messages, coveredUntil: request.now.toISOString(), summary: quiet ? 'none' : 'automatic' };
  };
  return { build, requests, options };
}

export function dailySettings(guildId: string, overrides: Partial<DailySettings> = {}): DailySettings {
  return {
    guildId,
    channelId: `channel-${guildId}`,
    time: '08:30',
    timeZone: 'Europe/Berlin',
    companyIds: [],
    postWhenQuiet: false,
    enabled: true,
    updatedBy: 'moderator',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** One bot process: its own store on `url`, a context whose logs are captured, and the clock's time. */
export async function openProcess(url: string, clock: { now(): Date }): Promise<{ ctx: BotContext; store: FactStore; logs: ReturnType<typeof captureLogs> }> {
  const store = await openFactStore({ url, now: clock.now });
  const logs = captureLogs();
  const ctx: BotContext = { store, logger: logs.logger, now: clock.now, config: loadConfig({}) };
  return { ctx, store, logs };
}
