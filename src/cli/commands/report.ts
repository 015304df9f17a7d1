/** `users-conformance report results.json [--out DIR]`: rebuilds index.html, junit.xml and results.sarif from a results.json. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { regenerateReport } from '../../report/index.js';

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .argument('<results.json>', 'a results.json written by `run` (also by a run that was stopped or crashed)')
    .option('--out <dir>', 'write index.html, junit.xml and results.sarif here (default: next to results.json)')
    .description('regenerate the HTML report, JUnit XML and SARIF from a results.json')
    .action(async (path: string, flags: { out?: string }) => {
      const files = await regenerateReport(resolve(path), flags.out === undefined ? undefined : resolve(flags.out));
      const { report } = files;
      console.log(`${report.verdict.toUpperCase()}${report.complete ? '' : ' (the run did not finish)'}: ${report.checks.length} checks of ${report.spec} on ${report.target}`);
      console.log(`wrote ${files.html}`);
      console.log(`wrote ${files.junit}`);
      console.log(`wrote ${files.sarif}`);
    });
}
