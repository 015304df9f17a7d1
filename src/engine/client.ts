/** The HTTP client for one target: its credentials, pacing and timeouts, and token minting per system. */
import { createHttpClient } from '../http/index.js';
import type { Exchange, HttpClient } from '../http/types.js';
import type { LoadedSpec } from '../spec/index.js';
import { requestSent, type RequestPlace } from './chains.js';
import type { SystemModule } from './system.js';
import type { RunOptions, TargetConfig } from './target.js';

/** Sees every exchange a run's flows send, with its place in the run's dependency graph. */
export type ExchangeListener = (exchange: Exchange, place: RequestPlace) => void;

/**
 * `onExchange` sees every exchange the flows send (e.g. the benchmark counts requests, time on the
 * wire and the critical path). `--concurrency` is a hard cap on requests in flight to the target.
 */
export function createTargetClient(target: TargetConfig, spec: LoadedSpec, system: Pick<SystemModule, 'mintAdminToken'>, options: RunOptions, onExchange?: ExchangeListener): HttpClient {
  const { adminToken, viewerToken, clientId, clientSecret, password, headers } = target.credentials;
  const mint = system.mintAdminToken;
  const canMint = !adminToken && clientId && clientSecret && mint;
  const http = createHttpClient({
    baseUrl: target.baseUrl,
    timeoutMs: options.timeoutMs,
    rateLimitPerSecond: options.rateLimitPerSecond,
    maxConcurrency: Math.max(options.concurrency, 1),
    secrets: { 'client-secret': clientSecret, password },
    ...(headers ? { headers } : {}),
    credentials: {
      adminToken,
      viewerToken,
      mintAdminToken: canMint ? () => mint(target.baseUrl, spec, clientId, clientSecret, options.timeoutMs, headers) : undefined,
    },
  });
  return placed(http, onExchange);
}

/** The client, noting each request's place in its chain (see chains.ts) and handing both to `onExchange`. */
function placed(http: HttpClient, onExchange?: ExchangeListener): HttpClient {
  return {
    ...http,
    async send(request) {
      const sent = requestSent();
      try {
        // The deeper its chain, the sooner a request gets a slot (see priority-limit.ts).
        const response = await http.send({ priority: sent.place.depth, ...request });
        onExchange?.(response.exchange, sent.place);
        return response;
      } finally {
        sent.done();
      }
    },
  };
}
