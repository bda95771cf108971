import type { APIAttachment, APIEmbed, APIMessage, APIMessageInteractionMetadata, APIUser, MessageFlags, MessageType } from 'discord.js';
import { isObject, type Json } from './limits/json.js';

/** Message types the double creates: default, reply to a slash command (20). */
export const MESSAGE_TYPE = { default: 0 as MessageType, chatInputCommand: 20 as MessageType };
/** "Bot is thinking…": the placeholder a deferred reply shows until it is edited. */
export const LOADING_FLAG = 1 << 7;

export interface NewMessage {
  id: string;
  channelId: string;
  author: APIUser;
  body: unknown;
  files: number;
  type?: MessageType;
  /** Interaction responses come from the application's webhook. */
  webhookId?: string;
  interaction?: APIMessageInteractionMetadata;
  extraFlags?: number;
}

const asList = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function attachments(body: Json, files: number, nextId: () => string): APIAttachment[] {
  return Array.from({ length: files }, (_, index) => {
    const meta = asList<Json>(body['attachments'])[index] ?? {};
    const filename = typeof meta['filename'] === 'string' ? meta['filename'] : `file${index}`;
    const id = nextId();
    const url = `https://cdn.discordapp.com/attachments/0/${id}/${filename}`;
    return { id, filename, size: 0, url, proxy_url: url };
  });
}

/** A full message object, as Discord answers a create: discord.js builds a `Message` from it. */
export function buildMessage(input: NewMessage, nextId: () => string): APIMessage {
  const body = isObject(input.body) ? input.body : {};
  const flags = (typeof body['flags'] === 'number' ? body['flags'] : 0) | (input.extraFlags ?? 0);
  return {
    id: input.id, channel_id: input.channelId, author: input.author, type: input.type ?? MESSAGE_TYPE.default,
    content: typeof body['content'] === 'string' ? body['content'] : '',
    embeds: asList<APIEmbed>(body['embeds']).map((embed) => ({ type: 'rich' as APIEmbed['type'], ...embed })),
    components: asList(body['components']), attachments: attachments(body, input.files, nextId),
    mentions: [], mention_roles: [], mention_everyone: false, tts: body['tts'] === true, pinned: false,
    timestamp: new Date().toISOString(), edited_timestamp: null, flags: flags as MessageFlags,
    ...(input.webhookId ? { webhook_id: input.webhookId, application_id: input.webhookId } : {}),
    ...(input.interaction ? { interaction_metadata: input.interaction } : {}),
  };
}

/** An edit keeps what the body leaves out; a deferred reply stops loading with its first edit. */
export function applyEdit(message: APIMessage, body: unknown): APIMessage {
  const edit = isObject(body) ? body : {};
  const wasLoading = ((message.flags ?? 0) & LOADING_FLAG) !== 0;
  const flags = ((message.flags ?? 0) & ~LOADING_FLAG) as MessageFlags;
  return {
    ...message,
    ...(typeof edit['content'] === 'string' || edit['content'] === null ? { content: (edit['content'] as string | null) ?? '' } : {}),
    ...(Array.isArray(edit['embeds']) ? { embeds: edit['embeds'] as APIEmbed[] } : {}),
    ...(Array.isArray(edit['components']) ? { components: edit['components'] as APIMessage['components'] } : {}),
    flags,
    edited_timestamp: wasLoading ? null : new Date().toISOString(),
  };
}
