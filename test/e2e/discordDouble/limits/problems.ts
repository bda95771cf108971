import { chars } from './json.js';
import type { Finding, RouteResponse } from '../http.js';

/** Where inside a body: object keys and array indexes. */
export type Path = readonly (string | number)[];

/** One reason Discord would refuse a body, located by its path inside the body. */
export interface Problem {
  path: Path;
  /** Dotted rule name recorded as the violation, e.g. `embed.title.length`. */
  rule: string;
  /** Discord's error code string, e.g. `BASE_TYPE_MAX_LENGTH`. */
  code: string;
  message: string;
}

export const problem = (path: Path, rule: string, code: string, message: string): Problem => ({
  path, rule, code, message,
});

/** A string length rule in Discord's words: "Must be between 1 and 100 in length." */
export function lengthProblem(path: Path, rule: string, value: unknown, min: number, max: number): Problem | undefined {
  if (typeof value !== 'string') return problem(path, rule, 'BASE_TYPE_REQUIRED', 'This field is required');
  const length = chars(value);
  if (length > max) return problem(path, rule, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  if (length < min) return problem(path, rule, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
  return undefined;
}

export const toFindings = (problems: readonly Problem[], rejected: boolean): Finding[] =>
  problems.map(({ path, rule, message }) => ({ rule, detail: `${path.join('.') || '(body)'}: ${message}`, rejected }));

/**
 * Discord's 400 "Invalid Form Body" (code 50035): errors nested along each problem's path, each leaf holding
 * `_errors: [{ code, message }]`, so @discordjs/rest flattens them into a readable message.
 */
export function invalidFormBody(problems: readonly Problem[], extra: Partial<RouteResponse> = {}): RouteResponse {
  const errors: Record<string, unknown> = {};
  for (const { path, code, message } of problems) {
    let node = errors;
    for (const key of path) node = (node[String(key)] ??= {}) as Record<string, unknown>;
    const list = (node['_errors'] ??= []) as { code: string; message: string }[];
    list.push({ code, message });
  }
  return {
    ...extra,
    status: 400,
    body: { message: 'Invalid Form Body', code: 50035, errors },
    findings: [...(extra.findings ?? []), ...toFindings(problems, true)],
  };
}
