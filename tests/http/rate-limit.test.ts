import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/http/rate-limit.js';
import { testClient } from './clients.js';
import { json, startServer } from './test-server.js';

describe('rate limiting', () => {
  it('N requests at R/s take about (N-1)/R seconds', async () => {
    const target = await startServer((_req, res) => json(res, 200, {}));
    const client = testClient({ baseUrl: target.url, rateLimitPerSecond: 10 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 6 }, () => client.send({ method: 'GET', path: '/', auth: { kind: 'none' } })));
    const elapsedSeconds = (performance.now() - started) / 1000;
    expect(elapsedSeconds).toBeGreaterThanOrEqual((5 / 10) * 0.8);
    expect(target.requests).toHaveLength(6);
  });

  it('is unlimited when no rate is given, and rejects a non-positive rate', async () => {
    const limiter = createRateLimiter(undefined);
    const started = performance.now();
    for (let i = 0; i < 100; i++) await limiter.acquire();
    // Any pacing at all would take seconds here; a busy machine's delays take far less.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(() => createRateLimiter(0)).toThrow(/positive/);
    expect(() => createRateLimiter(Number.NaN)).toThrow(/positive/);
  });
});
