/**
 * Safe on real data: a full run (every scenario) against a target that already holds users, groups
 * and settings leaves them exactly as they were, and removes everything it created.
 */
import { describe, expect, it } from 'vitest';
import { runTarget } from '../../src/engine/run.js';
import { startReferenceServer } from '../../src/reference/index.js';
import { loadSpec } from '../../src/spec/index.js';
import { scenariosFor, systemOf } from '../../src/systems/index.js';

const RUN_ID = 'safetyrn';

/** What the target holds, minus fields that reading itself changes (Lenses `last_seen_at`). */
async function snapshot(url: string, token: string, paths: string[]): Promise<unknown[]> {
  return Promise.all(paths.map(async (path) => {
    const text = await (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } })).text();
    return JSON.parse(text, (key, value) => (key === 'last_seen_at' ? undefined : value));
  }));
}

const PATHS: Record<string, string[]> = {
  'runai-2.18': ['/api/v1/users', '/v1/k8s/users', '/v1/k8s/groups'],
  'runai-2.19': ['/api/v1/users', '/v1/k8s/users', '/v1/k8s/groups'],
  'runai-2.24': ['/api/v1/users'],
  'lenses-hq': ['/api/v1/users', '/api/v1/groups', '/api/v1/users/me/settings'],
};

describe.each(Object.keys(PATHS))('%s', (specId) => {
  it('leaves pre-existing data exactly as it was and nothing of the run behind', async () => {
    const server = await startReferenceServer({ spec: specId, preexistingUsers: 5 });
    try {
      const before = await snapshot(server.url, server.adminToken, PATHS[specId]!);
      const out = await runTarget({
        spec: await loadSpec(specId),
        system: systemOf(await loadSpec(specId)),
        scenarios: scenariosFor(await loadSpec(specId)),
        target: { specId, baseUrl: server.url, label: 'reference', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword } },
        options: { runId: RUN_ID, seed: 11, readOnly: false, runs: 5, concurrency: 4, timeoutMs: 5000, emailDomain: 'example.com' },
      });
      const results = out.outcomes.flatMap((o) => o.results);
      expect(results.filter((r) => ['failed', 'error', 'warned'].includes(r.status))).toEqual([]);
      const created = out.outcomes.reduce((n, o) => n + o.cleanup.created, 0);
      expect(created).toBeGreaterThan(10);
      expect(out.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
      expect(out.sweep).toMatchObject({ deleted: 0, leftover: [] });
      const after = await snapshot(server.url, server.adminToken, PATHS[specId]!);
      expect(after).toEqual(before);
      expect(JSON.stringify(after)).not.toContain(`uc-${RUN_ID}`);
    } finally {
      await server.close();
    }
  }, 120_000);
});
