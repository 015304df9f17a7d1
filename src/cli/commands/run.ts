/**
 * `users-conformance run`: a thin layer over vitest. Flags become the suites' environment variables,
 * are validated before anything starts, and the `suites` vitest project runs with the conformance
 * reporter (results.json, index.html, junit.xml) and a progress display. Exit codes: see `--help`.
 */
import { Option, type Command } from 'commander';
import { applyConfigFile } from '../config-file/apply.js';
import { ConfigFileError, findConfigFile, readConfigFile } from '../config-file/read.js';
import { executeRun } from '../run/execute.js';
import type { RunFlags } from '../run/flags.js';
import { colorOf, colourSummary, quietOf } from '../run/output.js';
import { writeStartFailureReport } from '../run/start-failure.js';
import { runHelpText } from '../run/help.js';
import { prepareRun } from '../run/prepare.js';
import { formatSummary } from '../run/summary.js';
import { printable } from '../printable.js';
import { EXIT } from '../usage-error.js';

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
    .option('--header <"Name: value">', 'extra request header sent with every request (repeatable; the value is kept out of reports)', (value: string, previous?: string[]) => [...(previous ?? []), value])
    .option('--only <ids...>', 'run only these check ids or id prefixes (e.g. lifecycle auth.missing-token)')
    .option('--operation <ids...>', 'report only results on these operationIds (flow-wide results stay); see `spec <id>`')
    .option('--skip-operation <ids...>', 'disable results on these operationIds')
    .option('--max-failures <n>', 'stop starting scenarios after n failed scenarios; the run is then incomplete (exit 1 on a MUST failure, else 3)')
    .option('--runs <n>', 'fast-check runs per property (default 25)')
    .option('--seed <n>', 'seed of the generated data (replays a run exactly)')
    .option('--timeout-ms <n>', 'per-request timeout in ms (default 10000)')
    .option('--concurrency <n>', 'parallel requests where flows allow them (default 8)')
    .option('--report-dir <dir>', 'where results.json, index.html and junit.xml go (default reports/)')
    .option('--read-only', 'send only GET and login requests; checks that write are disabled')
    .option('--rate-limit <n/s>', 'at most this many requests per second, e.g. 20/s')
    .option('--shard <i/n>', 'run the i-th of n even shares of the scenarios (CI matrix); merge with `report --merge`')
    .option('--baseline <file>', 'known failures (from `users-conformance baseline`): reported, not gating')
    .option('--config <file>', 'settings file (default: users-conformance.config.json here, if any; see `init`); flags win')
    .option('--quiet', 'print only the verdict and the failures')
    .option('--color', 'colour the output (default: only on a terminal; NO_COLOR / FORCE_COLOR)')
    .option('--no-color', 'no colour')
    .addOption(new Option('--list', 'print the checks that would run, with their levels, and exit; sends no request'))
    .addHelpText('after', runHelpText())
    .action(async (flags: RunFlags) => {
      process.exitCode = await runCommand(flags);
    });
}

async function runCommand(given: RunFlags): Promise<number> {
  const { flags, env, configPath } = await withConfigFile(given);
  if (flags.list) {
    const { config, specs } = await prepareRun(flags, env, process.cwd());
    const { formatListing, listChecks } = await import('../run/list-checks.js');
    console.log(formatListing(specs.map((spec) => listChecks(spec, config.options)), config.targetUrl ?? 'embedded reference server'));
    return EXIT.ok;
  }
  const quiet = quietOf(flags, env);
  const color = colorOf(flags, env, process.stdout);
  const { ProgressReporter } = await import('../run/progress-reporter.js');
  // Quiet: no progress (a stop by signal is still said, on stderr).
  const progress = new ProgressReporter(quiet ? { write: () => true } : process.stderr);
  if (configPath && !quiet) process.stderr.write(`settings from ${configPath}\n`);
  const reporters = ({ config }: { config: Parameters<typeof progress.announce>[0] }) => {
    progress.announce(config);
    return [progress];
  };
  const onStopping = (signal: NodeJS.Signals) => (quiet ? process.stderr.write(`${signal}: stopping; the report will be incomplete\n`) : progress.noteStopping(signal));
  const run = await executeRun(flags, env, process.cwd(), { reporters, onStopping });
  if ('stoppedCode' in run) return run.stoppedCode;
  if (run.maxFailuresReached) console.log(`Stopped early: ${run.maxFailuresReached} scenario${run.maxFailuresReached === 1 ? '' : 's'} failed (--max-failures ${run.maxFailuresReached}); the scenarios not started were not run, so the report is incomplete.`);
  // Ids, labels and messages in the summary may come from the server: made printable before colouring.
  console.log(colourSummary(printable(formatSummary(run.report, run.comparison, run.files, run.gate, { quiet })), color));
  if (run.shard && !quiet) console.log(`Shard ${run.shard.index}/${run.shard.count}: its share of the scenarios only; \`users-conformance report --merge <each shard's report folder>\` gives the run's report and verdict.`);
  return run.gate.code;
}

/**
 * The flags and environment with the config file's settings under them. A bad file stops the run
 * like a bad flag (exit 2), and still leaves the report files for CI.
 */
async function withConfigFile(flags: RunFlags): Promise<{ flags: RunFlags; env: NodeJS.ProcessEnv; configPath?: string }> {
  try {
    const path = findConfigFile(flags.config ?? process.env.CONFORMANCE_CONFIG, process.cwd());
    const merged = applyConfigFile(flags, process.env, path ? readConfigFile(path) : undefined);
    return { ...merged, ...(path ? { configPath: path } : {}) };
  } catch (error) {
    if (error instanceof ConfigFileError && !flags.list) await writeStartFailureReport({ flags, env: process.env, cwd: process.cwd(), startedAt: new Date(), error });
    throw error;
  }
}
