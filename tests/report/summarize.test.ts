import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/checks/types.js';
import { statusCoverage, summarize, toCheckRecord, worstStatus } from '../../src/report/index.js';
import { fixtureChecks, fixtureReport } from './fixture.js';

describe('summarize', () => {
  it('counts every status separately, zero for unused ones', () => {
    expect(summarize(fixtureChecks())).toEqual({ passed: 8, failed: 3, warned: 1, error: 1, skipped: 1, disabled: 1 });
    expect(summarize([])).toEqual({ passed: 0, failed: 0, warned: 0, error: 0, skipped: 0, disabled: 0 });
  });
});

describe('toCheckRecord', () => {
  it('renames checkId to id and keeps everything else', () => {
    const result: CheckResult = {
      checkId: 'status.documented', level: 'MUST', status: 'failed', spec: 'runai-2.24', operationId: 'get_users', scenario: 'per-operation',
      message: 'get_users answered 418', expected: ['200'], actual: 418, reproduction: { exchanges: [], curl: ['curl x'] }, durationMs: 3,
    };
    const { checkId, ...rest } = result;
    expect(toCheckRecord(result)).toEqual({ id: checkId, ...rest });
    expect(toCheckRecord(result)).not.toHaveProperty('checkId');
  });
});

describe('worstStatus', () => {
  it('ranks failed over error over warned over passed over skipped over disabled', () => {
    expect(worstStatus(['passed', 'failed', 'error'])).toBe('failed');
    expect(worstStatus(['passed', 'error', 'warned'])).toBe('error');
    expect(worstStatus(['skipped', 'passed'])).toBe('passed');
    expect(worstStatus(['disabled', 'skipped'])).toBe('skipped');
    expect(worstStatus([])).toBeUndefined();
  });
});

describe('statusCoverage', () => {
  it('matches exact codes, then ranges, then default', () => {
    expect(statusCoverage(['200', '4XX', 'default'], [200, 404, 500])).toEqual({
      documented: [{ key: '200', observed: true }, { key: '4XX', observed: true }, { key: 'default', observed: true }],
      undocumented: [],
    });
    expect(statusCoverage(['201', '400'], [201, 418, 418])).toEqual({
      documented: [{ key: '201', observed: true }, { key: '400', observed: false }],
      undocumented: [418],
    });
  });
  it('agrees with the fixture coverage', () => {
    const report = fixtureReport();
    const create = report.specs[0]!.operations.find((op) => op.operationId === 'create_user')!;
    expect(statusCoverage(create.documentedStatuses, report.coverage['runai-2.24']!.create_user!.observedStatuses).undocumented).toEqual([418]);
  });
});
