/**
 * The project's proof that its suites work: the fault-detection matrix (every reference fault caught,
 * no false alarm on the correct server or a benign variant). Used by tests, scripts and the CLI;
 * nothing in the product imports it.
 */
export type { FaultMatrix, FaultMatrixRow, FaultMatrixTotals, MatrixFinding, RowVerdict } from './types.js';
export { CORRECT_SERVER, matrixCases, MatrixSelectionError, type CaseFilter, type MatrixCase } from './cases.js';
export { classifyRow } from './classify.js';
export { SHOULD_ONLY_FAULTS, type ShouldOnlyException } from './exceptions.js';
export { runFaultMatrix, type FaultMatrixOptions } from './fault-matrix.js';
export { matrixProblems, matrixTotals, rowName } from './summary.js';
export { faultMatrixTableRows, findingName, TABLE_HEADERS, verdictLabel } from './table.js';
export { FAULT_MATRIX_FILE, FaultMatrixFileError, faultMatrixJsonText, readFaultMatrixJsonSync, writeFaultMatrixJson } from './json.js';
export { FAULT_MATRIX_TITLE, renderFaultMatrixSection } from './html-section.js';
export { FAULT_MATRIX_HTML_FILE, renderFaultMatrixPage } from './html-page.js';
export { currentCheckout, faultMatrixSections, isFromCheckout, type Checkout } from './report-section.js';
