/**
 * The SCIM scenarios, with the generic ones, against the correct reference server and every SCIM
 * benign variant: no failure, error or warning; everything they create is removed; pre-existing
 * users and groups are left as they were; a feature declared unsupported has its checks skipped
 * with that reason.
 */
import { describe, expect, it } from 'vitest';
import { runTarget } from '../../../src/engine/run.js';
import { FAULTS, startReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { SCIM } from '../../../src/systems/scim/index.js';
import { describeResult, OPTIONS, problems, runScim } from './harness.js';

const adminGet = async (url: string, token: string, path: string) => (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();

describe('SCIM scenarios on the correct reference server', () => {
  it('pass every check, clean up after themselves and leave nothing for the sweep', async () => {
    const run = await runScim();
    try {
      expect(problems(run.results).map(describeResult)).toEqual([]);
      const passed = new Set(run.results.filter((r) => r.status === 'passed').map((r) => r.checkId));
      for (const check of SCIM.checks) expect(passed, `${check.id} never passed`).toContain(check.id);
      expect(run.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
      expect(run.sweep).toMatchObject({ deleted: 0, leftover: [] });
      const users = (await adminGet(run.server.url, run.server.adminToken, '/Users?filter=userName%20sw%20%22uc-%22')) as { totalResults: number };
      expect(users.totalResults).toBe(0);
    } finally {
      await run.server.close();
    }
  });

  it('leave pre-existing users and groups exactly as they were', async () => {
    const server = await startReferenceServer({ spec: 'scim-2.0', preexistingUsers: 4 });
    try {
      const snapshot = async () => ({ users: await adminGet(server.url, server.adminToken, '/Users'), groups: await adminGet(server.url, server.adminToken, '/Groups') });
      const before = await snapshot();
      const spec = await loadSpec('scim-2.0');
      const target = { specId: spec.id, baseUrl: server.url, label: 'reference', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken } };
      const outcome = await runTarget({ spec, system: SCIM, target, options: OPTIONS, scenarios: SCIM.scenarios });
      expect(problems(outcome.outcomes.flatMap((o) => o.results)).map(describeResult)).toEqual([]);
      expect(await snapshot()).toEqual(before);
    } finally {
      await server.close();
    }
  });

  it('skip the ETag check, with the declaration as its reason, where etag is declared unsupported', async () => {
    const run = await runScim({ fault: 'benign-scim-etag-unsupported', scenarios: SCIM.scenarios });
    try {
      const etag = run.results.filter((r) => r.checkId === 'scim.etag');
      expect(etag.map((r) => r.status)).toEqual(['skipped']);
      expect(etag[0]!.message).toMatch(/etag\.supported = false/);
    } finally {
      await run.server.close();
    }
  });

  for (const variant of FAULTS.filter((f) => f.benign && f.specs.includes('scim-2.0'))) {
    it(`report no failure, error or warning on the benign variant ${variant.id}`, async () => {
      const run = await runScim({ fault: variant.id });
      try {
        expect(problems(run.results).map(describeResult)).toEqual([]);
        expect(run.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
      } finally {
        await run.server.close();
      }
    });
  }
});
