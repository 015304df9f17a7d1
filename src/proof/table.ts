/**
 * The matrix as table rows for the terminal (the caller formats them, e.g. with the CLI's
 * `formatTable`): fault × spec → time, detecting checks, cascades, verdict (last: it can be long).
 */
import type { FaultMatrixRow, MatrixFinding } from './types.js';

export const TABLE_HEADERS = ['fault', 'spec', 'ms', 'detected by (false alarms)', 'elsewhere (cascades; benign: SHOULD warnings)', 'verdict'];

/** At most this many checks per cell; the JSON and HTML have them all. */
const SHOWN = 3;

export function faultMatrixTableRows(rows: readonly FaultMatrixRow[]): string[][] {
  return rows.map((row) => [row.fault ?? '(correct server)', row.spec, String(row.durationMs), detectedCell(row), elsewhereCell(row), verdictLabel(row)]);
}

/** The verdict as a person reads it; SHOULD-only rows say why the contract allows no MUST check. */
export function verdictLabel(row: FaultMatrixRow): string {
  switch (row.verdict) {
    case 'detected': return 'detected (MUST)';
    case 'should-only': return `SHOULD only (contract silent: ${row.exception ?? 'see SHOULD_ONLY_FAULTS'})`;
    case 'missed': return 'MISSED';
    case 'clean': return row.warnings.length > 0 ? `clean (${row.warnings.length} SHOULD warning${row.warnings.length === 1 ? '' : 's'})` : 'clean';
    case 'false-alarm': return `FALSE ALARM (${row.falseAlarms.length})`;
  }
}

function detectedCell(row: FaultMatrixRow): string {
  if (row.kind !== 'fault') return list(row.falseAlarms);
  const must = row.detectedBy.filter((f) => f.level === 'MUST');
  return list(must.length > 0 ? must : row.detectedBy);
}

function elsewhereCell(row: FaultMatrixRow): string {
  return list(row.kind === 'fault' ? row.otherFailures : row.warnings);
}

function list(findings: readonly MatrixFinding[]): string {
  const names = [...new Set(findings.map(findingName))];
  const more = names.length > SHOWN ? ` +${names.length - SHOWN}` : '';
  return names.slice(0, SHOWN).join(', ') + more;
}

/** `schema.response@get_users`, with the level when it is SHOULD and the status when it broke. */
export function findingName(f: MatrixFinding): string {
  const suffix = f.status === 'error' ? ' (suite error)' : f.level === 'SHOULD' ? ' (SHOULD)' : '';
  return `${f.checkId}@${f.operationId ?? 'flow'}${suffix}`;
}
