/**
 * Request pacing: a token bucket holding one token, refilled at `perSecond`, so requests leave at
 * most `perSecond` per second and never in bursts. Hand-written because it is a few lines and the
 * libraries that offer it also bring queues and clocks we do not want.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface RateLimiter {
  /** Resolves when the caller may send its request. */
  acquire(): Promise<void>;
}

/** A limiter for `perSecond` requests a second; `undefined` means unlimited. Throws on a non-positive rate. */
export function createRateLimiter(perSecond: number | undefined, now: () => number = performance.now.bind(performance)): RateLimiter {
  if (perSecond === undefined) return { acquire: async () => {} };
  if (!Number.isFinite(perSecond) || perSecond <= 0) {
    throw new Error(`rateLimitPerSecond must be a positive number, got ${String(perSecond)}`);
  }
  const intervalMs = 1000 / perSecond;
  let nextFreeAt = -Infinity;
  return {
    async acquire() {
      const at = now();
      // Reserve the next slot synchronously, so concurrent callers queue up in call order.
      const slot = Math.max(at, nextFreeAt);
      nextFreeAt = slot + intervalMs;
      if (slot > at) await sleep(slot - at);
    },
  };
}
