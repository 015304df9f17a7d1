/**
 * The report of a run that no reporter of ours watched (a `conformance()` project in a server team's
 * vitest config): built in global setup's teardown from the worker's outcomes and the sweep, with the
 * same collector, verdict and files (results.json, index.html, junit.xml) as the reporter's.
 */
import type { ConformanceRunContext } from '../engine/target.js';
import type { RunReport } from './types.js';
import { createCollectorFor } from './vitest-reporter.js';
import type { SweepEntry } from './vitest/collector.js';
import { takeOutcomesRecord } from './vitest/outcomes-record.js';
import { writeReport, type ReportFiles } from './write-report.js';

export async function writeReportFromSetup(context: ConformanceRunContext, startedAt: Date, sweeps: readonly SweepEntry[]): Promise<{ report: RunReport; files: ReportFiles }> {
  const collector = await createCollectorFor(context, startedAt);
  const outcomes = await takeOutcomesRecord(context.reportDir, context.runId);
  for (const outcome of outcomes ?? []) collector.addOutcome(outcome);
  if (!outcomes) {
    const specs = context.targets.map((t) => t.specId).join(',');
    collector.addCrash({ spec: specs, scenario: 'suites', message: 'the suites recorded no outcomes (the worker crashed, a test filter left scenarios out, or the run was stopped)' });
  }
  collector.addSweeps(sweeps);
  const report = collector.finish(outcomes !== undefined);
  return { report, files: await writeReport(context.reportDir, report) };
}
