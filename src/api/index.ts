/**
 * The package's programmatic entry (`import { runConformance } from 'users-conformance'`): a
 * conformance run as a function, and its option and result types.
 */
export { runConformance, ConformanceOptionsError, type ConformanceResult } from './run-conformance.js';
export type { ConformanceOptions } from './options.js';
export type { CheckRecord, RunReport, StatusSummary } from '../report/index.js';
