/**
 * Runs a write at most once per interval however often it is requested, never two at once, and
 * always once more after the last request (so the file on disk catches up). `flush` writes now.
 */
export interface ThrottledWriter {
  request(): void;
  /** Cancels the pending timer, waits for a running write, then writes if anything is pending. */
  flush(): Promise<void>;
  /** Cancels the pending timer; nothing more is written. */
  stop(): void;
}

export function createThrottledWriter(write: () => Promise<void>, intervalMs: number): ThrottledWriter {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let lastStart = -Infinity;
  let stopped = false;

  const run = async (): Promise<void> => {
    timer = undefined;
    if (!pending || stopped) return;
    pending = false;
    lastStart = Date.now();
    running = write().finally(() => {
      running = undefined;
    });
    await running;
    if (pending) schedule();
  };

  const schedule = () => {
    if (timer || running || stopped) return;
    const wait = Math.max(0, lastStart + intervalMs - Date.now());
    timer = setTimeout(() => void run(), wait);
    // A pending write must not keep the process alive: the final flush writes anyway.
    timer.unref();
  };

  return {
    request() {
      pending = true;
      schedule();
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      while (running) await running;
      await run();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
