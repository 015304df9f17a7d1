/**
 * Against a correct reference server, the generic scenarios (and the k8s lifecycles) report nothing
 * failed, warned or broken on any spec; every operation is exercised; and the run leaves the server's
 * own users exactly as they were.
 */
import { describe, expect, it } from 'vitest';
import { adminGet, describeResult, leftovers, problems, SPECS, withRun } from './harness.js';

/** The server's users as a list of records (Run:ai: a bare array; Lenses: `{items}`). */
const usersOf = (body: unknown) => (Array.isArray(body) ? body : (body as { items: unknown[] }).items) as Record<string, unknown>[];

describe('generic scenarios against a correct server', () => {
  for (const spec of SPECS) {
    it(`${spec}: no failure, warning or suite error; every operation exercised; the server's own users untouched`, async () => {
      let before: Record<string, unknown>[] = [];
      await withRun({ spec, before: async (server) => void (before = usersOf(await adminGet(server, '/api/v1/users'))) }, async (run) => {
        expect(problems(run.results).map(describeResult)).toEqual([]);
        const perOperation = run.outcomes.find((o) => o.scenario === 'generic.per-operation')!;
        expect(run.server.spec.operations.map((op) => op.operationId).filter((op) => !(op in perOperation.coverage))).toEqual([]);
        expect(run.results.filter((r) => r.status === 'skipped' && r.scenario === 'generic.per-operation')).toEqual([]);
        for (const outcome of run.outcomes) expect(outcome.results.some((r) => r.status === 'passed'), outcome.scenario).toBe(true);

        expect(leftovers(run)).toEqual([]);
        expect(run.sweep.deleted).toBe(0);
        expect(before.length).toBeGreaterThan(0);
        expect(usersOf(await adminGet(run.server, '/api/v1/users'))).toEqual(before);
        if (spec === 'runai-2.18' || spec === 'runai-2.19') expect(await adminGet(run.server, '/v1/k8s/groups')).toEqual([]);
      });
    });
  }

  it('skips the viewer checks, with the reason, when no viewer token is configured', async () => {
    await withRun({ spec: 'runai-2.24', viewer: false, options: { runs: 5 } }, (run) => {
      expect(problems(run.results).map(describeResult)).toEqual([]);
      const viewer = run.results.filter((r) => r.checkId.startsWith('auth.viewer-'));
      expect(viewer.length).toBeGreaterThan(0);
      for (const result of viewer) expect(result).toMatchObject({ status: 'skipped' });
      expect(viewer.find((r) => r.operationId === 'create_user')?.message).toBe('no viewer token configured (TARGET_VIEWER_TOKEN)');
    });
  });
});
