// results.sarif: valid against the SARIF 2.1.0 JSON Schema (the OASIS schema as shipped in
// @microsoft/jest-sarif, not a hand-written one), one rule per check id, one result per failed or
// warned record, located at the spec with the operation as logical location; suite errors are
// notifications of an unsuccessful invocation, not findings.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSarif, writeReport } from '../../src/report/index.js';
import { REPO } from '../cli/cli-process.js';
import { fixtureReport } from './fixture.js';

const SCHEMA = join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as new (options: object) => { compile(schema: unknown): ValidateFunction };

let validate: ValidateFunction;
let dir: string;
beforeAll(async () => {
  // unicodeRegExp off: one of the schema's patterns is not valid in unicode mode.
  validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(JSON.parse(await readFile(SCHEMA, 'utf8')));
  dir = await mkdtemp(join(tmpdir(), 'uc-sarif-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('results.sarif', () => {
  it('is written beside results.json and is valid SARIF 2.1.0', async () => {
    const files = await writeReport(dir, fixtureReport());
    expect(files.sarif).toBe(join(dir, 'results.sarif'));
    const log = JSON.parse(await readFile(files.sarif, 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    // The schema does judge: a result without its message is refused.
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it('has one rule per check id present, with the catalogue\'s title and why', () => {
    const report = fixtureReport();
    const [run] = renderSarif(report).runs;
    const ids = [...new Set(report.checks.map((c) => c.id))].sort();
    expect(run!.tool.driver).toMatchObject({ name: 'users-conformance', version: report.version });
    expect(run!.tool.driver.rules!.map((r) => r.id)).toEqual(ids);
    const rule = run!.tool.driver.rules!.find((r) => r.id === 'auth.missing-token')!;
    expect(rule.shortDescription!.text).toBe(report.catalogue['auth.missing-token']!.title);
    expect(rule.fullDescription!.text).toBe(report.catalogue['auth.missing-token']!.why);
  });

  it('has one result per failed (error) or warned (warning) record, at the spec file and operation', () => {
    const report = fixtureReport();
    const [run] = renderSarif(report).runs;
    const findings = report.checks.filter((c) => c.status === 'failed' || c.status === 'warned');
    expect(run!.results).toHaveLength(findings.length);
    const failed = run!.results!.find((r) => r.ruleId === 'auth.missing-token')!;
    expect(failed).toMatchObject({ level: 'error', message: { text: 'delete_user_by_id without a token answered 204, expected 401' } });
    expect(run!.tool.driver.rules![failed.ruleIndex!]!.id).toBe('auth.missing-token');
    expect(failed.locations![0]).toMatchObject({
      physicalLocation: { artifactLocation: { uri: 'specs/runai-2.24.json', uriBaseId: 'USERS_CONFORMANCE_PACKAGE' } },
      logicalLocations: [{ name: 'delete_user_by_id', fullyQualifiedName: 'runai-2.24#delete_user_by_id' }],
    });
    expect(run!.results!.find((r) => r.ruleId === 'lifecycle.logout-revokes')).toMatchObject({ level: 'warning' });
    // A flow-wide failure has no operation: the spec file only.
    expect(run!.results!.find((r) => r.ruleId === 'model.sequence')!.locations![0]!.logicalLocations).toBeUndefined();
  });

  it('reports suite errors as notifications of an unsuccessful invocation, not as findings', () => {
    const [run] = renderSarif(fixtureReport()).runs;
    expect(run!.results!.some((r) => r.ruleId === 'schema.error-body')).toBe(false);
    expect(run!.invocations![0]).toMatchObject({ executionSuccessful: false });
    expect(run!.invocations![0]!.toolExecutionNotifications!.map((n) => n.descriptor?.id)).toContain('schema.error-body');
  });

  it('keeps secrets out, like results.json', () => {
    const report = fixtureReport();
    report.checks[0] = { ...report.checks[0]!, status: 'failed', message: 'answered with Bearer abcdefghijklmnopqrstuvwxyz0123' };
    expect(JSON.stringify(renderSarif(report))).not.toContain('abcdefghijklmnopqrstuvwxyz0123');
  });
});
