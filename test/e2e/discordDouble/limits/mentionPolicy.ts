import type { Finding } from '../http.js';
import { isObject } from './json.js';

/**
 * Our promise that the bot never pings anyone: every message body it sends or edits carries
 * `allowed_mentions: { parse: [] }` and names no users or roles. Discord accepts bodies without it (and would then
 * ping whatever the text mentions), so these findings are recorded, never refused.
 */
export function checkAllowedMentions(body: unknown): Finding[] {
  const allowed = isObject(body) ? body['allowed_mentions'] : undefined;
  if (!isObject(allowed)) {
    return [{ rule: 'allowed_mentions.missing', detail: 'allowed_mentions is missing; mentions in the text would ping', rejected: false }];
  }
  const findings: Finding[] = [];
  const parse = allowed['parse'];
  if (!Array.isArray(parse)) {
    findings.push({ rule: 'allowed_mentions.parse', detail: 'allowed_mentions.parse must be an empty array', rejected: false });
  } else if (parse.length > 0) {
    findings.push({ rule: 'allowed_mentions.parse', detail: `allowed_mentions.parse allows ${parse.join(', ')}`, rejected: false });
  }
  for (const key of ['users', 'roles'] as const) {
    const ids = allowed[key];
    if (Array.isArray(ids) && ids.length > 0) {
      findings.push({ rule: `allowed_mentions.${key}`, detail: `allowed_mentions.${key} lets ${ids.length} id(s) be pinged`, rejected: false });
    }
  }
  if (allowed['replied_user'] === true) {
    findings.push({ rule: 'allowed_mentions.replied_user', detail: 'allowed_mentions.replied_user pings the replied-to author', rejected: false });
  }
  return findings;
}
