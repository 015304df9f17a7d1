import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/http/retry-after.js';
import { testClient } from './clients.js';
import { json, startServer } from './test-server.js';

/** Answers the first `limited` requests with 429 and `retryAfter`, then 200. */
async function limitedServer(limited: number, retryAfter: () => string | undefined) {
  const arrivals: number[] = [];
  const target = await startServer((_req, res) => {
    arrivals.push(performance.now());
    if (arrivals.length > limited) return json(res, 200, { ok: true });
    const value = retryAfter();
    json(res, 429, { code: 429, message: 'slow down' }, value === undefined ? {} : { 'retry-after': value });
  });
  return { target, arrivals };
}

describe('429 with Retry-After', () => {
  it('waits out delay-seconds, resends, and records the wait (not a failure)', async () => {
    const { target, arrivals } = await limitedServer(1, () => '1');
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(200);
    expect(arrivals).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
    expect(res.exchange.attempts).toBe(2);
    expect(res.exchange.retries).toEqual([{ reason: 'rate-limited', status: 429, retryAfter: '1', waitedMs: 1000 }]);
    expect(res.exchange.response?.status).toBe(200);
  });

  it('waits out an HTTP date', async () => {
    const { target, arrivals } = await limitedServer(1, () => new Date(Date.now() + 2000).toUTCString());
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(200);
    // The date has second resolution: the wait is between 1 and 2 s.
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(900);
    expect(res.exchange.retries?.[0]?.waitedMs).toBeLessThanOrEqual(2000);
  });

  it('returns a 429 that asks for longer than the cap at once, without resending', async () => {
    const { target, arrivals } = await limitedServer(1, () => '3600');
    const started = performance.now();
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(429);
    expect(arrivals).toHaveLength(1);
    expect(res.exchange.retries).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stops waiting once the client has waited its budget: later 429s come back at once', async () => {
    const { target, arrivals } = await limitedServer(Infinity, () => '1');
    const client = testClient({ baseUrl: target.url, maxRateLimitWaitMs: 2_500 });
    const first = await client.send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(first.status).toBe(429);
    expect(first.exchange.retries?.map((r) => r.waitedMs)).toEqual([1000, 1000]);
    const second = await client.send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(second.status).toBe(429);
    expect(second.exchange.retries).toBeUndefined();
    expect(arrivals).toHaveLength(4);
  });

  it('gives up after the retry limit and returns the 429', async () => {
    const { target, arrivals } = await limitedServer(Infinity, () => '0');
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(429);
    expect(arrivals).toHaveLength(6);
    expect(res.exchange.retries).toHaveLength(5);
  });

  it('returns a 429 without Retry-After as is', async () => {
    const { target, arrivals } = await limitedServer(1, () => undefined);
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(429);
    expect(arrivals).toHaveLength(1);
    expect(res.exchange.retries).toBeUndefined();
  });

  it('parses both Retry-After forms and rejects garbage', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('Thu Jan  1 12:00:07 2026', now)).toBe(7000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-1', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
