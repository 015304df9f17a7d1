/** The HTTP client for one target: its credentials, pacing and timeouts, and token minting per system. */
import { createHttpClient } from '../http/index.js';
import type { Exchange, HttpClient } from '../http/types.js';
import type { LoadedSpec } from '../spec/index.js';
import type { SystemModule } from './system.js';
import type { RunOptions, TargetConfig } from './target.js';

/** `onExchange` sees every recorded exchange (e.g. the benchmark counts requests and time on the wire). */
export function createTargetClient(target: TargetConfig, spec: LoadedSpec, system: Pick<SystemModule, 'mintAdminToken'>, options: RunOptions, onExchange?: (exchange: Exchange) => void): HttpClient {
  const { adminToken, viewerToken, clientId, clientSecret, password, headers } = target.credentials;
  const mint = system.mintAdminToken;
  const canMint = !adminToken && clientId && clientSecret && mint;
  return createHttpClient({
    baseUrl: target.baseUrl,
    timeoutMs: options.timeoutMs,
    rateLimitPerSecond: options.rateLimitPerSecond,
    maxConcurrency: Math.max(options.concurrency, 1) * 2,
    secrets: { 'client-secret': clientSecret, password },
    ...(headers ? { headers } : {}),
    onExchange,
    credentials: {
      adminToken,
      viewerToken,
      mintAdminToken: canMint ? () => mint(target.baseUrl, spec, clientId, clientSecret, options.timeoutMs, headers) : undefined,
    },
  });
}
