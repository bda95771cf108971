import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { discordEnv, runScript } from './childProcess.js';
import { startDiscordDouble } from './discordDouble/startDiscordDouble.js';
import type { DiscordDouble } from './discordDouble/types.js';

const SCRIPT = 'src/cli/deployCommands.ts';
const names = commands.map((command) => command.data.name);

describe('npm run deploy-commands against the Discord double', () => {
  let double: DiscordDouble;
  beforeAll(async () => {
    double = await startDiscordDouble();
  });
  afterAll(async () => double?.close());

  it('with --dry-run prints the JSON and what would change, and registers nothing', async () => {
    const run = await runScript(SCRIPT, ['--dry-run'], discordEnv(double));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(run.stdout.slice(0, run.stdout.indexOf('\nCommands for'))) as Array<{ name: string }>;
    expect(json.map((command) => command.name)).toEqual(names);
    expect(run.stdout).toContain(`Commands for guild ${double.guildId}:`);
    for (const name of names) expect(run.stdout).toContain(`+ /${name}  (new)`);
    expect(run.stdout).toMatch(/Dry run: nothing was changed\.\n$/);
    expect(double.captured.map(({ method, route }) => `${method} ${route}`)).toEqual([`GET /applications/${double.applicationId}/guilds/${double.guildId}/commands`]);
    expect(double.registeredCommands(double.guildId)).toEqual([]);
  }, 30_000);

  it('registers to the guild within Discord\'s registration limits, then finds nothing to change', async () => {
    const run = await runScript(SCRIPT, [], discordEnv(double));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Registered ${names.length} commands for guild ${double.guildId}.`);
    expect(double.registeredCommands(double.guildId).map((command) => command.name)).toEqual(names);
    expect(double.violations).toEqual([]);

    const again = await runScript(SCRIPT, ['--dry-run'], discordEnv(double));
    expect(again.stdout).toContain('Dry run: nothing would change.');
    for (const name of names) expect(again.stdout).toContain(`= /${name}`);
  }, 30_000);

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const run = await runScript(SCRIPT, [], discordEnv(double, false));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('for every guild (global)');
    expect(double.registeredCommands().map((command) => command.name)).toEqual(names);
  }, 30_000);

  it('says what went wrong in one line, without the token, when Discord refuses it or settings are missing', async () => {
    const refused = await runScript(SCRIPT, [], { ...discordEnv(double), DISCORD_TOKEN: 'wrong.token.value' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^deploy-commands: .+\n$/);
    expect(refused.stderr + refused.stdout).not.toContain('wrong.token.value');
    const missing = await runScript(SCRIPT, [], { DISCORD_API_BASE: double.apiBase });
    expect(missing).toMatchObject({ code: 2, stderr: 'deploy-commands: DISCORD_TOKEN and DISCORD_APPLICATION_ID are required (see .env.example)\n' });
  }, 30_000);
});
