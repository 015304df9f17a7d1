/**
 * The report layer's public surface: the results model, results.json (atomic writes, validated
 * reads), the self-contained HTML conformance report and JUnit XML.
 */
export type {
  CatalogueEntry,
  CheckRecord,
  CleanupSummary,
  ContractNoteRecord,
  ExtraSection,
  LeftoverResource,
  OperationCoverage,
  RenderOptions,
  ResultsJson,
  RunReport,
  SpecOperationSummary,
  SpecSummary,
  StatusSummary,
  RunVerdict,
  Verdict,
  VerdictReason,
} from './types.js';
export { causeOf, groupFailures, type FailureGroup } from './failure-groups.js';
export { rerunCommand } from './rerun.js';
export { toCheckRecord } from './to-check-record.js';
export { cleanupSentence } from './cleanup-text.js';
export { failsGate, summarize } from './summarize.js';
export { isJudged, JUDGED_STATUSES, nothingJudgedReason, runVerdict, untrustedReasons, verdictLabel, verdictOf, type VerdictInput } from './verdict.js';
export { worstStatus } from './status-order.js';
export { statusCoverage, type StatusCoverage } from './status-coverage.js';
export { REDACTED, redactSecrets, redactText } from './redact-secrets.js';
export { resultsJsonSchema, resultsSchemaFileText } from './results-schema.js';
export { RESULTS_FILE, RESULTS_FORMAT_VERSION, resultsJsonText, toResultsJson, writeResultsJson, writeResultsJsonSync } from './results-json.js';
export { readResultsJson, ResultsFileError } from './read-results-json.js';
export { renderHtml } from './html/render-html.js';
export { escapeHtml } from './html/template.js';
export { renderJunit } from './junit.js';
export { HTML_FILE, JUNIT_FILE, regenerateReport, writeReport, type ReportFiles } from './write-report.js';
export { renderSarif, SARIF_FILE } from './sarif.js';
export { MergeError, mergeReports } from './merge.js';
