import { discordError, type Finding, type RouteResponse } from '../http.js';
import { checkComponents } from '../limits/componentLimits.js';
import { checkAllowedMentions } from '../limits/mentionPolicy.js';
import { checkMessageBody, isEmptyMessage } from '../limits/messageLimits.js';
import { invalidFormBody, type Path } from '../limits/problems.js';

/** A message body Discord would take, with the policy findings to record alongside the answer. */
export interface Accepted {
  findings: Finding[];
}

/**
 * Judges a message body to create or edit: limits refuse it (400 50035, or 50006 for an empty new message);
 * a missing or permissive `allowed_mentions` is only recorded, as Discord accepts it.
 */
export function judgeMessage(body: unknown, files: number, mode: 'create' | 'edit', at: Path = []): Accepted | RouteResponse {
  const findings = checkAllowedMentions(body);
  const problems = [...checkMessageBody(body, at), ...checkComponents(body, at)];
  if (problems.length > 0) return invalidFormBody(problems, { findings });
  if (mode === 'create' && isEmptyMessage(body, files)) {
    return discordError(400, 50006, 'Cannot send an empty message', {
      findings: [...findings, { rule: 'message.empty', detail: 'no content, embeds, components or files', rejected: true }],
    });
  }
  return { findings };
}
