/**
 * Runs the `suites` vitest project through vitest's node API, with the package folder as root (so
 * it works from any directory and from an installed package) and the given reporters instead of
 * vitest's own. vitest's terminal output is captured and shown only when the run could not start.
 *
 * Ctrl+C (SIGINT) or SIGTERM cancels the run instead of killing the process: the scenarios in
 * flight finish, global setup's teardown sweeps the run's resources, the reporter writes the report
 * with `complete: false`. A second signal exits at once (the reporter's exit hook still writes
 * what it has).
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createVitest, type Reporter, type TestRunEndReason } from 'vitest/node';
import type { RunConfig } from '../../config/run-config.js';
import { packageRoot } from '../../meta/package.js';

export interface SuitesRun {
  /** The signal that stopped the run, if one did. */
  interrupted?: NodeJS.Signals;
  /** True when `--max-failures` stopped the run (vitest's bail cancelled the scenarios not started). */
  bailed?: boolean;
  /** Set when vitest could not run the suites at all (e.g. global setup failed); vitest's own words. */
  startError?: string;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
export const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

export async function runSuites(config: RunConfig, reporters: Reporter[], onStopping: (signal: NodeJS.Signals) => void): Promise<SuitesRun> {
  // The configuration reaches global setup and the workers through vitest's provide, not the
  // environment: a programmatic caller's process.env is left as it was.
  const root = packageRoot();
  const captured: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured.push(String(chunk));
      done();
    },
  });
  let endReason: TestRunEndReason | undefined;
  const endWatcher: Reporter = { onTestRunEnd: (_modules, _errors, reason) => void (endReason = reason) };
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const vitest = await createVitest(
    'test',
    // The run configuration goes to global setup as resolved here: no second parse of the environment.
    { root, config: join(root, 'vitest.config.ts'), project: 'suites', watch: false, reporters: [...reporters, endWatcher], passWithNoTests: false, provide: { runConfig: config }, ...(config.options.maxFailures ? { bail: config.options.maxFailures } : {}) },
    {},
    { stdout: sink, stderr: sink },
  );
  // vitest exits the process 1 ms after a signal, which would skip the teardown sweep and the report.
  for (const signal of SIGNALS) for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);

  const run: SuitesRun = {};
  const onSignal = (signal: NodeJS.Signals) => {
    if (run.interrupted) process.exit(SIGNAL_EXIT[signal] ?? 1);
    run.interrupted = signal;
    onStopping(signal);
    void vitest.cancelCurrentRun('keyboard-input');
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    await vitest.start([]);
    // Interrupted without a signal of ours: bail reached --max-failures.
    if (!run.interrupted && endReason === 'interrupted' && config.options.maxFailures) run.bailed = true;
  } catch (error) {
    run.startError = firstLine(captured.join('')) ?? (error instanceof Error ? error.message : String(error));
  } finally {
    await vitest.close();
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
  if (process.env.USERS_CONFORMANCE_DEBUG) process.stderr.write(captured.join(''));
  return run;
}

/** The message line of vitest's error print-out (without colours, banners and stack). */
function firstLine(text: string): string | undefined {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  return plain.split('\n').map((l) => l.trim()).find((l) => /^(\w*Error|Error):/.test(l));
}
