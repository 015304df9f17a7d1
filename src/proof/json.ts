/**
 * `fault-matrix.json`: the matrix with its totals, written atomically (a reader never sees half a
 * file) and read back validated, so the report never renders a file of the wrong shape.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import writeFileAtomic from 'write-file-atomic';
import { faultMatrixJsonSchema } from './json-schema.js';
import { matrixTotals } from './summary.js';
import type { FaultMatrix } from './types.js';

export const FAULT_MATRIX_FILE = 'fault-matrix.json';

/** A fault-matrix.json that is missing, not JSON, or not of the matrix's shape; the message says which. */
export class FaultMatrixFileError extends Error {
  override readonly name = 'FaultMatrixFileError';
}

let validate: ReturnType<Ajv['compile']> | undefined;

export function faultMatrixJsonText(matrix: FaultMatrix): string {
  const { rows, ...meta } = matrix;
  return `${JSON.stringify({ ...meta, totals: matrixTotals(rows), rows }, null, 2)}\n`;
}

/** Writes `dir/fault-matrix.json` (creating `dir`); returns its path. */
export async function writeFaultMatrixJson(dir: string, matrix: FaultMatrix): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, FAULT_MATRIX_FILE);
  await writeFileAtomic(path, faultMatrixJsonText(matrix), { encoding: 'utf8' });
  return path;
}

/** Reads and validates a fault-matrix.json (synchronously: the reporter's last-moment writes need it). */
export function readFaultMatrixJsonSync(path: string): FaultMatrix {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FaultMatrixFileError(code === 'ENOENT' ? `${path} does not exist` : `${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(faultMatrixJsonSchema);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new FaultMatrixFileError(`${path} is not a fault matrix: ${problems.join('; ')}`);
  }
  const { totals: _totals, ...matrix } = data as FaultMatrix & { totals?: unknown };
  return { ...matrix, rows: matrix.rows.map((row) => ({ ...row, warnings: row.warnings ?? [] })) };
}
