/**
 * Time on the wire: every exchange's attempt (request sent → body read, `Exchange.durationMs`) as an
 * interval ending when the client reports it. Their union is the wall time during which at least one
 * request was waiting on a server; the rest of the wall time the suite was busy with itself
 * (generation, validation, bookkeeping) or idle.
 */
import type { Exchange } from '../../src/http/types.js';

export interface WireTime {
  requests: number;
  /** Wall time with at least one request in flight. */
  unionMs: number;
  /** Sum of all attempt durations (÷ wall = average requests in flight). */
  sumMs: number;
}

export function createWireClock() {
  const intervals: [number, number][] = [];
  return {
    record(exchange: Exchange): void {
      const end = performance.now();
      intervals.push([end - exchange.durationMs, end]);
    },
    totals(): WireTime {
      const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
      let unionMs = 0;
      let sumMs = 0;
      let current: [number, number] | undefined;
      for (const [start, end] of sorted) {
        sumMs += end - start;
        if (current && start <= current[1]) {
          current[1] = Math.max(current[1], end);
        } else {
          if (current) unionMs += current[1] - current[0];
          current = [start, end];
        }
      }
      if (current) unionMs += current[1] - current[0];
      return { requests: intervals.length, unionMs, sumMs };
    },
  };
}
