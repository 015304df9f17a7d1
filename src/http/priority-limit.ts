/**
 * A concurrency limit that lets the most urgent waiting task go first. With independent probes
 * queued by the hundred, a first-come limit makes every request of a long dependent chain wait
 * behind them, and the chain (the run's critical path) sets the wall time; giving the slot to the
 * deepest chain first lets the probes fill the gaps instead. Equal priorities go first come, first
 * served.
 */

export interface PriorityLimit {
  /** Runs `task` once one of the `limit` slots is free, before waiting tasks of lower priority. */
  <T>(priority: number, task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
}

interface Waiter {
  priority: number;
  seq: number;
  start: () => void;
}

/** A limit of `limit` tasks at once (a positive integer). */
export function priorityLimit(limit: number): PriorityLimit {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a positive integer, got ${limit}`);
  const waiting: Waiter[] = [];
  let active = 0;
  let seq = 0;

  const next = () => {
    if (active >= limit || waiting.length === 0) return;
    // Highest priority, then earliest: a linear scan; queues stay in the hundreds.
    let best = 0;
    for (let i = 1; i < waiting.length; i++) {
      const w = waiting[i]!;
      const b = waiting[best]!;
      if (w.priority > b.priority || (w.priority === b.priority && w.seq < b.seq)) best = i;
    }
    const [waiter] = waiting.splice(best, 1);
    active++;
    waiter!.start();
  };

  const run = <T>(priority: number, task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push({
        priority,
        seq: seq++,
        start: () => {
          task().then(resolve, reject).finally(() => {
            active--;
            next();
          });
        },
      });
      next();
    });
  return Object.defineProperty(run, 'active', { get: () => active }) as PriorityLimit;
}
