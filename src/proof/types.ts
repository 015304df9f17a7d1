/**
 * The fault-detection matrix: for each reference-server variant (the correct server, each benign
 * variant, each fault) and each spec it applies to, what the full set of scenarios reported.
 * Plain data, so it can be written as `fault-matrix.json` and rendered anywhere.
 */
import type { CheckLevel, CheckStatus } from '../checks/types.js';

/** How a row turned out. */
export type RowVerdict =
  /** A fault, caught by at least one MUST check naming a faulty operation. */
  | 'detected'
  /** A fault the contract lets only a SHOULD check see (a listed exception), caught at SHOULD level. */
  | 'should-only'
  /** A fault no check caught on its operations: a bug in the suites. */
  | 'missed'
  /** The correct server with nothing failed, warned or broken; a benign variant with no MUST failure and nothing broken. */
  | 'clean'
  /** The correct server with something failed, warned or broken; a benign variant with a MUST failure or a suite error. */
  | 'false-alarm';

/** One result that matters for the matrix (a failure, a warning or a suite error). */
export interface MatrixFinding {
  checkId: string;
  level: CheckLevel;
  status: CheckStatus;
  operationId?: string;
  scenario: string;
  message: string;
}

export interface FaultMatrixRow {
  /** Fault or benign variant id; null for the correct server. */
  fault: string | null;
  kind: 'correct' | 'benign' | 'fault';
  description: string;
  spec: string;
  /** The operations the fault breaks ([] for the correct server and benign variants). */
  operations: string[];
  /** Failed (MUST) or warned (SHOULD) results on one of the fault's operations. */
  detectedBy: MatrixFinding[];
  /** Failed, warned or error results elsewhere on a faulty server (cascades, suite errors). */
  otherFailures: MatrixFinding[];
  /**
   * On the correct server: failed, warned or error results. On a benign variant: failed (MUST) or
   * error results; its SHOULD warnings are in `warnings`.
   */
  falseAlarms: MatrixFinding[];
  /** A benign variant's SHOULD warnings: allowed (its reading of a silence is what they flag), and listed. */
  warnings: MatrixFinding[];
  verdict: RowVerdict;
  /** For a listed SHOULD-only exception: why the contract is silent (the DECISIONS sentence). */
  exception?: string;
  /** Resources the run could not remove (scenario cleanup and the end-of-run sweep). */
  leftovers: number;
  durationMs: number;
}

export interface FaultMatrix {
  tool: 'users-conformance';
  version: string;
  /** Where and at which commit it was made: the report includes it only for the same checkout. */
  root: string;
  commit?: string;
  generatedAt: string;
  /** fast-check seed and runs per property used for every row. */
  seed: number;
  runs: number;
  durationMs: number;
  rows: FaultMatrixRow[];
}

/** Counts over the rows. */
export interface FaultMatrixTotals {
  /** (fault, spec) pairs of harmful faults. */
  faultRows: number;
  detected: number;
  shouldOnly: number;
  missed: number;
  /** (variant, spec) pairs of the correct server and benign variants. */
  cleanRows: number;
  falseAlarms: number;
  /** Benign rows that are clean but carry SHOULD warnings. */
  warnedRows: number;
  /** Rows with a suite error (an `error` result): the suite broke, whatever the server did. */
  suiteErrors: number;
}
