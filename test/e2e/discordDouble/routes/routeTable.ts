import type { RouteRequest, RouteResponse } from '../http.js';
import type { DoubleState } from '../state.js';

/** One REST route: `pattern` uses `:name` segments, matched against the path after `/api/v10`. */
export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: string;
  /** Bot routes need `Authorization: Bot <token>`; interaction and webhook routes are authorised by their token. */
  auth: 'bot' | 'none';
  handle(request: RouteRequest, state: DoubleState): RouteResponse | Promise<RouteResponse>;
}

export interface RouteMatch {
  route: RouteDefinition;
  params: Record<string, string>;
}

/** Compiles route patterns once; path segments are URL-decoded (interaction tokens arrive encoded). */
export function createRouteMatcher(routes: readonly RouteDefinition[]): (method: string, path: string) => RouteMatch | undefined {
  const compiled = routes.map((route) => ({
    route,
    regex: new RegExp(`^${route.pattern.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
  }));
  return (method, path) => {
    for (const { route, regex } of compiled) {
      const found = route.method === method ? regex.exec(path) : null;
      if (!found) continue;
      const params = Object.fromEntries(Object.entries(found.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]));
      return { route, params };
    }
    return undefined;
  };
}
