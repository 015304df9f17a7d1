/** The HTTP client for one target: its credentials, pacing and timeouts, and token minting per system. */
import { createHttpClient } from '../http/index.js';
import type { HttpClient } from '../http/types.js';
import type { LoadedSpec } from '../spec/index.js';
import { systemOf } from './systems.js';
import type { RunOptions, TargetConfig } from './target.js';

export function createTargetClient(target: TargetConfig, spec: LoadedSpec, options: RunOptions): HttpClient {
  const { adminToken, viewerToken, clientId, clientSecret, password } = target.credentials;
  const mint = systemOf(spec).mintAdminToken;
  const canMint = !adminToken && clientId && clientSecret && mint;
  return createHttpClient({
    baseUrl: target.baseUrl,
    timeoutMs: options.timeoutMs,
    rateLimitPerSecond: options.rateLimitPerSecond,
    maxConcurrency: Math.max(options.concurrency, 1) * 2,
    secrets: { 'client-secret': clientSecret, password },
    credentials: {
      adminToken,
      viewerToken,
      mintAdminToken: canMint ? () => mint(target.baseUrl, spec, clientId, clientSecret, options.timeoutMs) : undefined,
    },
  });
}
