import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { redactSecrets } from './redact-secrets.js';
import { rerunCommand } from './rerun.js';
import { failsGate } from './summarize.js';
import type { CheckRecord, RunReport } from './types.js';
import { showValue, truncate } from './format.js';

/** Longest expected/actual value copied into a JUnit failure text (the HTML report has the rest). */
const MAX_VALUE_CHARS = 2_000;

/**
 * Renders the run as JUnit XML for CI systems: one `<testsuite>` per spec, one `<testcase>` per
 * check record (classname `spec.scenario`, name `check-id (operationId)`).
 * - failed MUST → `<failure>`; error → `<error>` (the suite broke, not the target);
 * - skipped and disabled → `<skipped>` with the reason;
 * - warned (and a SHOULD marked failed) → a passing testcase with a `<system-out>` note, since
 *   SHOULD results never fail the gate.
 */
export function renderJunit(input: RunReport): string {
  const report = redactSecrets(input);
  // Control characters from server bodies are not allowed in XML 1.0: replace, never fail.
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
  const specIds = [...new Set([...report.specs.map((spec) => spec.id), ...report.checks.map((check) => check.spec)])];
  if (report.startError !== undefined) return startErrorJunit(doc, report, report.startError);
  const root = doc.ele('testsuites', { name: report.tool, ...counts(report.checks), time: seconds(report.durationMs) });
  for (const specId of specIds) {
    const records = report.checks.filter((check) => check.spec === specId);
    const spec = report.specs.find((candidate) => candidate.id === specId);
    const suite = root.ele('testsuite', {
      name: specId,
      ...counts(records),
      time: seconds(records.reduce((sum, record) => sum + (record.durationMs ?? 0), 0)),
      timestamp: report.startedAt,
    });
    const properties = suite.ele('properties');
    const facts: Array<[string, string | number | undefined]> = [
      ['target', report.target], ['seed', report.seed], ['runId', report.runId], ['tool.version', report.version],
      ['tool.commit', report.commit], ['spec.title', spec?.title], ['spec.version', spec?.version], ['complete', String(report.complete)],
    ];
    for (const [name, value] of facts) if (value !== undefined) properties.ele('property', { name, value: String(value) });
    for (const record of records) addTestcase(suite, record, report);
  }
  return doc.end({ prettyPrint: true });
}

/** A run that could not start: one test case in error, so CI shows why instead of "no tests". */
function startErrorJunit(doc: XMLBuilder, report: RunReport, message: string): string {
  const one = { tests: 1, failures: 0, errors: 1, skipped: 0, time: seconds(report.durationMs) };
  const suite = doc.ele('testsuites', { name: report.tool, ...one }).ele('testsuite', { name: report.specs.map((s) => s.id).join(',') || 'users-conformance', ...one, timestamp: report.startedAt });
  suite.ele('testcase', { classname: 'users-conformance.start', name: 'the run starts', time: one.time }).ele('error', { message, type: 'start-error' }).txt(`The run could not start: ${message}\nNo check ran. Fix the configuration and run again.`);
  return doc.end({ prettyPrint: true });
}

function counts(records: CheckRecord[]): Record<string, number> {
  return {
    tests: records.length,
    failures: records.filter(failsGate).length,
    errors: records.filter((record) => record.status === 'error').length,
    skipped: records.filter((record) => record.status === 'skipped' || record.status === 'disabled').length,
  };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function addTestcase(suite: XMLBuilder, record: CheckRecord, report: RunReport): void {
  const testcase = suite.ele('testcase', {
    classname: `${record.spec}.${record.scenario}`,
    name: `${record.id} (${record.operationId ?? 'flow-wide'})`,
    time: seconds(record.durationMs ?? 0),
  });
  if (failsGate(record)) {
    testcase.ele('failure', { message: record.message, type: `${record.level} ${record.id}` }).txt(details(record, report));
  } else if (record.status === 'error') {
    testcase.ele('error', { message: record.message, type: 'suite-error' }).txt(details(record, report));
  } else if (record.status === 'skipped' || record.status === 'disabled') {
    testcase.ele('skipped', { message: `${record.status}: ${record.message}` });
  } else if (record.status === 'warned' || record.status === 'failed') {
    testcase.ele('system-out').txt(`WARNING (${record.level}, does not fail the gate): ${record.message}\n${details(record, report)}`);
  }
}

/** Plain-text detail of a result: expected, actual, seed, the command that reruns it, and curl commands. */
function details(record: CheckRecord, report: RunReport): string {
  const lines = [record.message];
  if (record.expected !== undefined) lines.push(`Expected: ${truncate(showValue(record.expected), MAX_VALUE_CHARS).text}`);
  if (record.actual !== undefined) lines.push(`Actual: ${truncate(showValue(record.actual), MAX_VALUE_CHARS).text}`);
  const repro = record.reproduction;
  lines.push(`Seed: ${repro?.seed ?? report.seed}`, `Rerun: ${rerunCommand(report, record)}`);
  if (repro?.path) lines.push(`fast-check path: ${repro.path}`);
  if (repro && repro.curl.length > 0) lines.push('Reproduce:', ...repro.curl);
  lines.push('Transcripts: see index.html next to this file.');
  return lines.join('\n');
}
