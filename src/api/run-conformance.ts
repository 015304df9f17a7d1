/**
 * `runConformance(options)`: the conformance run as a function, for any runner (node:test, Jest,
 * Mocha, a script). The same engine, validation, reports and gate as `users-conformance run`; it
 * prints nothing and leaves `process.env` and `process.exitCode` alone.
 *
 * @example
 * const result = await runConformance({ target: 'http://127.0.0.1:8080', spec: 'runai-2.24', token: process.env.TARGET_TOKEN });
 * assert.equal(result.verdict, 'pass', result.line);
 */
import { executeRun } from '../cli/run/execute.js';
import { UsageError } from '../cli/usage-error.js';
import { summarize, type CheckRecord, type ReportFiles, type RunReport, type StatusSummary } from '../report/index.js';
import { toRunFlags, type ConformanceOptions } from './options.js';

export interface ConformanceResult {
  /** `pass` (exit 0), `fail` (a MUST check failed: exit 1), `no-verdict` (nothing trustworthy judged, or stopped: exit 3). */
  verdict: 'pass' | 'fail' | 'no-verdict';
  /** The exit code `users-conformance run` would give. */
  exitCode: number;
  /** One line: the verdict, the exit code and why (as the CLI prints it). */
  line: string;
  /** Check results per status, over all specs. */
  summary: StatusSummary;
  /** Every check result, with expected/actual and reproduction for failures (secrets redacted). */
  checks: CheckRecord[];
  /** The whole report, as in results.json. */
  report: RunReport;
  /** Where results.json, index.html and junit.xml were written. */
  reportDir: string;
  files: ReportFiles;
}

/** A mistake in the options (bad value, unknown spec, unreachable target, refused credentials). */
export class ConformanceOptionsError extends Error {
  override readonly name = 'ConformanceOptionsError';
}

/**
 * Runs the conformance suites against `options.target` (or the embedded reference servers) and
 * writes the reports. Rejects with a `ConformanceOptionsError` when the run cannot start.
 */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceResult> {
  let run: Awaited<ReturnType<typeof executeRun>>;
  // vitest sets process.exitCode when a test fails; the caller decides what a verdict means for its process.
  const exitCode = process.exitCode;
  try {
    run = await executeRun(toRunFlags(options), process.env, process.cwd());
  } catch (error) {
    if (error instanceof UsageError) throw new ConformanceOptionsError(error.message);
    throw error;
  } finally {
    process.exitCode = exitCode;
  }
  if ('stoppedCode' in run) throw new ConformanceOptionsError(`the run was stopped before it wrote a report (exit ${run.stoppedCode})`);
  const { report, files, gate } = run;
  const verdict = gate.code === 0 ? 'pass' : gate.label === 'FAIL' ? 'fail' : 'no-verdict';
  return { verdict, exitCode: gate.code, line: gate.line, summary: summarize(report.checks), checks: report.checks, report, reportDir: run.reportDir, files };
}
