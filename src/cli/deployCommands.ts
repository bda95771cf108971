import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { REST } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { formatCommandDiff, isUpToDate } from '../discord/commandDiff.js';
import { compareRegistered, describeScope, registerCommands, type RegistrationScope } from '../discord/registerCommands.js';
import { registrationProblems } from '../discord/registrationProblems.js';

const USAGE = `Usage: npm run deploy-commands [-- --dry-run]
  Registers the slash commands in commands/index.ts to DISCORD_GUILD_ID when set, else globally.
  --dry-run  print the commands' JSON and what would change against what is registered; change nothing`;

/** Exit codes: 0 registered (or nothing to do), 1 the commands break Discord's limits or Discord refused, 2 bad usage or settings. */
async function deployCommands(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(process.env);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) throw new ConfigError('DISCORD_TOKEN and DISCORD_APPLICATION_ID are required (see .env.example)');
  const bodies = commands.map((command) => command.data);
  const problems = registrationProblems(bodies);
  if (problems.length > 0) {
    process.stderr.write(`deploy-commands: the commands break Discord's registration limits:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
    return 1;
  }
  const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(config.DISCORD_TOKEN);
  const scope: RegistrationScope = { applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID };
  const { diff } = await compareRegistered(rest, scope, bodies);
  if (values['dry-run']) out.write(`${JSON.stringify(bodies, null, 2)}\n`);
  out.write(`Commands for ${describeScope(scope)}:\n${formatCommandDiff(diff).join('\n')}\n`);
  if (values['dry-run']) {
    out.write(isUpToDate(diff) ? 'Dry run: nothing would change.\n' : 'Dry run: nothing was changed.\n');
    return 0;
  }
  if (isUpToDate(diff)) {
    out.write('Already up to date; nothing sent.\n');
    return 0;
  }
  const registered = await registerCommands(rest, scope, bodies);
  out.write(`Registered ${registered.length} commands for ${describeScope(scope)}.\n`);
  return 0;
}

loadDotenv({ quiet: true });
try {
  process.exitCode = await deployCommands(process.argv.slice(2), process.stdout);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const hint = (error as { status?: unknown }).status === 401 ? ' (Discord refused DISCORD_TOKEN)' : '';
  process.stderr.write(`deploy-commands: ${message}${hint}\n`);
  const usage = error instanceof ConfigError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  process.exitCode = usage ? 2 : 1;
}
