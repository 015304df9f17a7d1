/**
 * The Lenses HQ scenarios against the correct reference server and every benign variant: no failure,
 * error or warning; everything they create is removed; pre-existing users, groups and settings are
 * left exactly as they were.
 */
import { describe, expect, it } from 'vitest';
import { LENSES } from '../../../src/flows/lenses/index.js';
import { runTarget } from '../../../src/flows/run.js';
import { FAULTS, startReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { adminGet, credentialsOf, describeResult, OPTIONS, problems, runLenses } from './harness.js';

describe('Lenses HQ scenarios on the correct reference server', () => {
  it('pass every check, clean up after themselves and leave nothing for the sweep', async () => {
    const run = await runLenses();
    try {
      expect(problems(run.results).map(describeResult)).toEqual([]);
      const passed = new Set(run.results.filter((r) => r.status === 'passed').map((r) => r.checkId));
      for (const scenario of LENSES.scenarios) for (const id of scenario.checks) expect(passed, `${scenario.id}: ${id} never passed`).toContain(id);
      expect(run.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
      expect(run.sweep).toMatchObject({ deleted: 0, leftover: [] });
      const users = (await adminGet(run.server, '/api/v1/users')) as { items: { name: string }[] };
      expect(users.items.map((u) => u.name).filter((n) => n.startsWith('uc-'))).toEqual([]);
    } finally {
      await run.server.close();
    }
  });

  it('leave pre-existing users, groups and the admin settings exactly as they were', async () => {
    const server = await startReferenceServer({ spec: 'lenses-hq', preexistingUsers: 5 });
    try {
      const settings = { theme: { dark: true }, lang: 'en' };
      await fetch(`${server.url}/api/v1/users/me/settings`, { method: 'PATCH', headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(settings) });
      const snapshot = async () => ({ users: await adminGet(server, '/api/v1/users'), groups: await adminGet(server, '/api/v1/groups'), settings: await adminGet(server, '/api/v1/users/me/settings') });
      const before = await snapshot();
      expect(before.settings).toEqual(settings);
      const spec = await loadSpec('lenses-hq');
      const target = { specId: spec.id, baseUrl: server.url, label: 'reference', credentials: credentialsOf(server) };
      const outcome = await runTarget({ spec, target, options: { ...OPTIONS, runs: 5 }, scenarios: LENSES.scenarios });
      expect(problems(outcome.outcomes.flatMap((o) => o.results)).map(describeResult)).toEqual([]);
      expect(await snapshot()).toEqual(before);
    } finally {
      await server.close();
    }
  });

  for (const variant of FAULTS.filter((f) => f.benign && f.specs.includes('lenses-hq'))) {
    it(`report no MUST failure or suite error on the benign variant ${variant.id}`, async () => {
      // The model run dominates under benign-slow (50 ms a response): fewer runs keep the test short.
      const run = await runLenses({ fault: variant.id, options: { runs: variant.id === 'benign-slow' ? 3 : 10 } });
      try {
        // A benign variant may earn SHOULD warnings (a guessed code, an auxiliary login); never a failure.
        expect(run.results.filter((r) => r.status === 'failed' || r.status === 'error').map(describeResult)).toEqual([]);
        expect(run.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
      } finally {
        await run.server.close();
      }
    });
  }
});
