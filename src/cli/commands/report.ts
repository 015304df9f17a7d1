/**
 * `users-conformance report results.json [--out DIR]`: rebuilds index.html, junit.xml and
 * results.sarif from a results.json. `report --merge DIR… [--out DIR]`: one report (results.json too)
 * from the report folders of a sharded run's shards (`run --shard i/n`), exiting as `run` would
 * have (0 pass, 1 a MUST failure, 3 no verdict).
 */
import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeReports, readResultsJson, regenerateReport, runVerdict, writeReport, type ReportFiles, type RunReport } from '../../report/index.js';
import { EXIT, UsageError } from '../usage-error.js';

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .argument('[results.json]', 'a results.json written by `run` (also by a run that was stopped or crashed)')
    .option('--merge <dirs...>', 'merge the report folders (or results.json files) of the shards of one run; exits 0/1/3 as `run`')
    .option('--out <dir>', 'write the files here (default: next to results.json; with --merge: reports/)')
    .description('regenerate the HTML report, JUnit XML and SARIF from a results.json, or merge shards')
    .action(async (path: string | undefined, flags: { out?: string; merge?: string[] }) => {
      if (flags.merge) {
        if (path !== undefined) throw new UsageError('report: give either a results.json or --merge DIR…, not both');
        const { report, files } = await merge(flags.merge, resolve(flags.out ?? 'reports'));
        const { verdict } = runVerdict(report);
        console.log(`${verdict.toUpperCase()}: ${report.checks.length} checks of ${report.specs.map((s) => s.id).join(',')} merged from ${flags.merge.length} shard${flags.merge.length === 1 ? '' : 's'}`);
        printFiles(files);
        // The merged report is the sharded run's gate: the exit codes of `run`.
        process.exitCode = verdict === 'pass' ? EXIT.ok : verdict === 'fail' ? EXIT.mustFailed : EXIT.noVerdict;
        return;
      }
      if (path === undefined) throw new UsageError('report: give a results.json, or --merge DIR… (see --help)');
      const files = await regenerateReport(resolve(path), flags.out === undefined ? undefined : resolve(flags.out));
      const { report } = files;
      console.log(`${report.verdict.toUpperCase()}${report.complete ? '' : ' (the run did not finish)'}: ${report.checks.length} checks of ${report.spec} on ${report.target}`);
      printFiles(files);
    });
}

async function merge(sources: string[], out: string): Promise<{ report: RunReport; files: ReportFiles }> {
  const parts = await Promise.all(
    sources.map(async (source) => {
      const path = resolve(source);
      const file = isDirectory(path) ? join(path, 'results.json') : path;
      return { source, report: await readResultsJson(file) };
    }),
  );
  const report = mergeReports(parts);
  return { report, files: await writeReport(out, report) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function printFiles(files: Pick<ReportFiles, 'html' | 'junit' | 'sarif'> & { results?: string }): void {
  if (files.results) console.log(`wrote ${files.results}`);
  console.log(`wrote ${files.html}`);
  console.log(`wrote ${files.junit}`);
  console.log(`wrote ${files.sarif}`);
}
