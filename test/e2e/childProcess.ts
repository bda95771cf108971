import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { DiscordDouble } from './discordDouble/types.js';

/** The environment a child gets: this one without any Discord, store or LLM settings, plus `env`. */
export function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DISCORD_|STORE_URL|ARTICLES_DIR|LOG_LEVEL|OPENAI_|LLM_)/.test(key)));
  return { ...base, ...env };
}

/** What the bot needs to reach the double. */
export const discordEnv = (double: DiscordDouble, guild = true): Record<string, string> => ({
  DISCORD_TOKEN: double.token,
  DISCORD_APPLICATION_ID: double.applicationId,
  DISCORD_API_BASE: double.apiBase,
  ...(guild ? { DISCORD_GUILD_ID: double.guildId } : {}),
});

/** A TypeScript entry point run the way npm scripts run it (tsx), with its output collected. */
export function startScript(file: string, args: readonly string[], env: Record<string, string | undefined>): ChildProcessWithoutNullStreams & { output: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { env: childEnv(env), stdio: 'pipe' });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  return Object.assign(child, { output });
}

/** Runs a script to its end: exit code and everything it printed. */
export async function runScript(file: string, args: readonly string[], env: Record<string, string | undefined>, stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startScript(file, args, env);
  child.stdin.end(stdin);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, ...child.output };
}
