/**
 * Folds the matrix rows of many seeds: per (variant, spec) how many runs had a MUST failure, a SHOULD
 * warning or a suite error; and each distinct MUST failure or suite error once (by variant, check and
 * operation), with the specs and seeds it showed on.
 */
import type { FaultMatrixRow, MatrixFinding } from '../../src/proof/index.js';

export interface CellCounts {
  variant: string;
  spec: string;
  runs: number;
  mustFailed: number;
  warned: number;
  suiteErrors: number;
  leftovers: number;
}

export interface Problem {
  variant: string;
  kind: 'MUST failure' | 'suite error' | 'warning on the correct server';
  checkId: string;
  operationId: string;
  message: string;
  specs: Set<string>;
  seeds: Set<number>;
}

export class SweepTally {
  readonly cells = new Map<string, CellCounts>();
  readonly problems = new Map<string, Problem>();
  /** A benign variant's SHOULD warnings (allowed, listed): `check@operation` by variant. */
  readonly warnings = new Map<string, Set<string>>();

  add(row: FaultMatrixRow, seed: number): void {
    const variant = row.fault ?? 'correct';
    const key = `${variant}\u0000${row.spec}`;
    const cell = this.cells.get(key) ?? { variant, spec: row.spec, runs: 0, mustFailed: 0, warned: 0, suiteErrors: 0, leftovers: 0 };
    const failed = row.falseAlarms.filter((f) => f.status === 'failed');
    const errors = row.falseAlarms.filter((f) => f.status === 'error');
    // The correct server's warnings are among its false alarms; a benign variant's are listed apart.
    const warnings = [...row.warnings, ...row.falseAlarms.filter((f) => f.status === 'warned')];
    cell.runs++;
    if (failed.length > 0) cell.mustFailed++;
    if (warnings.length > 0) cell.warned++;
    if (errors.length > 0) cell.suiteErrors++;
    if (row.leftovers > 0) cell.leftovers++;
    this.cells.set(key, cell);
    for (const f of failed) this.note(variant, 'MUST failure', f, row.spec, seed);
    for (const f of errors) this.note(variant, 'suite error', f, row.spec, seed);
    if (row.kind === 'correct') for (const f of warnings) this.note(variant, 'warning on the correct server', f, row.spec, seed);
    else for (const f of warnings) this.warnings.set(variant, (this.warnings.get(variant) ?? new Set()).add(`${f.checkId}@${f.operationId ?? 'flow'}`));
  }

  /** True when anything must make the sweep fail. */
  get failed(): boolean {
    return this.problems.size > 0 || [...this.cells.values()].some((c) => c.leftovers > 0);
  }

  private note(variant: string, kind: Problem['kind'], f: MatrixFinding, spec: string, seed: number): void {
    const operationId = f.operationId ?? '(flow)';
    const key = `${variant}\u0000${kind}\u0000${f.checkId}\u0000${operationId}`;
    const problem = this.problems.get(key) ?? { variant, kind, checkId: f.checkId, operationId, message: f.message, specs: new Set(), seeds: new Set() };
    problem.specs.add(spec);
    problem.seeds.add(seed);
    this.problems.set(key, problem);
  }
}
