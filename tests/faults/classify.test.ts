/** Classifying one run's results into detections, cascades and false alarms. */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/checks/types.js';
import { classifyRow, matrixProblems, matrixTotals } from '../../src/proof/index.js';

const result = (over: Partial<CheckResult>): CheckResult => ({ checkId: 'schema.response', level: 'MUST', status: 'passed', spec: 'runai-2.24', scenario: 'generic.per-operation', message: 'ok', ...over });
const fault = { id: 'runai-list-wrapped', description: 'wraps the list', operations: ['get_users'] };

describe('classifyRow', () => {
  it('a MUST failure on a faulty operation detects the fault; failures elsewhere are cascades', () => {
    const row = classifyRow({ fault }, 'runai-2.24', [
      result({}),
      result({ status: 'failed', operationId: 'get_users', message: 'not an array' }),
      result({ status: 'failed', operationId: 'get_users', scenario: 'runai.queries', message: 'same break, other scenario' }),
      result({ checkId: 'query.count', status: 'warned', level: 'SHOULD', operationId: 'count_users', message: 'off' }),
    ], 1234.4, 2);
    expect(row).toMatchObject({ fault: 'runai-list-wrapped', kind: 'fault', verdict: 'detected', durationMs: 1234, leftovers: 2, falseAlarms: [] });
    expect(row.detectedBy).toEqual([{ checkId: 'schema.response', level: 'MUST', status: 'failed', operationId: 'get_users', scenario: 'generic.per-operation', message: 'not an array' }]);
    expect(row.otherFailures.map((f) => f.operationId)).toEqual(['count_users']);
  });

  it('only a SHOULD warning on the faulty operation is a miss, unless the fault is a listed exception', () => {
    const warned = result({ checkId: 'runai.logout-revokes-tokens', level: 'SHOULD', status: 'warned', operationId: 'logout_user' });
    expect(classifyRow({ fault: { ...fault, operations: ['logout_user'] } }, 'runai-2.24', [warned], 1).verdict).toBe('missed');
    const listed = classifyRow({ fault: { id: 'runai-tokens-survive-logout', description: 'd', operations: ['logout_user'] } }, 'runai-2.24', [warned], 1);
    expect(listed.verdict).toBe('should-only');
    expect(listed.exception).toMatch(/JWTs may stay valid until they expire/);
    expect(matrixProblems({ rows: [listed] })).toEqual([]);
  });

  it('a listed exception that no check catches is missed; one a MUST check catches is reported as stale', () => {
    const exceptionFault = { id: 'runai-tokens-survive-logout', description: 'd', operations: ['logout_user'] };
    const missed = classifyRow({ fault: exceptionFault }, 'runai-2.24', [], 1);
    expect(matrixProblems({ rows: [missed] })).toEqual(['runai-tokens-survive-logout on runai-2.24: not even the SHOULD check runai.logout-revokes-tokens caught it']);
    const caught = classifyRow({ fault: exceptionFault }, 'runai-2.24', [result({ status: 'failed', operationId: 'logout_user' })], 1);
    expect(matrixProblems({ rows: [caught] })[0]).toMatch(/listed as SHOULD-only, but a MUST check caught it/);
  });

  it('a suite error never detects a fault, and is a problem', () => {
    const row = classifyRow({ fault }, 'runai-2.24', [result({ checkId: 'scenario.completed', status: 'error', operationId: 'get_users', message: 'boom' })], 1);
    expect(row.verdict).toBe('missed');
    expect(matrixProblems({ rows: [row] })).toContain('runai-list-wrapped on runai-2.24: suite error: boom');
  });

  it('on the correct server anything failed, warned or broken is a false alarm', () => {
    const clean = classifyRow({}, 'lenses-hq', [result({}), result({ status: 'skipped' })], 1);
    expect(clean).toMatchObject({ fault: null, kind: 'correct', verdict: 'clean', falseAlarms: [], warnings: [] });
    const warned = classifyRow({}, 'lenses-hq', [result({ checkId: 'lenses.me-bearer-caller', status: 'warned', level: 'SHOULD', operationId: 'getCurrentUser' })], 1);
    expect(warned).toMatchObject({ kind: 'correct', verdict: 'false-alarm', warnings: [] });
    expect(matrixProblems({ rows: [warned] })).toEqual(['the correct server on lenses-hq: false alarm: warned lenses.me-bearer-caller on getCurrentUser: ok']);
  });

  it('on a benign variant SHOULD warnings are listed, not alarms; a MUST failure or a suite error is a false alarm', () => {
    const benign = { id: 'benign-slow', description: 'slow', operations: [], benign: true };
    const warning = result({ checkId: 'query.sort-other-fields', status: 'warned', level: 'SHOULD', operationId: 'get_users' });
    const warned = classifyRow({ fault: benign }, 'runai-2.24', [result({}), warning, warning], 1);
    expect(warned).toMatchObject({ kind: 'benign', verdict: 'clean', falseAlarms: [] });
    expect(warned.warnings.map((f) => `${f.checkId}@${f.operationId}`)).toEqual(['query.sort-other-fields@get_users']);
    expect(matrixProblems({ rows: [warned] })).toEqual([]);
    expect(matrixTotals([warned])).toMatchObject({ cleanRows: 1, falseAlarms: 0, warnedRows: 1 });

    const failed = classifyRow({ fault: benign }, 'lenses-hq', [warning, result({ status: 'failed', operationId: 'listUsers' })], 1, 1);
    expect(failed).toMatchObject({ kind: 'benign', verdict: 'false-alarm' });
    expect(failed.warnings).toHaveLength(1);
    expect(matrixProblems({ rows: [failed] })).toEqual([
      'benign-slow on lenses-hq: false alarm: failed schema.response on listUsers: ok',
      'benign-slow on lenses-hq: the run left 1 resource(s) behind',
    ]);
    const broken = classifyRow({ fault: benign }, 'lenses-hq', [result({ checkId: 'scenario.completed', status: 'error', message: 'boom' })], 1);
    expect(broken.verdict).toBe('false-alarm');
    expect(matrixTotals([broken])).toMatchObject({ falseAlarms: 1, suiteErrors: 1 });
  });
});
