/**
 * The fault matrix as an extra section of the conformance report, when `fault-matrix.json` sits in
 * the report folder and was made from this same checkout (same package folder and commit): a matrix
 * of other code, or another copy of the project, must not pass for this one's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../meta/package.js';
import type { ExtraSection } from '../report/index.js';
import { toolCommit } from '../report/vitest/commit.js';
import { renderFaultMatrixSection } from './html-section.js';
import { FAULT_MATRIX_FILE, FaultMatrixFileError, readFaultMatrixJsonSync } from './json.js';
import type { FaultMatrix } from './types.js';

/** The checkout a matrix must come from to be shown. */
export interface Checkout {
  root: string;
  commit?: string;
}

export function currentCheckout(): Checkout {
  const root = packageRoot();
  return { root, commit: toolCommit(root) };
}

export function isFromCheckout(matrix: Pick<FaultMatrix, 'root' | 'commit'>, checkout: Checkout): boolean {
  return matrix.root === checkout.root && matrix.commit === checkout.commit;
}

/**
 * [the section] when `reportDir/fault-matrix.json` exists, is valid and comes from `checkout`;
 * otherwise []. A file that is there but unreadable is mentioned on stderr, never fatal to the report.
 */
export function faultMatrixSections(reportDir: string, checkout: Checkout = currentCheckout()): ExtraSection[] {
  const path = join(reportDir, FAULT_MATRIX_FILE);
  if (!existsSync(path)) return [];
  try {
    const matrix = readFaultMatrixJsonSync(path);
    return isFromCheckout(matrix, checkout) ? [renderFaultMatrixSection(matrix)] : [];
  } catch (error) {
    if (!(error instanceof FaultMatrixFileError)) throw error;
    console.error(`users-conformance: the fault matrix is left out of the report: ${error.message}`);
    return [];
  }
}
