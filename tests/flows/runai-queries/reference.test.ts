/**
 * The Run:ai query, concurrency and model-based scenarios against the reference server: silent on the
 * correct server and every benign variant of each Run:ai spec, and each list/state fault of the
 * reference catalogue makes a MUST check fail that names the faulty operation.
 */
import { describe, expect, it } from 'vitest';
import { RESPONSE_CHECKS } from '../../../src/checks/catalogue/response.js';
import type { CheckResult } from '../../../src/checks/types.js';
import { runTarget, type TargetOutcome } from '../../../src/flows/run.js';
import { runaiConcurrency } from '../../../src/flows/runai/concurrency.js';
import { runaiModel } from '../../../src/flows/runai/model.js';
import { runaiQueries } from '../../../src/flows/runai/queries.js';
import { RUNAI_QUERY_SCENARIOS } from '../../../src/flows/runai/queries-index.js';
import type { Scenario } from '../../../src/flows/scenario.js';
import { DEFAULT_RUN_OPTIONS } from '../../../src/flows/target.js';
import { newRunId } from '../../../src/generate/index.js';
import { FAULTS, findFault, startReferenceServer, type RunningReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';

const SPECS = ['runai-2.18', 'runai-2.19', 'runai-2.24'];
/** The faults these scenarios must catch, and the checks expected to catch each. */
const CAUGHT_BY: Record<string, string[]> = {
  'runai-offset-ignored': ['query.offset-paging'],
  'runai-limit-ignored': ['query.limit-respected'],
  'runai-sort-ignored': ['query.sort-username'],
  'runai-sort-order-ignored': ['query.sort-username'],
  'runai-filterBy-ignored': ['query.filter-contains', 'query.no-match-empty'],
  'runai-search-ignored': ['query.no-match-empty'],
  'runai-count-ignores-filters': ['runai.count-matches-list'],
  'runai-count-includes-deleted': ['runai.count-matches-list'],
  'runai-duplicate-race': ['concurrency.duplicate-create-once'],
  'runai-duplicate-accepted': ['concurrency.duplicate-create-once'],
  'runai-deleted-still-listed': ['query.filter-contains'],
};
/** State faults the model-based scenario finds on its own (at the default seed and runs). */
const MODEL_FAULTS = ['runai-duplicate-accepted', 'runai-deleted-still-listed', 'runai-deleted-still-readable', 'runai-count-includes-deleted'];
const RESPONSE_IDS = new Set(RESPONSE_CHECKS.map((c) => c.id));

interface Run {
  outcome: TargetOutcome;
  results: CheckResult[];
  /** Users on the server that the run did not create, before and after. */
  othersBefore: unknown[];
  othersAfter: unknown[];
}

async function listOthers(server: RunningReferenceServer, runId: string): Promise<unknown[]> {
  const response = await fetch(`${server.url}/api/v1/users`, { headers: { authorization: `Bearer ${server.adminToken}` } });
  const users = (await response.json()) as { username: string }[];
  return users.filter((u) => !u.username.startsWith(`uc-${runId}-`)).sort((a, b) => a.username.localeCompare(b.username));
}

async function run(specId: string, fault: string | undefined, scenarios: readonly Scenario[] = RUNAI_QUERY_SCENARIOS): Promise<Run> {
  const server = await startReferenceServer({ spec: specId, fault });
  try {
    const runId = newRunId();
    const othersBefore = await listOthers(server, runId);
    const outcome = await runTarget({
      spec: await loadSpec(specId),
      target: { specId, baseUrl: server.url, label: 'reference', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken } },
      options: { ...DEFAULT_RUN_OPTIONS, runId, seed: 1 },
      scenarios,
    });
    return { outcome, results: outcome.outcomes.flatMap((o) => o.results), othersBefore, othersAfter: await listOthers(server, runId) };
  } finally {
    await server.close();
  }
}

/** Only the scenarios that record these checks (keeps the fault runs short). */
const scenariosRecording = (ids: readonly string[]): Scenario[] => [runaiQueries, runaiConcurrency, runaiModel].filter((s) => ids.some((id) => s.checks.includes(id)));

const summary = (results: CheckResult[]) => results.filter((r) => !['passed', 'skipped'].includes(r.status)).map((r) => `${r.status} ${r.checkId} ${r.operationId ?? ''}: ${r.message}`);

describe.concurrent.each(SPECS)('Run:ai queries, concurrency, model on %s', (specId) => {
  const benign = FAULTS.filter((f) => f.benign && f.specs.includes(specId)).map((f) => f.id);

  it.each([undefined, ...benign])('reports nothing against the correct server, no MUST failure against a benign variant (%s)', async (variant) => {
    const { outcome, results, othersBefore, othersAfter } = await run(specId, variant);
    // The correct server earns nothing; a benign variant may earn SHOULD warnings (a guessed rule), never a failure.
    expect(summary(variant === undefined ? results : results.filter((r) => r.status !== 'warned'))).toEqual([]);
    // Every check a scenario records is one it declares (besides the response checks every call gets).
    for (const o of outcome.outcomes) {
      const declared = new Set(RUNAI_QUERY_SCENARIOS.find((s) => s.id === o.scenario)!.checks);
      for (const r of o.results) expect(declared.has(r.checkId) || RESPONSE_IDS.has(r.checkId), `${o.scenario} records ${r.checkId}`).toBe(true);
      expect(o.cleanup.leftover, o.scenario).toEqual([]);
    }
    expect(outcome.sweep).toMatchObject({ deleted: 0, leftover: [] });
    expect(othersAfter).toEqual(othersBefore);
    // The checks ran for real: every MUST behaviour check that applies passed at least once.
    const passed = new Set(results.filter((r) => r.status === 'passed').map((r) => r.checkId));
    const expected = ['model.consistent', 'concurrency.duplicate-create-once', 'concurrency.parallel-creates'];
    if (specId !== 'runai-2.18') expected.push('query.filter-contains', 'query.filter-equals', 'query.no-match-empty', 'runai.count-matches-list', 'query.limit-respected', 'query.offset-paging', 'query.sort-username');
    if (specId === 'runai-2.24') expected.push('query.search-finds-all');
    expect([...passed].sort()).toEqual(expect.arrayContaining(expected.sort()));
  });

  const faults = Object.keys(CAUGHT_BY).filter((id) => findFault(id)!.specs.includes(specId));
  it.each(faults)('catches %s with a MUST check on the faulty operation', async (faultId) => {
    const fault = findFault(faultId)!;
    // 2.18 has no query scenario: there the model catches the listed-after-delete fault.
    const by = specId === 'runai-2.18' && faultId === 'runai-deleted-still-listed' ? ['model.consistent'] : CAUGHT_BY[faultId]!;
    const { results } = await run(specId, faultId, scenariosRecording(by));
    const caught = results.filter((r) => r.level === 'MUST' && r.status === 'failed' && fault.operations.includes(r.operationId ?? ''));
    expect(caught.length, summary(results).join('\n')).toBeGreaterThan(0);
    expect(by.filter((id) => !caught.some((r) => r.checkId === id)), summary(results).join('\n')).toEqual([]);
    expect(results.filter((r) => r.status === 'error')).toEqual([]);
  });

  it.each(MODEL_FAULTS.filter((id) => findFault(id)!.specs.includes(specId)))('the model alone catches %s, with a shrunk sequence and its replay', async (faultId) => {
    const { results } = await run(specId, faultId, [runaiModel]);
    const failure = results.find((r) => r.checkId === 'model.consistent' && r.status === 'failed');
    expect(failure, summary(results).join('\n')).toBeDefined();
    expect(findFault(faultId)!.operations).toContain(failure!.operationId);
    expect(failure!.reproduction).toMatchObject({ seed: 1, path: expect.stringMatching(/^\d+(:\d+)*$/), counterexample: { commands: expect.any(Array), replayPath: expect.any(String) } });
    const commands = (failure!.reproduction!.counterexample as { commands: string[] }).commands;
    expect(commands.length).toBeLessThanOrEqual(4);
    expect(failure!.message).toContain(`after [${commands.join(', ')}]; seed 1, path "${failure!.reproduction!.path}"`);
    expect(failure!.reproduction!.exchanges.length).toBeGreaterThan(0);
  });
});
