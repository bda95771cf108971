import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Command } from './command.js';
import { formatCommandDiff, isUpToDate } from './commandDiff.js';
import { fromDiscordInteraction } from './fromDiscordInteraction.js';
import { compareRegistered } from './registerCommands.js';
import type { Router } from './router.js';

export interface DiscordBotOptions {
  config: Config & { DISCORD_TOKEN: string; DISCORD_APPLICATION_ID: string };
  router: Router;
  commands: readonly Command[];
  logger: Logger;
  /**
   * A client made with `createDiscordClient`, for what must exist before the first interaction (discord.js replays
   * those that arrived during start-up right after its ready event); default: a new one.
   */
  client?: Client;
}

/** An error as a log line may show it: no stack from deep inside the library, no request URL (interaction tokens). */
const summarize = (error: Error): Record<string, unknown> => ({ name: error.name, message: error.message });

/**
 * The discord.js client: Guilds intent only (slash commands need no privileged intents), pings forbidden on every
 * message it sends, REST through DISCORD_API_BASE when set (a REST proxy, or the test double).
 */
export function createDiscordClient(config: Pick<Config, 'DISCORD_API_BASE'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  });
}

function watchConnection(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error({ err: summarize(error) }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'Discord client warning'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ shardId, err: summarize(error) }, 'Gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'Gateway connection closed'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'Reconnecting to the gateway'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'Gateway session resumed'));
}

/** Registration is `npm run deploy-commands`'s job; at start-up the bot only says when Discord's list is out of date. */
async function checkRegistration(client: Client, options: DiscordBotOptions): Promise<void> {
  const { config, commands, logger } = options;
  const scope = { applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID };
  try {
    const { diff } = await compareRegistered(client.rest, scope, commands.map((command) => command.data));
    if (isUpToDate(diff)) logger.info({ commands: commands.length }, 'Registered commands match the code');
    else logger.warn({ diff: formatCommandDiff(diff) }, 'Registered commands differ from the code: run npm run deploy-commands');
  } catch (error) {
    logger.warn({ err: summarize(error as Error) }, 'Could not compare the registered commands');
  }
}

/** Logs in and resolves once the gateway is ready; interactions go to the router from then on. */
export async function startDiscordBot(options: DiscordBotOptions): Promise<Client> {
  const { config, router, logger } = options;
  const client = options.client ?? createDiscordClient(config);
  watchConnection(client, logger);
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    try {
      const routed = fromDiscordInteraction(interaction);
      if (routed) void router.handle(routed);
    } catch (error) {
      logger.error({ interactionId: interaction.id, err: error }, 'Could not read an interaction');
    }
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'Connected to Discord');
  void checkRegistration(client, options);
  return client;
}
