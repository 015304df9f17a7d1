/**
 * The `users-conformance` command. Each subcommand lives in `commands/`; this file wires them and
 * turns known errors into one-line messages with exit code 2.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config-error.js';
import { MergeError, ResultsFileError } from '../report/index.js';
import { SpecLoadError } from '../spec/index.js';
import { registerBaselineCommand } from './commands/baseline.js';
import { registerFaultMatrixCommand } from './commands/fault-matrix.js';
import { registerInitCommand } from './commands/init.js';
import { registerReplayCommand } from './commands/replay.js';
import { registerReportCommand } from './commands/report.js';
import { registerRunCommand } from './commands/run.js';
import { registerServeCommand } from './commands/serve.js';
import { registerSpecCommand } from './commands/spec.js';
import { registerSpecsCommand } from './commands/specs.js';
import { registerSweepCommand } from './commands/sweep.js';
import { EXIT, UsageError } from './usage-error.js';
import { packageVersion } from '../meta/package.js';
import { printable } from './printable.js';

export function buildProgram(): Command {
  const program = new Command('users-conformance')
    .description('Contract and conformance tests for user-management HTTP APIs (Run:ai Users, Lenses HQ Users)')
    .version(packageVersion())
    .exitOverride()
    // Commander's own errors (unknown option, missing value) as one line, like ours.
    .configureOutput({ outputError: (text, write) => write(`users-conformance: ${text.replace(/^error: /, '').trim()} (see --help)\n`) });
  program.addHelpText('after', `
Examples:
  users-conformance run                                   # all specs on the embedded reference servers → reports/index.html
  users-conformance run --target URL --spec runai-2.24 --token "$TARGET_TOKEN"
  users-conformance run --spec lenses-hq --list           # what would run; sends nothing
  users-conformance init --target URL --spec runai-2.24   # a starter users-conformance.config.json for CI
  users-conformance report reports/results.json           # rebuild index.html and junit.xml
  users-conformance report --merge shard-1 shard-2 --out reports   # one report from run --shard 1/2 and 2/2
  users-conformance baseline reports/results.json > baseline.json
  users-conformance replay reports/results.json --target URL --token "$TARGET_TOKEN"
  users-conformance sweep reports/results.json --token "$TARGET_TOKEN"   # after a killed run: delete what it left

Run \`users-conformance run --help\` for every flag, its environment variable, and the exit codes.`);
  registerRunCommand(program);
  registerReportCommand(program);
  registerInitCommand(program);
  registerBaselineCommand(program);
  registerReplayCommand(program);
  registerSweepCommand(program);
  registerSpecsCommand(program);
  registerSpecCommand(program);
  registerServeCommand(program);
  registerFaultMatrixCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander already printed the message (or help/version, which exit with 0).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof SpecLoadError) {
    console.error(`users-conformance: spec ${printable(error.describe())}`);
    return EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof ResultsFileError || error instanceof MergeError) {
    console.error(`users-conformance: ${printable(error.message)}`);
    return EXIT.usage;
  }
  console.error(`users-conformance: internal error: ${printable(error instanceof Error ? error.message : String(error))}`);
  if (process.env.USERS_CONFORMANCE_DEBUG) console.error(error);
  return EXIT.usage;
}
