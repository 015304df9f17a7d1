/**
 * The reference server's raw request rate, measured by autocannon (in this process) against a
 * `users-conformance serve` child: one simple authenticated GET, many connections, fixed duration.
 */
import autocannon from 'autocannon';
import { startExternal } from './servers.js';

export interface RawRate {
  spec: string;
  path: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  non2xx: number;
  errors: number;
}

export async function rawRate(spec: string, path: string, connections = 10, durationSeconds = 5): Promise<RawRate> {
  const server = await startExternal(spec, spec === 'lenses-hq' ? 'lenses' : 'runai');
  try {
    const result = await autocannon({
      url: `${server.target.baseUrl}${path}`,
      connections,
      duration: durationSeconds,
      headers: { authorization: `Bearer ${server.target.credentials.adminToken}` },
    });
    return {
      spec, path, connections, durationSeconds,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      non2xx: result.non2xx,
      errors: result.errors,
    };
  } finally {
    await server.close();
  }
}
