/**
 * The deprecated /v1/k8s users and groups lifecycles (2.18, 2.19): every step runs and passes on a
 * correct server, what they create is gone afterwards, they do not apply to 2.24, and each k8s fault
 * fails the MUST check that describes it, on the faulty operation.
 */
import { describe, expect, it } from 'vitest';
import { K8S_SCENARIOS } from '../../../src/systems/runai/k8s/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { adminGet, describeResult, leftovers, problems, withRun } from '../generic/harness.js';

const passedChecks = (results: { status: string; checkId: string; operationId?: string }[]) =>
  new Set(results.filter((r) => r.status === 'passed').map((r) => `${r.checkId}@${r.operationId ?? ''}`));

describe('k8s lifecycles', () => {
  for (const spec of ['runai-2.18', 'runai-2.19']) {
    it(`${spec}: every step passes and nothing is left behind`, async () => {
      await withRun({ spec, scenarios: K8S_SCENARIOS }, async (run) => {
        expect(problems(run.results).map(describeResult)).toEqual([]);
        expect(run.results.filter((r) => r.status === 'skipped').map(describeResult)).toEqual([]);
        const passed = passedChecks(run.results);
        for (const expected of [
          'lifecycle.create-succeeds@createUser', 'lifecycle.read-after-create@getUserById', 'k8s.roles-match@getUserById', 'k8s.roles-match@getUserRoles',
          'k8s.roles-match@updateUserById', 'lifecycle.update-visible@updateUserById', 'lifecycle.listed-after-create@getUsers', 'lifecycle.delete-succeeds@deleteUserById',
          'lifecycle.use-after-delete@getUserById', 'lifecycle.use-after-delete@updateUserById', 'lifecycle.use-after-delete@deleteUserById', 'lifecycle.use-after-delete@getUserRoles',
          'lifecycle.gone-from-list@getUsers',
          'lifecycle.create-succeeds@createGroup', 'lifecycle.read-after-create@geGroupByName', 'k8s.roles-match@geGroupByName', 'lifecycle.update-visible@updateGroupByName',
          'lifecycle.listed-after-create@getGroups', 'lifecycle.delete-succeeds@deleteGroupByName', 'lifecycle.use-after-delete@geGroupByName',
          'lifecycle.use-after-delete@updateGroupByName', 'lifecycle.use-after-delete@deleteGroupByName', 'lifecycle.gone-from-list@getGroups',
        ]) expect(passed, expected).toContain(expected);
        // The Role enum is read too (its schema is checked by the response checks).
        expect(run.outcomes.find((o) => o.scenario === 'runai.k8s-users')!.coverage.getRoles).toEqual([200]);
        expect(leftovers(run)).toEqual([]);
        expect((await adminGet(run.server, '/v1/k8s/users') as { email: string }[]).filter((u) => u.email.startsWith('uc-'))).toEqual([]);
        expect(await adminGet(run.server, '/v1/k8s/groups')).toEqual([]);
      });
    });
  }

  it('do not apply to 2.24, where the deprecated API is gone', async () => {
    const spec = await loadSpec('runai-2.24');
    for (const scenario of K8S_SCENARIOS) expect(scenario.appliesTo(spec)).toMatch(/gone from 2\.23/);
  });

  const cases: [fault: string, check: string, operationId: string, message: RegExp][] = [
    ['runai-k8s-create-returns-201', 'lifecycle.create-succeeds', 'createUser', /createUser with a valid body: status 201, expected 200/],
    ['runai-k8s-update-ignores-roles', 'lifecycle.update-visible', 'updateUserById', /getUserById after the update: roles is \["viewer"\], expected \["ml_engineer","researcher"\]/],
    ['runai-k8s-update-ignores-roles', 'k8s.roles-match', 'getUserRoles', /getUserRoles after the update: roles are \["viewer"\]/],
    ['runai-k8s-deleted-group-readable', 'lifecycle.use-after-delete', 'geGroupByName', /geGroupByName after delete: status 200, expected 404/],
  ];
  for (const [fault, check, operationId, message] of cases) {
    it(`${fault}: ${check} fails on ${operationId}`, async () => {
      await withRun({ spec: 'runai-2.19', fault, scenarios: K8S_SCENARIOS }, (run) => {
        const result = run.results.find((r) => r.checkId === check && r.operationId === operationId);
        expect(result, run.results.filter((r) => r.status !== 'passed').map(describeResult).join('\n')).toMatchObject({ status: 'failed', level: 'MUST' });
        expect(result!.message).toMatch(message);
        expect(result!.reproduction?.curl.length).toBeGreaterThan(0);
        expect(run.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
      });
    });
  }
});
