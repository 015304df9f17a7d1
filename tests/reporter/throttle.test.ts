import { describe, expect, it, vi } from 'vitest';
import { createThrottledWriter } from '../../src/report/vitest/throttle.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('throttled writer', () => {
  it('writes at most once per interval, never twice at once, and catches up after the last request', async () => {
    // Fake timers: the clock moves only when the test says so, so a loaded machine changes nothing.
    vi.useFakeTimers({ now: 0 });
    try {
      const starts: number[] = [];
      let writes = 0;
      let running = 0;
      let overlap = false;
      const writer = createThrottledWriter(async () => {
        starts.push(Date.now());
        running++;
        overlap ||= running > 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        writes++;
        running--;
      }, 100);
      let lastRequest = 0;
      for (let i = 0; i < 20; i++) {
        lastRequest = Date.now();
        writer.request();
        await vi.advanceTimersByTimeAsync(10);
      }
      await vi.runAllTimersAsync();
      expect(overlap).toBe(false);
      expect(running).toBe(0);
      expect(writes).toBe(starts.length);
      // The first write at once, then at most one per interval, and a trailing one after the last request.
      expect(starts[0]).toBe(0);
      expect(starts.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(100);
      expect(starts.at(-1)).toBeGreaterThanOrEqual(lastRequest);
      expect(starts.length).toBeLessThanOrEqual(Math.ceil(lastRequest / 100) + 2);
      const settled = writes;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(writes).toBe(settled);
    } finally {
      vi.useRealTimers();
    }
  });

  it('flush writes what is pending at once; stop cancels the rest', async () => {
    let writes = 0;
    const writer = createThrottledWriter(async () => void writes++, 10_000);
    writer.request();
    await sleep(5);
    writer.request();
    expect(writes).toBe(1);
    await writer.flush();
    expect(writes).toBe(2);
    await writer.flush();
    expect(writes).toBe(2);
    writer.request();
    writer.stop();
    writer.request();
    await sleep(20);
    expect(writes).toBe(2);
  });
});
