import type { FaultSpec } from './types.js';
import type { RouteResponse } from './http.js';

interface ArmedFault {
  spec: FaultSpec;
  remaining: number;
}

const matchesRoute = (pattern: string | RegExp, route: string): boolean =>
  typeof pattern === 'string' ? route.includes(pattern) : pattern.test(route);

/** Answers chosen requests with a 429 or 500, the two failures @discordjs/rest retries by itself. */
export class FaultInjector {
  readonly #armed: ArmedFault[] = [];

  arm(spec: FaultSpec): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`Fault times must be a positive integer, got ${times}`);
    this.#armed.push({ spec, remaining: times });
  }

  /** Consumes one use of the first armed fault matching the request, if any, and returns its answer. */
  take(method: string, route: string): RouteResponse | undefined {
    const fault = this.#armed.find(
      ({ spec, remaining }) =>
        remaining > 0 && (spec.method === undefined || spec.method.toUpperCase() === method) && matchesRoute(spec.route, route),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    return fault.spec.status === 429 ? rateLimited(fault.spec.retryAfter ?? 0.1) : serverError();
  }
}

/** Discord's per-route 429: seconds in both the header and the body, scope "user". */
function rateLimited(retryAfter: number): RouteResponse {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    fault: 429,
  };
}

function serverError(): RouteResponse {
  return { status: 500, body: { message: '500: Internal Server Error', code: 0 }, fault: 500 };
}
