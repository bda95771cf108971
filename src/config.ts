import { z } from 'zod';
import { llmSettingsFrom, LlmSettingsError } from './llm/llmSettings.js';

const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());

const configSchema = z.object({
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(blankToUndefined, z.string().regex(/^\d{17,20}$/, 'must be a Discord snowflake (17-20 digits)').optional()),
  DISCORD_GUILD_ID: z.preprocess(blankToUndefined, z.string().regex(/^\d{17,20}$/, 'must be a Discord snowflake (17-20 digits)').optional()),
  DISCORD_API_BASE: z.preprocess(blankToUndefined, z.url().optional()),
  STORE_URL: z.preprocess(blankToUndefined, z.string().default('sqlite://data/stockfacts.sqlite')),
  ARTICLES_DIR: z.preprocess(blankToUndefined, z.string().default('data/articles')),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  STALE_AFTER_DAYS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().default(7)),
  RATE_LIMIT_COMMANDS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(1_000).default(5)),
  RATE_LIMIT_WINDOW_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(3_600).default(10)),
  // The optional LLM layer (issue 4): off while all three are unset.
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.preprocess(blankToUndefined, z.url().optional()),
  OPENAI_MODEL: optionalString,
  // Per attempt; a command's model calls together stop at 3 minutes whatever this says.
  OPENAI_TIMEOUT_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(180).optional()),
  OPENAI_MAX_RETRIES: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(3).optional()),
  LLM_USER_LIMIT_PER_MINUTE: z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(100).default(3)),
  LLM_GUILD_LIMIT_PER_MINUTE: z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(1_000).default(20)),
  // How often the bot looks for daily digests that are due (issue 5): a digest goes out at most this late.
  DAILY_CHECK_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().int().min(5).max(600).default(30)),
});

/** Validated settings, built once at start-up from the environment. */
export type Config = z.infer<typeof configSchema>;

/** A configuration problem, listing every invalid setting at once. Values are never echoed (they may be secrets). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads settings from an environment object; blank values count as unset. Throws one ConfigError naming each problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) {
    const problems = crossProblems(parsed.data);
    if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    return parsed.data;
  }
  const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Settings that are valid alone but not together. */
function crossProblems(config: Config): string[] {
  const problems: string[] = [];
  if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  try {
    llmSettingsFrom(config);
  } catch (error) {
    if (!(error instanceof LlmSettingsError)) throw error;
    problems.push(error.message);
  }
  return problems;
}
