/**
 * The conformance reporter as `npm test` registers it (vitest.config.ts): the same report, plus the
 * fault-detection matrix that the unit project's `tests/faults` test writes during the same run. The
 * report is finalised when vitest closes, after every project has finished, so the matrix is there.
 * The CLI's `run` uses the plain reporter: a user's target has no fault matrix.
 */
import ConformanceReporter, { type ConformanceReporterOptions } from '../report/vitest-reporter.js';
import { faultMatrixSections } from './report-section.js';

export default class ProofReporter extends ConformanceReporter {
  constructor(options: ConformanceReporterOptions = {}) {
    super({
      ...options,
      extraSections: (report, where) => [...(options.extraSections?.(report, where) ?? []), ...faultMatrixSections(where.reportDir)],
    });
  }
}
