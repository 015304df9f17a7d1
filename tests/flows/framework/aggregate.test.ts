import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../src/systems/index.js';
import { createAggregator } from '../../../src/engine/aggregate.js';
import type { Exchange } from '../../../src/http/types.js';

function exchange(durationMs: number): Exchange {
  return { request: { method: 'GET', url: 'http://x/api/v1/users', headers: {} }, startedAt: new Date(0).toISOString(), durationMs };
}

const status = definitionOf('status.documented');
const logout = definitionOf('runai.logout-revokes-tokens');

describe('folding verdicts per (check, operation)', () => {
  it('keeps one result per check and operation, failed when any verdict failed', () => {
    const agg = createAggregator();
    agg.add(status, 'get_users', { status: 'passed', message: 'get_users: ok' });
    agg.add(status, 'get_users', { status: 'failed', message: 'first failure' });
    agg.add(status, 'get_users', { status: 'passed', message: 'get_users: ok' });
    agg.add(status, 'get_users', { status: 'failed', message: 'second failure' });
    agg.add(status, 'create_user', { status: 'passed', message: 'create_user: ok' });
    const results = agg.results('runai-2.24', 'runai.lifecycle');
    expect(results).toHaveLength(2);
    const users = results.find((r) => r.operationId === 'get_users')!;
    expect(users).toMatchObject({ checkId: 'status.documented', level: 'MUST', status: 'failed', spec: 'runai-2.24', scenario: 'runai.lifecycle' });
    expect(users.message).toBe('first failure [2 of 4 times]; also: second failure');
    expect(results.find((r) => r.operationId === 'create_user')!.status).toBe('passed');
  });

  it('ranks failed over error over warned over passed over disabled over skipped', () => {
    const agg = createAggregator();
    agg.add(logout, 'logout_user', { status: 'skipped', message: 'no token' });
    expect(agg.results('s', 'x')[0]!.status).toBe('skipped');
    agg.add(logout, 'logout_user', { status: 'passed', message: 'ok' });
    expect(agg.results('s', 'x')[0]!.status).toBe('passed');
    agg.add(logout, 'logout_user', { status: 'warned', message: 'still valid' });
    expect(agg.results('s', 'x')[0]).toMatchObject({ status: 'warned', level: 'SHOULD', message: 'still valid [1 of 3 times]' });
  });

  it('times a result by the distinct exchanges its verdicts rest on', () => {
    const agg = createAggregator();
    const create = exchange(12.5);
    agg.add(status, 'create_user', { status: 'passed', message: 'ok' }, [create]);
    // The same exchange as evidence again (a setup step a later verdict also names) counts once.
    agg.add(status, 'create_user', { status: 'passed', message: 'ok' }, [create, exchange(7.25)]);
    agg.add(status, 'get_users', { status: 'skipped', message: 'no evidence' });
    const results = agg.results('runai-2.24', 'runai.lifecycle');
    expect(results.find((r) => r.operationId === 'create_user')!.durationMs).toBe(19.75);
    expect(results.find((r) => r.operationId === 'get_users')!.durationMs).toBeUndefined();
  });
});
