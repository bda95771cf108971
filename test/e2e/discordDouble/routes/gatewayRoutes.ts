import type { RouteDefinition } from './routeTable.js';

/** Discord allows 1000 identifies a day; the double counts them down the same way. */
const IDENTIFIES_PER_DAY = 1_000;

/** GET /gateway/bot: where to connect, how many shards, how many identifies are left. */
export const gatewayRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/gateway/bot',
    auth: 'bot',
    handle: (_request, state) => ({
      status: 200,
      body: {
        url: state.gatewayUrl,
        shards: 1,
        session_start_limit: {
          total: IDENTIFIES_PER_DAY,
          remaining: Math.max(0, IDENTIFIES_PER_DAY - state.identifies),
          reset_after: 86_400_000,
          max_concurrency: 1,
        },
      },
    }),
  },
  { method: 'GET', pattern: '/gateway', auth: 'none', handle: (_request, state) => ({ status: 200, body: { url: state.gatewayUrl } }) },
];
