/**
 * `results.sarif` (SARIF 2.1.0), so GitHub code scanning and other SARIF viewers show the run's
 * findings: one rule per check id in the report (the catalogue's title and why), one result per
 * failed (error) or warned (warning) check record, located at the spec file with the operationId as
 * its logical location. Suite errors and a run that did not finish are not findings about the target:
 * they are the invocation's notifications, with `executionSuccessful: false`.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { findBuiltinSpec } from '../spec/index.js';
import { redactSecrets } from './redact-secrets.js';
import { rerunCommand } from './rerun.js';
import type { CheckRecord, RunReport } from './types.js';

export const SARIF_FILE = 'results.sarif';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Built-in specs are located relative to the package folder, which the log names as a base. */
const PACKAGE_BASE = 'USERS_CONFORMANCE_PACKAGE';

export function renderSarif(input: RunReport): Log {
  // The same last safety net as results.json and JUnit: nothing secret-looking leaves the run.
  const report = redactSecrets(input);
  const present = [...new Set(report.checks.map((c) => c.id))].filter((id) => report.catalogue[id]).sort();
  const ruleIndex = new Map(present.map((id, i) => [id, i]));
  const rules: ReportingDescriptor[] = present.map((id) => {
    const entry = report.catalogue[id]!;
    return {
      id,
      shortDescription: { text: entry.title },
      fullDescription: { text: entry.why },
      defaultConfiguration: { level: entry.level === 'MUST' ? 'error' : 'warning' },
      properties: { level: entry.level, category: entry.category, ...(entry.provenance ? { provenance: entry.provenance } : {}) },
    };
  });
  const findings = report.checks.filter((c) => c.status === 'failed' || c.status === 'warned');
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'users-conformance', version: report.version, rules } },
        originalUriBaseIds: { [PACKAGE_BASE]: { description: { text: 'the users-conformance package folder (built-in specs are in its specs/)' } } },
        invocations: [invocation(report)],
        results: findings.map((record) => result(report, record, ruleIndex.get(record.id))),
        properties: { seed: report.seed, runId: report.runId, target: report.target },
      },
    ],
  };
}

function result(report: RunReport, record: CheckRecord, ruleIndex: number | undefined): Result {
  return {
    ruleId: record.id,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: record.status === 'failed' ? 'error' : 'warning',
    message: { text: record.message },
    locations: [
      {
        physicalLocation: { artifactLocation: specLocation(record.spec) },
        ...(record.operationId ? { logicalLocations: [{ name: record.operationId, fullyQualifiedName: `${record.spec}#${record.operationId}`, kind: 'function' }] } : {}),
      },
    ],
    // Stable across runs, so a viewer tracks one finding instead of a new one per run.
    partialFingerprints: { 'usersConformanceFinding/v1': [record.spec, record.operationId ?? '', record.id].join(':') },
    properties: { spec: record.spec, scenario: record.scenario, level: record.level, ...(record.levelNote ? { levelNote: record.levelNote } : {}), rerun: rerunCommand(report, record) },
  };
}

function specLocation(spec: string): { uri: string; uriBaseId?: string } {
  const builtin = findBuiltinSpec(spec);
  if (builtin) return { uri: `specs/${builtin.file}`, uriBaseId: PACKAGE_BASE };
  if (/^https?:\/\//i.test(spec)) return { uri: spec };
  return { uri: isAbsolute(spec) ? pathToFileURL(spec).href : spec.split('\\').join('/') };
}

/** What kept the run from judging everything: shown as notifications, not as findings. */
function invocation(report: RunReport) {
  const notifications: Notification[] = [];
  if (report.startError) notifications.push({ level: 'error', message: { text: `the run could not start: ${report.startError}` } });
  for (const record of report.checks.filter((c) => c.status === 'error')) {
    notifications.push({ level: 'error', message: { text: record.message }, descriptor: { id: record.id } });
  }
  if (!report.complete && !report.startError) notifications.push({ level: 'warning', message: { text: 'the run did not finish: not every check was judged' } });
  const successful = report.complete && notifications.length === 0;
  return { executionSuccessful: successful, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) };
}
