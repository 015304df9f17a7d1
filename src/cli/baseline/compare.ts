/**
 * A run against a baseline: which MUST failures are new (they fail the gate), which are known
 * (reported, not gating), which known failures now pass (fixed), and which were not checked this
 * time (their spec or check did not run, or ended skipped/disabled/error).
 */
import { failsGate, type CheckRecord, type RunReport } from '../../report/index.js';
import { failureKey, recordKey, type BaselineFile, type KnownFailure } from './baseline-file.js';

export interface BaselineComparison {
  /** Whether there was a baseline to compare with (without one, every failure is simply a failure). */
  compared: boolean;
  newFailures: CheckRecord[];
  knownFailures: CheckRecord[];
  fixed: KnownFailure[];
  notChecked: KnownFailure[];
}

export function compareWithBaseline(report: Pick<RunReport, 'checks'>, baseline: BaselineFile | undefined): BaselineComparison {
  const failures = report.checks.filter(failsGate);
  if (!baseline) return { compared: false, newFailures: failures, knownFailures: [], fixed: [], notChecked: [] };
  const known = new Set(baseline.knownFailures.map(failureKey));
  const byKey = new Map<string, CheckRecord[]>();
  for (const record of report.checks) byKey.set(recordKey(record), [...(byKey.get(recordKey(record)) ?? []), record]);
  const fixed: KnownFailure[] = [];
  const notChecked: KnownFailure[] = [];
  for (const entry of baseline.knownFailures) {
    const records = byKey.get(failureKey(entry)) ?? [];
    if (records.some(failsGate)) continue;
    if (records.some((r) => r.status === 'passed')) fixed.push(entry);
    else notChecked.push(entry);
  }
  return {
    compared: true,
    newFailures: failures.filter((r) => !known.has(recordKey(r))),
    knownFailures: failures.filter((r) => known.has(recordKey(r))),
    fixed,
    notChecked,
  };
}
