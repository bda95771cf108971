import { PermissionFlagsBits } from 'discord.js';
import { UserError, type Invoker } from './command.js';

/** Whether a member's permissions (Discord's decimal bitfield) include Manage Server, which Administrator implies. */
export function canManageServer(permissions: string | null | undefined): boolean {
  if (!permissions || !/^\d+$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & PermissionFlagsBits.Administrator) !== 0n || (bits & PermissionFlagsBits.ManageGuild) !== 0n;
}

/**
 * Refuses a member without Manage Server. Discord hides a command registered with `default_member_permissions`
 * from such members, but a server's admins can grant it to anyone in Integrations, so the bot checks again.
 */
export function requireModerator(invoker: Invoker, command: string): void {
  if (canManageServer(invoker.permissions)) return;
  const message = `Only moderators with the Manage Server permission can use ${command}.`;
  throw new UserError(message);
}
