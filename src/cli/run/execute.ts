/**
 * One conformance run, as `run` and `runConformance` make it: flags validated (prepareRun), one
 * preflight of an external target, the `suites` vitest project with the conformance reporter (and
 * the caller's, e.g. the terminal's progress), then the gate against the baseline. Prints nothing.
 */
import { resolve } from 'node:path';
import type { Reporter } from 'vitest/node';
import type { RunConfig } from '../../config/run-config.js';
import type { Shard } from '../../config/shard.js';
import type { ReportFiles, RunReport } from '../../report/index.js';
import type { LoadedSpec } from '../../spec/index.js';
import { readBaseline, type BaselineFile } from '../baseline/baseline-file.js';
import { compareWithBaseline, type BaselineComparison } from '../baseline/compare.js';
import { baselineSection } from '../baseline/section.js';
import { EXIT, UsageError } from '../usage-error.js';
import type { RunFlags } from './flags.js';
import { gateOf, type Gate } from './gate.js';
import { prepareRun, type PreparedRun } from './prepare.js';
import { preflightTarget } from './probe.js';
import { writeStartFailureReport } from './start-failure.js';

type Env = Record<string, string | undefined>;

export interface ExecuteHooks {
  /** Reporters besides the conformance report's (the CLI's progress line). */
  reporters?: (prepared: PreparedRun) => Reporter[];
  /** Called when a first Ctrl+C / SIGTERM starts stopping the run. */
  onStopping?: (signal: NodeJS.Signals) => void;
}

export interface ExecutedRun {
  report: RunReport;
  files: ReportFiles;
  comparison: BaselineComparison;
  baseline?: BaselineFile;
  gate: Gate;
  reportDir: string;
  /** Set when `--max-failures` stopped the run: that many scenarios failed. */
  maxFailuresReached?: number;
  /** This run's share of the scenarios, when it is one shard of several. */
  shard?: Shard;
}

/**
 * Runs the suites; `{ stoppedCode }` when a signal stopped the run before any report. A run that
 * cannot start still writes its report files (the error as the no-verdict reason) before the error
 * is rethrown, so a CI job always finds a junit.xml to publish.
 */
export async function executeRun(flags: RunFlags, env: Env, cwd: string, hooks: ExecuteHooks = {}): Promise<ExecutedRun | { stoppedCode: number }> {
  const known: { startedAt: Date; config?: RunConfig; specs?: LoadedSpec[] } = { startedAt: new Date() };
  try {
    return await startAndRun(flags, env, cwd, hooks, known);
  } catch (error) {
    await writeStartFailureReport({ flags, env, cwd, error, ...known });
    throw error;
  }
}

async function startAndRun(flags: RunFlags, env: Env, cwd: string, hooks: ExecuteHooks, known: { config?: RunConfig; specs?: LoadedSpec[] }): Promise<ExecutedRun | { stoppedCode: number }> {
  const prepared = await prepareRun(flags, env, cwd);
  const { config } = prepared;
  Object.assign(known, { config, specs: prepared.specs });
  const baselinePath = flags.baseline === undefined ? undefined : resolve(cwd, flags.baseline);
  const baseline = baselinePath ? await readBaseline(baselinePath) : undefined;
  // One authenticated read of the target (reachable, credentials accepted, right base URL), before
  // anything starts; the suites are told it was done.
  if (config.targetUrl) {
    await preflightTarget(config, prepared.specs[0]!);
    config.preflighted = true;
  }
  // The caller's reporters first: the progress line says what is tested before vitest has loaded.
  const extra = hooks.reporters?.(prepared) ?? [];
  // vitest and the scenarios load only when a run starts (`--help`, `--list` and bad flags stay quick).
  const [{ default: ConformanceReporter }, { runSuites, SIGNAL_EXIT }] = await Promise.all([import('../../report/vitest-reporter.js'), import('./start-suites.js')]);
  let written: { report: RunReport; files: ReportFiles } | undefined;
  const reporter = new ConformanceReporter({
    quiet: true,
    reportDir: config.reportDir,
    extraSections: baseline && baselinePath ? (report) => [baselineSection(baselinePath, compareWithBaseline(report, baseline))] : undefined,
    onReport: (report, files) => (written = { report, files }),
  });
  const run = await runSuites(config, [reporter, ...extra], (signal) => hooks.onStopping?.(signal));
  const stopped = run.interrupted ? { signal: run.interrupted, code: SIGNAL_EXIT[run.interrupted] ?? EXIT.noVerdict } : undefined;
  if (!written) {
    if (stopped) return { stoppedCode: stopped.code };
    throw new UsageError(`the suites could not start: ${run.startError ?? 'no scenario ran'}`);
  }
  const comparison = compareWithBaseline(written.report, baseline);
  const gate = gateOf(written.report, comparison, { baseline: baseline !== undefined, stopped, shard: config.shard !== undefined });
  const bailed = run.bailed && config.options.maxFailures ? { maxFailuresReached: config.options.maxFailures } : {};
  return { ...written, comparison, ...(baseline ? { baseline } : {}), gate, reportDir: config.reportDir, ...bailed, ...(config.shard ? { shard: config.shard } : {}) };
}
