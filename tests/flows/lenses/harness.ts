/** Runs the Lenses HQ scenarios against a reference server (correct, benign or faulty). */
import type { CheckResult } from '../../../src/checks/types.js';
import { LENSES } from '../../../src/systems/lenses/index.js';
import { runTarget, type TargetOutcome } from '../../../src/engine/run.js';
import type { Scenario } from '../../../src/engine/scenario.js';
import type { RunOptions, TargetCredentials } from '../../../src/engine/target.js';
import { startReferenceServer, type RunningReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { systemOf } from '../../../src/systems/index.js';

export const OPTIONS: RunOptions = { runId: 'lensesab', seed: 20261122, readOnly: false, runs: 25, concurrency: 8, timeoutMs: 10_000, emailDomain: 'example.com' };

export interface LensesRun extends TargetOutcome {
  results: CheckResult[];
  server: RunningReferenceServer;
}

export function credentialsOf(server: RunningReferenceServer, login = true): TargetCredentials {
  return { adminToken: server.adminToken, viewerToken: server.viewerToken, ...(login && { username: server.adminUsername, password: server.adminPassword }) };
}

/** Starts a server, runs the scenarios, and leaves the server open for inspection (the caller closes it). */
export async function runLenses(input: { fault?: string; options?: Partial<RunOptions>; scenarios?: readonly Scenario[]; login?: boolean } = {}): Promise<LensesRun> {
  const server = await startReferenceServer({ spec: 'lenses-hq', fault: input.fault });
  const spec = await loadSpec('lenses-hq');
  const outcome = await runTarget({
    spec,
    system: systemOf(spec),
    target: { specId: spec.id, baseUrl: server.url, label: 'reference', credentials: credentialsOf(server, input.login ?? true) },
    options: { ...OPTIONS, ...input.options },
    scenarios: input.scenarios ?? LENSES.scenarios,
  });
  return { ...outcome, results: outcome.outcomes.flatMap((o) => o.results), server };
}

/** Results a correct server must never produce. */
export const problems = (results: readonly CheckResult[]) => results.filter((r) => r.status === 'failed' || r.status === 'error' || r.status === 'warned');

export const describeResult = (r: CheckResult) => `${r.status} ${r.level} ${r.checkId} ${r.operationId ?? '-'}: ${r.message}`;

/** GET as the admin, straight to the server (no suite machinery), for before/after snapshots. */
export async function adminGet(server: RunningReferenceServer, path: string): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });
  return response.json();
}
