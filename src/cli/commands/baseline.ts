/** `users-conformance baseline results.json > FILE`: the run's MUST failures as a baseline file (format: src/cli/baseline/baseline-file.ts). */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { readResultsJson } from '../../report/index.js';
import { baselineOf } from '../baseline/baseline-file.js';

export function registerBaselineCommand(program: Command): void {
  program
    .command('baseline')
    .argument('<results.json>', 'a results.json written by `run`')
    .description('print a baseline of the run\'s MUST failures (JSON) for `run --baseline FILE`')
    .addHelpText('after', `
The baseline lists known failures by check id, spec and operation. With \`run --baseline FILE\` they are
reported but do not fail the gate; new failures still do, and known ones that now pass are reported
as fixed. Example:
  users-conformance baseline reports/results.json > conformance-baseline.json`)
    .action(async (path: string) => {
      const results = await readResultsJson(resolve(path));
      const baseline = baselineOf(results);
      if (!results.complete) console.error('users-conformance: note: that run did not finish; the baseline holds only the failures it found');
      process.stdout.write(`${JSON.stringify(baseline, null, 2)}\n`);
      console.error(`${baseline.knownFailures.length} known failure(s) written`);
    });
}
