/**
 * Which (server variant, spec) pairs a matrix run covers: the correct server, every benign variant
 * and every fault of the reference catalogue, on each built-in spec it applies to, optionally
 * narrowed to some specs and faults. Bad names get a clear error.
 */
import { FAULTS, type FaultDefinition } from '../reference/index.js';
import { BUILTIN_SPECS } from '../spec/index.js';

/** Stands for the correct server (no fault) in `faults` filters. */
export const CORRECT_SERVER = 'correct';

export interface MatrixCase {
  /** Undefined for the correct server. */
  fault?: FaultDefinition;
  spec: string;
}

export interface CaseFilter {
  /** Built-in spec ids; default all. */
  specs?: readonly string[];
  /** Fault or benign variant ids, or `correct`; default all, with the correct server. */
  faults?: readonly string[];
}

/** Thrown for an unknown spec or fault id, or a selection that matches nothing. */
export class MatrixSelectionError extends Error {
  override readonly name = 'MatrixSelectionError';
}

export function matrixCases(filter: CaseFilter = {}): MatrixCase[] {
  const allSpecs = BUILTIN_SPECS.map((s) => s.id);
  for (const spec of filter.specs ?? []) {
    if (!allSpecs.includes(spec)) throw new MatrixSelectionError(`unknown spec "${spec}": the matrix runs on the built-in specs (${allSpecs.join(', ')})`);
  }
  for (const id of filter.faults ?? []) {
    if (id !== CORRECT_SERVER && !FAULTS.some((f) => f.id === id)) {
      throw new MatrixSelectionError(`unknown fault "${id}" (see \`users-conformance serve --list-faults\`; "${CORRECT_SERVER}" is the server without a fault)`);
    }
  }
  const specs = filter.specs ?? allSpecs;
  const wanted = (id: string) => filter.faults === undefined || filter.faults.includes(id);
  const variants: (FaultDefinition | undefined)[] = [...(wanted(CORRECT_SERVER) ? [undefined] : []), ...FAULTS.filter((f) => wanted(f.id))];
  const cases = variants.flatMap((fault) => specs.filter((spec) => !fault || fault.specs.includes(spec)).map((spec) => ({ fault, spec })));
  if (cases.length === 0) {
    throw new MatrixSelectionError(`no fault of the selection applies to ${specs.join(', ')} (fault specs: ${variants.map((f) => `${f?.id ?? CORRECT_SERVER}: ${f?.specs.join(',') ?? 'all'}`).join('; ')})`);
  }
  return cases;
}
