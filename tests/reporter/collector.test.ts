import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/systems/index.js';
import { cleanupSentence } from '../../src/report/cleanup-text.js';
import { createRunCollector, type RunHeader } from '../../src/report/vitest/collector.js';
import { outcome, result } from './fixtures.js';

const header: RunHeader = {
  tool: 'users-conformance',
  version: '0.1.0',
  target: 'http://127.0.0.1:4000',
  specs: [],
  seed: 1,
  runId: 'abcd1234',
  startedAt: '2026-01-01T00:00:00.000Z',
  config: {},
};

describe('run collector', () => {
  it('turns outcomes into check records, coverage, cleanup and catalogue entries', () => {
    const collector = createRunCollector(header, CATALOGUE);
    collector.addOutcome(outcome());
    collector.addOutcome(outcome({ scenario: 'generic.per-operation', results: [result({ checkId: 'status.documented', operationId: 'get_users', status: 'passed', scenario: 'generic.per-operation' })], coverage: { create_user: [201, 200], delete_user_by_id: [204] }, cleanup: { created: 1, deleted: 1, leftover: [] } }));
    const report = collector.snapshot(new Date('2026-01-01T00:00:02.000Z'));
    expect(report.checks.map((c) => [c.id, c.operationId, c.status])).toEqual([
      ['lifecycle.create-succeeds', 'create_user', 'passed'],
      ['status.documented', 'create_user', 'failed'],
      ['status.documented', 'get_users', 'passed'],
    ]);
    expect(report.checks[1]).toMatchObject({ expected: ['201'], actual: 200, scenario: 'runai.lifecycle' });
    expect(report.coverage['runai-2.24']).toEqual({
      create_user: { exercised: true, observedStatuses: [200, 201] },
      get_users: { exercised: true, observedStatuses: [200] },
      delete_user_by_id: { exercised: true, observedStatuses: [204] },
    });
    expect(report.cleanup).toEqual({ created: 3, deleted: 2, leftover: [{ spec: 'runai-2.24', kind: 'user', id: 'u-1', reason: 'scenario runai.lifecycle could not delete uc-abcd1234-10001@example.com: delete answered 500' }], sweep: { ran: false, deleted: 0 } });
    expect(cleanupSentence(report.cleanup, report.runId)).toBe('Cleanup so far: created 3, deleted 2, left over 1. The end-of-run sweep has not run: resources carrying run id abcd1234 may still be on the target (`users-conformance sweep results.json` deletes them).');
    expect(Object.keys(report.catalogue).sort()).toEqual(['lifecycle.create-succeeds', 'status.documented']);
    expect(report.catalogue['status.documented']).toMatchObject({ level: 'MUST', title: CATALOGUE.get('status.documented')!.title });
    expect(report).toMatchObject({ complete: false, durationMs: 2000 });
    expect(report.finishedAt).toBeUndefined();
  });

  it('takes the end-of-run sweep\'s leftovers over the scenarios\', and says when the sweep may have removed one', () => {
    const collector = createRunCollector(header, CATALOGUE);
    collector.addOutcome(outcome());
    collector.addOutcome(outcome({ cleanup: { created: 1, deleted: 0, leftover: [{ kind: 'user', id: 'u-3', label: 'uc-abcd1234-10003@example.com', reason: 'delete answered 500' }] } }));
    collector.addSweeps([{ spec: 'runai-2.24', deleted: 3, leftover: [{ kind: 'user', id: 'u-1', label: 'uc-abcd1234-10001@example.com', reason: 'delete answered 500' }, { kind: 'user', id: 'u-2', reason: 'delete answered 403' }] }]);
    const { cleanup } = collector.snapshot();
    expect(cleanup.deleted).toBe(4);
    expect(cleanup.sweep).toEqual({ ran: true, deleted: 3 });
    expect(cleanupSentence(cleanup, 'abcd1234')).toBe('Cleanup: created 3, deleted 4 (3 of them by the end-of-run sweep), left over 3.');
    expect(cleanup.leftover).toEqual([
      { spec: 'runai-2.24', kind: 'user', id: 'u-1', reason: 'end-of-run sweep: uc-abcd1234-10001@example.com: delete answered 500' },
      { spec: 'runai-2.24', kind: 'user', id: 'u-3', reason: 'scenario runai.lifecycle could not delete uc-abcd1234-10003@example.com: delete answered 500 (the end-of-run sweep then deleted 3 resource(s) carrying the run id, possibly this one)' },
      { spec: 'runai-2.24', kind: 'user', id: 'u-2', reason: 'end-of-run sweep: delete answered 403' },
    ]);
  });

  it('drops a scenario leftover the sweep no longer lists, where it listed that kind before and after its deletes', () => {
    const collector = createRunCollector(header, CATALOGUE);
    // outcome() leaves u-1 (its delete answered 500); two more scenarios leave u-3 and u-4.
    collector.addOutcome(outcome());
    collector.addOutcome(outcome({ cleanup: { created: 2, deleted: 0, leftover: [
      { kind: 'user', id: 'u-3', label: 'uc-abcd1234-10003@example.com', reason: 'delete timed out' },
      { kind: 'user', id: 'u-4', label: 'uc-abcd1234-10004@example.com', reason: 'delete answered 500' },
    ] } }));
    // The sweep found u-1 and u-4, deleted u-1, could not delete u-4; u-3 was gone before it looked.
    collector.addSweeps([{ spec: 'runai-2.24', deleted: 1, leftover: [{ kind: 'user', id: 'u-4', label: 'uc-abcd1234-10004@example.com', reason: 'delete_user_by_id answered 500' }],
      verified: [{ kind: 'user', before: ['u-1', 'u-4'], after: ['u-4'] }] }]);
    const { cleanup } = collector.snapshot();
    expect(cleanup.leftover).toEqual([{ spec: 'runai-2.24', kind: 'user', id: 'u-4', reason: 'end-of-run sweep: uc-abcd1234-10004@example.com: delete_user_by_id answered 500' }]);
    // created 4 = deleted 3 (outcome()'s own one, u-1 by the sweep, u-3 gone already) + 1 left over.
    expect(cleanupSentence(cleanup, 'abcd1234')).toBe('Cleanup: created 4, deleted 3 (1 of them by the end-of-run sweep), left over 1.');
  });

  it('records a crash as an error of scenario.completed, and finishes with the end time', () => {
    const collector = createRunCollector(header, CATALOGUE);
    collector.addCrash({ spec: 'runai-2.24', scenario: 'runai.lifecycle', message: 'runai.lifecycle: suite error: Test timed out' });
    const report = collector.finish(true, new Date('2026-01-01T00:01:00.000Z'));
    expect(report.checks).toEqual([{ id: 'scenario.completed', level: 'MUST', spec: 'runai-2.24', scenario: 'runai.lifecycle', status: 'error', message: 'runai.lifecycle: suite error: Test timed out' }]);
    expect(report).toMatchObject({ complete: true, finishedAt: '2026-01-01T00:01:00.000Z', durationMs: 60_000 });
    expect(report.catalogue['scenario.completed']).toBeDefined();
  });
});
