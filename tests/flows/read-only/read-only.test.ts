/**
 * Read-only mode (`--read-only`, TARGET_READ_ONLY): only GET and login requests, against data that
 * already exists; write checks are reported as disabled; the target is left exactly as it was; and
 * the bugs that reads can show are still caught.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/types.js';
import { runTarget } from '../../../src/engine/run.js';
import { startReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { scenariosFor, systemOf } from '../../../src/systems/index.js';

async function readOnlyRun(specId: string, fault?: string) {
  const server = await startReferenceServer({ spec: specId, fault });
  const methods: string[] = [];
  try {
    const spec = await loadSpec(specId);
    const snapshot = async () => (await fetch(`${server.url}/api/v1/users`, { headers: { authorization: `Bearer ${server.adminToken}` } })).text();
    const before = await snapshot();
    const out = await runTarget({
      spec,
      system: systemOf(spec),
      scenarios: scenariosFor(spec),
      target: { specId, baseUrl: server.url, label: 'reference', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword } },
      options: { runId: 'readonly', seed: 7, readOnly: true, runs: 5, concurrency: 4, timeoutMs: 5000, emailDomain: 'example.com' },
    });
    for (const o of out.outcomes) for (const r of o.results) for (const e of r.reproduction?.exchanges ?? []) methods.push(e.request.method);
    return { results: out.outcomes.flatMap((o) => o.results), created: out.outcomes.reduce((n, o) => n + o.cleanup.created, 0), unchanged: before === (await snapshot()), methods };
  } finally {
    await server.close();
  }
}

const problems = (results: CheckResult[]) => results.filter((r) => ['failed', 'warned', 'error'].includes(r.status));

describe('read-only mode', () => {
  it.each(['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq'])('%s: passes on a correct server, creates nothing, changes nothing', async (specId) => {
    const run = await readOnlyRun(specId);
    expect(problems(run.results)).toEqual([]);
    expect(run.results.filter((r) => r.status === 'passed').length).toBeGreaterThan(20);
    expect(run.results.some((r) => r.status === 'disabled' && r.message.startsWith('disabled: read-only mode'))).toBe(true);
    expect(run.created).toBe(0);
    expect(run.unchanged).toBe(true);
  });

  it.each([
    ['runai-2.24', 'runai-list-without-auth', 'auth.missing-token'],
    ['runai-2.19', 'runai-sort-order-ignored', 'query.sort-username'],
    ['runai-2.24', 'runai-offset-ignored', 'query.offset-paging'],
    ['runai-2.24', 'runai-limit-ignored', 'query.limit-respected'],
    ['runai-2.24', 'runai-dates-not-iso', 'schema.response'],
    ['lenses-hq', 'lenses-any-token-accepted', 'auth.invalid-token'],
  ])('%s with %s: caught by %s without writing', async (specId, fault, checkId) => {
    const run = await readOnlyRun(specId, fault);
    expect(run.results.filter((r) => r.status === 'failed').map((r) => r.checkId)).toContain(checkId);
    expect(run.created).toBe(0);
  });
});
