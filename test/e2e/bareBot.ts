/**
 * The benchmark's baseline: the least a discord.js bot can do, answering "pong" to every slash command. It is
 * configured like ours (DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_BASE) so both run against the same
 * Discord double, and it keeps the same manners (no pings), so only our bot's own work separates the two.
 *
 * Run: DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… DISCORD_API_BASE=http://127.0.0.1:PORT/api tsx test/e2e/bareBot.ts
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const token = process.env['DISCORD_TOKEN']?.trim();
const applicationId = process.env['DISCORD_APPLICATION_ID']?.trim();
const apiBase = process.env['DISCORD_API_BASE']?.trim();

if (!token || !applicationId) {
  console.error('bareBot: DISCORD_TOKEN and DISCORD_APPLICATION_ID are required');
  process.exit(2);
}

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  allowedMentions: { parse: [], repliedUser: false },
  ...(apiBase ? { rest: { api: apiBase } } : {}),
});

client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  interaction.reply({ content: 'pong' }).catch((error: unknown) => console.error('bareBot: reply failed:', String(error)));
});

client.once(Events.ClientReady, (ready) => {
  console.log(`bareBot: ready as ${ready.user.tag} (application ${applicationId})`);
});

const stop = (): void => {
  void client.destroy().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await client.login(token);
