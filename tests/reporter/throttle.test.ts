import { describe, expect, it } from 'vitest';
import { createThrottledWriter } from '../../src/report/vitest/throttle.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('throttled writer', () => {
  it('writes at most once per interval, never twice at once, and catches up after the last request', async () => {
    let writes = 0;
    let running = 0;
    let overlap = false;
    let lastWriteStarted = 0;
    const writer = createThrottledWriter(async () => {
      lastWriteStarted = Date.now();
      running++;
      overlap ||= running > 1;
      await sleep(20);
      writes++;
      running--;
    }, 100);
    const started = Date.now();
    let lastRequest = 0;
    for (let i = 0; i < 20; i++) {
      lastRequest = Date.now();
      writer.request();
      await sleep(10);
    }
    const requesting = Date.now() - started;
    // The trailing write starts after the last request; on a loaded machine timers run late, so wait for it.
    for (let waited = 0; !(lastWriteStarted >= lastRequest && running === 0) && waited < 5_000; waited += 10) await sleep(10);
    expect(lastWriteStarted).toBeGreaterThanOrEqual(lastRequest);
    expect(overlap).toBe(false);
    // The first write, at most one per interval while requests kept coming, and the trailing one
    // (bounds from the time actually spent, so a loaded machine does not make this flaky).
    expect(writes).toBeGreaterThanOrEqual(2);
    expect(writes).toBeLessThanOrEqual(Math.ceil(requesting / 100) + 2);
    const settled = writes;
    await sleep(150);
    expect(writes).toBe(settled);
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
