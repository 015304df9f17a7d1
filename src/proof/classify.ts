/**
 * Classifies one run of the scenarios against one server variant: which results detect the fault,
 * which land elsewhere (cascades, suite errors), and which are false alarms. Pure.
 *
 * The correct server is held strictly: any failure, warning or suite error is a false alarm. A benign
 * variant reads a silence of the contract another way, and SHOULD checks exist to flag exactly such
 * readings: its warnings are listed, not alarms; a failed MUST check or a suite error is a false alarm.
 */
import type { CheckResult } from '../checks/types.js';
import { SHOULD_ONLY_FAULTS } from './exceptions.js';
import type { FaultMatrixRow, MatrixFinding, RowVerdict } from './types.js';

/** The server a row ran against: the correct one (fault undefined), a benign variant or a fault. */
export interface VariantUnderTest {
  fault?: { id: string; description: string; operations: readonly string[]; benign?: boolean };
}

const NOTEWORTHY = new Set(['failed', 'warned', 'error']);

export function classifyRow(variant: VariantUnderTest, spec: string, results: readonly CheckResult[], durationMs: number, leftovers = 0): FaultMatrixRow {
  const { fault } = variant;
  const findings = dedupe(results.filter((r) => NOTEWORTHY.has(r.status)).map(toFinding));
  const base = { spec, leftovers, durationMs: Math.round(durationMs) };
  if (!fault || fault.benign) {
    const allowed = (f: MatrixFinding) => fault !== undefined && f.status === 'warned';
    const falseAlarms = findings.filter((f) => !allowed(f));
    return {
      ...base,
      fault: fault?.id ?? null,
      kind: fault ? 'benign' : 'correct',
      description: fault?.description ?? 'the correct reference server (no fault)',
      operations: [],
      detectedBy: [],
      otherFailures: [],
      falseAlarms,
      warnings: findings.filter(allowed),
      verdict: falseAlarms.length === 0 ? 'clean' : 'false-alarm',
    };
  }
  const onFaultyOperation = (f: MatrixFinding) => f.status !== 'error' && f.operationId !== undefined && fault.operations.includes(f.operationId);
  const detectedBy = findings.filter(onFaultyOperation);
  const exception = SHOULD_ONLY_FAULTS[fault.id];
  return {
    ...base,
    fault: fault.id,
    kind: 'fault',
    description: fault.description,
    operations: [...fault.operations],
    detectedBy,
    otherFailures: findings.filter((f) => !onFaultyOperation(f)),
    falseAlarms: [],
    warnings: [],
    verdict: faultVerdict(detectedBy, exception?.check),
    ...(exception && { exception: exception.reason }),
  };
}

function faultVerdict(detectedBy: readonly MatrixFinding[], exceptionCheck: string | undefined): RowVerdict {
  if (detectedBy.some((f) => f.level === 'MUST' && f.status === 'failed')) return 'detected';
  if (exceptionCheck && detectedBy.some((f) => f.checkId === exceptionCheck && f.status === 'warned')) return 'should-only';
  return 'missed';
}

function toFinding(result: CheckResult): MatrixFinding {
  return {
    checkId: result.checkId,
    level: result.level,
    status: result.status,
    ...(result.operationId !== undefined && { operationId: result.operationId }),
    scenario: result.scenario,
    message: result.message,
  };
}

/** One finding per (check, operation, status): several scenarios often see the same break. */
function dedupe(findings: MatrixFinding[]): MatrixFinding[] {
  const seen = new Map<string, MatrixFinding>();
  for (const finding of findings) {
    const key = `${finding.checkId}\u0000${finding.operationId ?? ''}\u0000${finding.status}`;
    if (!seen.has(key)) seen.set(key, finding);
  }
  return [...seen.values()];
}
