import type { BotContext } from '../discord/command.js';
import type { BuildDigest, DailyServices } from './dailyTypes.js';
import { runDailyDigests } from './runDailyDigests.js';

/** The time and the timers the scheduler runs on: the system's in the bot, a manual one in tests. */
export interface DailyClock {
  now(): Date;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock; its timers do not keep the process alive on their own. */
export const systemClock: DailyClock = {
  now: () => new Date(),
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface DailySchedulerOptions {
  ctx: BotContext;
  services: DailyServices;
  buildDigest: BuildDigest;
  /** Default `systemClock`. */
  clock?: DailyClock;
  /** Time between checks; default `ctx.config.DAILY_CHECK_SECONDS`. */
  intervalMs?: number;
}

export interface DailyScheduler {
  /** No further checks; resolves once a check under way has finished, so the store can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Checks every enabled guild's digest at once and then every interval (see `runDailyDigests`). A failed check is
 * logged and never stops the next one; invalid stored settings are logged once each.
 */
export function startDailyScheduler(options: DailySchedulerOptions): DailyScheduler {
  const { ctx, services, buildDigest } = options;
  const clock = options.clock ?? systemClock;
  const intervalMs = options.intervalMs ?? ctx.config.DAILY_CHECK_SECONDS * 1000;
  const reported = new Set<string>();
  let stopped = false;
  let timer: unknown;
  let running: Promise<void> = Promise.resolve();

  const check = async (): Promise<void> => {
    try {
      const { problems } = await runDailyDigests({ ctx, services, buildDigest, now: () => clock.now() });
      for (const problem of problems.filter((p) => !reported.has(p))) {
        reported.add(problem);
        ctx.logger.warn({ problem }, 'Daily digest settings that cannot be read are ignored');
      }
    } catch (error) {
      ctx.logger.error({ err: error }, 'The daily digest check failed; the next one retries');
    }
  };
  const schedule = (ms: number): void => {
    if (stopped) return;
    timer = clock.setTimeout(() => {
      running = check().finally(() => schedule(intervalMs));
    }, ms);
  };
  schedule(0);
  ctx.logger.info({ intervalMs, claimant: services.claimant }, 'Daily digest scheduler started');
  return {
    async stop() {
      stopped = true;
      clock.clearTimeout(timer);
      await running;
    },
  };
}
