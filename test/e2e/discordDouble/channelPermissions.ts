import type { APITextChannel } from 'discord.js';
import { FLAGS } from './permissions.js';
import type { World } from './world.js';

const OVERWRITE = { role: 0, member: 1 } as const;
const ALL = (1n << 64n) - 1n;

type Overwrites = NonNullable<APITextChannel['permission_overwrites']>;

/** Applies one overwrite: its denials, then its allowances. */
const apply = (bits: bigint, overwrite: Overwrites[number] | undefined): bigint =>
  overwrite ? (bits & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow) : bits;

/**
 * The bot's permissions in the world's channel, computed as Discord documents it (Permissions > Permission
 * Overwrites): its roles, then the @everyone overwrite, the role overwrites together, then its member overwrite.
 */
export function botChannelPermissions(world: World): bigint {
  const base = BigInt(world.everyoneRole.permissions) | BigInt(world.botRole.permissions);
  if ((base & FLAGS.administrator) !== 0n) return ALL;
  const overwrites = world.channel.permission_overwrites ?? [];
  let bits = apply(base, overwrites.find((o) => o.id === world.guildId));
  const roles = overwrites.filter((o) => o.type === OVERWRITE.role && o.id === world.botRole.id);
  const deny = roles.reduce((all, o) => all | BigInt(o.deny), 0n);
  const allow = roles.reduce((all, o) => all | BigInt(o.allow), 0n);
  bits = (bits & ~deny) | allow;
  return apply(bits, overwrites.find((o) => o.type === OVERWRITE.member && o.id === world.botUser.id));
}

/** What the bot lacks to post in the channel (Discord answers 403, 50013 Missing Permissions), by flag name. */
export function missingToPost(world: World): string[] {
  const bits = botChannelPermissions(world);
  return (['viewChannel', 'sendMessages'] as const).filter((name) => (bits & FLAGS[name]) === 0n);
}
