/**
 * `users-conformance run`: a thin layer over vitest. Flags become the suites' environment variables,
 * are validated before anything starts, and the `suites` vitest project runs with the conformance
 * reporter (results.json, index.html, junit.xml) and a progress display. Exit codes: see `--help`.
 */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import type { RunConfig } from '../../config/run-config.js';
import type { ReportFiles, RunReport } from '../../report/index.js';
import type { LoadedSpec } from '../../spec/index.js';
import { readBaseline, type BaselineFile } from '../baseline/baseline-file.js';
import { compareWithBaseline } from '../baseline/compare.js';
import { baselineSection } from '../baseline/section.js';
import type { RunFlags } from '../run/flags.js';
import { runHelpText } from '../run/help.js';
import { prepareRun } from '../run/prepare.js';
import { preflightTarget } from '../run/probe.js';
import { writeStartFailureReport } from '../run/start-failure.js';
import { gateOf } from '../run/gate.js';
import { formatSummary } from '../run/summary.js';
import { printable } from '../printable.js';
import { EXIT, UsageError } from '../usage-error.js';

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('run the conformance suites and write the report (default target: the embedded reference servers)')
    .option('--target <url>', 'base URL of the server under test; needs exactly one --spec')
    .option('--spec <id|path>', 'built-in spec id (see `specs`) or OpenAPI file; default: all four built-in specs')
    .option('--token <token>', 'admin bearer token')
    .option('--viewer-token <token>', 'read-only bearer token (viewer checks are skipped without it)')
    .option('--client-id <id>', 'Run:ai application client id (with --client-secret; an admin token is minted)')
    .option('--client-secret <secret>', 'Run:ai application client secret')
    .option('--username <user>', 'a login for session checks (Lenses)')
    .option('--password <password>', 'the password of --username')
    .option('--only <ids...>', 'run only these check ids or id prefixes (e.g. lifecycle auth.missing-token)')
    .option('--runs <n>', 'fast-check runs per property (default 25)')
    .option('--seed <n>', 'seed of the generated data (replays a run exactly)')
    .option('--timeout-ms <n>', 'per-request timeout in ms (default 10000)')
    .option('--concurrency <n>', 'parallel requests where flows allow them (default 8)')
    .option('--report-dir <dir>', 'where results.json, index.html and junit.xml go (default reports/)')
    .option('--read-only', 'send only GET and login requests; checks that write are disabled')
    .option('--rate-limit <n/s>', 'at most this many requests per second, e.g. 20/s')
    .option('--baseline <file>', 'known failures (from `users-conformance baseline`): reported, not gating')
    .addOption(new Option('--list', 'print the checks that would run, with their levels, and exit; sends no request'))
    .addHelpText('after', runHelpText())
    .action(async (flags: RunFlags) => {
      process.exitCode = await runCommand(flags);
    });
}

async function runCommand(flags: RunFlags): Promise<number> {
  const known: { startedAt: Date; config?: RunConfig; specs?: LoadedSpec[] } = { startedAt: new Date() };
  try {
    return await startAndRun(flags, known);
  } catch (error) {
    // Before the suites start no report exists: write one that says why, for CI to publish.
    if (!flags.list) await writeStartFailureReport({ flags, env: process.env, cwd: process.cwd(), error, ...known });
    throw error;
  }
}

async function startAndRun(flags: RunFlags, known: { config?: RunConfig; specs?: LoadedSpec[] }): Promise<number> {
  const prepared = await prepareRun(flags, process.env, process.cwd());
  const { config } = prepared;
  Object.assign(known, { config, specs: prepared.specs });
  const baselinePath = flags.baseline === undefined ? undefined : resolve(flags.baseline);
  const baseline = baselinePath ? await readBaseline(baselinePath) : undefined;
  if (flags.list) {
    const { formatListing, listChecks } = await import('../run/list-checks.js');
    const label = config.targetUrl ?? 'embedded reference server';
    console.log(formatListing(prepared.specs.map((spec) => listChecks(spec, config.options)), label));
    return EXIT.ok;
  }
  // One authenticated read of the target (reachable, credentials accepted, right base URL), before
  // anything starts; the suites are told it was done.
  if (config.targetUrl) {
    await preflightTarget(config, prepared.specs[0]!);
    config.preflighted = true;
  }
  // vitest and the scenarios load only when a run starts (`--help`, `--list` and bad flags stay quick).
  const [{ default: ConformanceReporter }, { ProgressReporter }, { runSuites, SIGNAL_EXIT }] = await Promise.all([
    import('../../report/vitest-reporter.js'),
    import('../run/progress-reporter.js'),
    import('../run/start-suites.js'),
  ]);

  let written: { report: RunReport; files: ReportFiles } | undefined;
  const reporter = new ConformanceReporter({
    quiet: true,
    reportDir: config.reportDir,
    extraSections: baseline && baselinePath ? (report) => [baselineSection(baselinePath, compareWithBaseline(report, baseline))] : undefined,
    onReport: (report, files) => (written = { report, files }),
  });
  const progress = new ProgressReporter(process.stderr);
  const run = await runSuites(prepared.env, config, [reporter, progress], (signal) => progress.noteStopping(signal));
  const stopped = run.interrupted ? { signal: run.interrupted, code: SIGNAL_EXIT[run.interrupted] ?? EXIT.noVerdict } : undefined;
  if (!written) {
    if (stopped) return stopped.code;
    throw new UsageError(`the suites could not start: ${run.startError ?? 'no scenario ran'}`);
  }
  return finish(written.report, written.files, baseline, stopped);
}

/** Prints the summary and returns the exit code: see `gateOf` (and EXIT for why "no verdict" is 3). */
function finish(report: RunReport, files: ReportFiles, baseline: BaselineFile | undefined, stopped: { signal: string; code: number } | undefined): number {
  const comparison = compareWithBaseline(report, baseline);
  const gate = gateOf(report, comparison, { baseline: baseline !== undefined, stopped });
  // Ids, labels and messages in the summary may come from the server.
  console.log(printable(formatSummary(report, comparison, files, gate)));
  return gate.code;
}
