/**
 * The summary printed at the end of `run`: a table per spec with its verdict, one line with the
 * run's verdict, exit code and why, the failures grouped by (check, operation, cause) with a count and
 * the command that reruns each, and where the report is.
 */
import { CHECK_STATUSES } from '../../checks/types.js';
import { cleanupSentence, groupFailures, nothingJudgedReason, rerunCommand, summarize, type CheckRecord, type ReportFiles, type RunReport } from '../../report/index.js';
import type { BaselineComparison } from '../baseline/compare.js';
import { formatTable } from '../table.js';
import { gateOf, type Gate } from './gate.js';

const MAX_LISTED = 15;

/** `quiet`: only the verdict line, the failures that gate (with their rerun commands) and suite errors. */
export function formatSummary(report: RunReport, comparison: BaselineComparison, files: ReportFiles, gate: Gate = gateOf(report, comparison), { quiet = false } = {}): string {
  if (quiet) return formatQuiet(report, comparison, gate);
  const { interrupted } = gate;
  const specIds = [...new Set([...report.specs.map((s) => s.id), ...report.checks.map((c) => c.spec)])];
  const rows = specIds.map((id) => {
    const records = report.checks.filter((c) => c.spec === id);
    const counts = summarize(records);
    return [id, ...CHECK_STATUSES.map((s) => String(counts[s])), specVerdict(id, report, comparison)];
  });
  const lines = ['', formatTable(['spec', ...CHECK_STATUSES, 'verdict'], rows)];
  if (interrupted) lines.push('', `${interrupted}: the run was stopped before the end; the report is incomplete.`);
  else if (!report.complete) lines.push('', 'The run did not finish (the suites crashed): the report is incomplete; see the suite errors below.');
  lines.push('', gate.line);
  const gating = comparison.compared ? 'New MUST failures (not in the baseline; they fail the gate)' : 'MUST failures (they fail the gate)';
  listGroups(lines, gating, comparison.newFailures, report);
  if (comparison.knownFailures.length > 0) lines.push('', `${comparison.knownFailures.length} known failure(s) from the baseline: reported, not gating.`);
  if (comparison.fixed.length > 0) {
    lines.push('', `Fixed since the baseline (${comparison.fixed.length}; remove them from the baseline file):`);
    for (const f of comparison.fixed.slice(0, MAX_LISTED)) lines.push(`  FIXED  ${f.spec}  ${f.operationId ?? '(flow-wide)'}  ${f.check}`);
  }
  if (comparison.notChecked.length > 0) lines.push('', `${comparison.notChecked.length} baseline entr${comparison.notChecked.length === 1 ? 'y was' : 'ies were'} not checked in this run.`);
  listGroups(lines, 'Warnings (SHOULD checks that failed; they do not fail the gate)', report.checks.filter((c) => c.status === 'warned'));
  const errors = report.checks.filter((c) => c.status === 'error');
  if (errors.length > 0) {
    listGroups(lines, 'Suite errors (users-conformance itself broke; these checks gave no answer, so without a MUST failure the run has no verdict)', errors);
  }
  lines.push('', cleanupSentence(report.cleanup, report.runId));
  for (const left of report.cleanup.leftover.slice(0, MAX_LISTED)) lines.push(`  LEFT OVER  ${left.spec}  ${left.kind} ${left.id}: ${oneLine(left.reason)}`);
  if (report.cleanup.leftover.length > MAX_LISTED) lines.push(`  … and ${report.cleanup.leftover.length - MAX_LISTED} more in the report`);
  lines.push('', `Report: ${files.html}`, `        ${files.results}`, `        ${files.junit}`, `        ${files.sarif}`);
  lines.push(`Seed ${report.seed} (run id ${report.runId}): add --seed ${report.seed} to replay the same generated data.`);
  return lines.join('\n');
}

function formatQuiet(report: RunReport, comparison: BaselineComparison, gate: Gate): string {
  const lines = [gate.line];
  listGroups(lines, comparison.compared ? 'New MUST failures' : 'MUST failures', comparison.newFailures, report);
  listGroups(lines, 'Suite errors', report.checks.filter((c) => c.status === 'error'));
  return lines.join('\n');
}

/**
 * FAIL (a new MUST failure), INCOMPLETE (the run did not finish), ERRORS (a check of the spec ended
 * in a suite error), NO VERDICT (nothing of the spec was judged), else PASS.
 */
function specVerdict(spec: string, report: RunReport, comparison: BaselineComparison): string {
  if (comparison.newFailures.some((r) => r.spec === spec)) return 'FAIL';
  if (!report.complete) return 'INCOMPLETE';
  const records = report.checks.filter((c) => c.spec === spec);
  if (records.some((c) => c.status === 'error')) return 'ERRORS';
  if (nothingJudgedReason(spec, records)) return 'NO VERDICT';
  const known = comparison.knownFailures.filter((r) => r.spec === spec).length;
  return known > 0 ? `PASS (${known} known)` : 'PASS';
}

/**
 * One line per group of identical results (`7×` when a bug was seen by several scenarios); with a
 * report, each group is followed by the command that reruns its check.
 */
function listGroups(lines: string[], title: string, records: readonly CheckRecord[], rerunFrom?: RunReport): void {
  if (records.length === 0) return;
  const groups = groupFailures(records, ['failed', 'error', 'warned']);
  const grouped = groups.length < records.length ? ` (${groups.length} distinct)` : '';
  lines.push('', `${title}: ${records.length}${grouped}`);
  const width = String(Math.max(...groups.map((g) => g.records.length))).length;
  for (const group of groups.slice(0, MAX_LISTED)) {
    const count = `${String(group.records.length).padStart(width)}×`;
    lines.push(`  ${count}  ${group.spec}  ${group.operationId ?? '(flow-wide)'}  ${group.id}: ${oneLine(group.cause)}`);
    if (rerunFrom) lines.push(`  ${' '.repeat(width + 1)}  rerun: ${rerunCommand(rerunFrom, group)}`);
  }
  if (groups.length > MAX_LISTED) lines.push(`  … and ${groups.length - MAX_LISTED} more in the report`);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
