/** Counts over a matrix, and the problems that make it fail (a missed fault, a false alarm, …). */
import { SHOULD_ONLY_FAULTS } from './exceptions.js';
import type { FaultMatrix, FaultMatrixRow, FaultMatrixTotals } from './types.js';

export function matrixTotals(rows: readonly FaultMatrixRow[]): FaultMatrixTotals {
  const count = (verdict: FaultMatrixRow['verdict']) => rows.filter((r) => r.verdict === verdict).length;
  return {
    faultRows: rows.filter((r) => r.kind === 'fault').length,
    detected: count('detected'),
    shouldOnly: count('should-only'),
    missed: count('missed'),
    cleanRows: rows.filter((r) => r.kind !== 'fault').length,
    falseAlarms: count('false-alarm'),
    warnedRows: rows.filter((r) => r.verdict === 'clean' && r.warnings.length > 0).length,
    suiteErrors: rows.filter((r) => [...r.otherFailures, ...r.falseAlarms].some((f) => f.status === 'error')).length,
  };
}

/** How a row is named in messages: `runai-list-wrapped on runai-2.24`. */
export const rowName = (row: FaultMatrixRow) => `${row.fault ?? 'the correct server'} on ${row.spec}`;

/**
 * Everything wrong with a matrix, one line each; empty when every fault is caught as required and
 * nothing is flagged on the correct server or a benign variant.
 */
export function matrixProblems(matrix: Pick<FaultMatrix, 'rows'>): string[] {
  return matrix.rows.flatMap((row) => {
    const problems: string[] = [];
    if (row.verdict === 'missed') {
      const listed = row.fault ? SHOULD_ONLY_FAULTS[row.fault] : undefined;
      problems.push(listed
        ? `${rowName(row)}: not even the SHOULD check ${listed.check} caught it`
        : `${rowName(row)}: missed: no MUST check failed on ${row.operations.join(', ')}`);
    }
    if (row.verdict === 'detected' && row.fault && SHOULD_ONLY_FAULTS[row.fault]) {
      problems.push(`${rowName(row)}: listed as SHOULD-only, but a MUST check caught it: remove it from SHOULD_ONLY_FAULTS`);
    }
    for (const alarm of row.falseAlarms) problems.push(`${rowName(row)}: false alarm: ${alarm.status} ${alarm.checkId} on ${alarm.operationId ?? '(flow)'}: ${alarm.message}`);
    for (const broken of row.otherFailures.filter((f) => f.status === 'error')) problems.push(`${rowName(row)}: suite error: ${broken.message}`);
    if (row.kind !== 'fault' && row.leftovers > 0) problems.push(`${rowName(row)}: the run left ${row.leftovers} resource(s) behind`);
    return problems;
  });
}
