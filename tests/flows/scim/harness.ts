/** Runs the SCIM scenarios against a reference server (correct, benign or faulty). */
import type { CheckResult } from '../../../src/checks/types.js';
import { runTarget, type TargetOutcome } from '../../../src/engine/run.js';
import type { Scenario } from '../../../src/engine/scenario.js';
import type { RunOptions } from '../../../src/engine/target.js';
import { startReferenceServer, type RunningReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { scenariosFor, systemOf } from '../../../src/systems/index.js';

export const OPTIONS: RunOptions = { runId: 'scimabcd', seed: 20261205, readOnly: false, runs: 10, concurrency: 4, timeoutMs: 10_000, emailDomain: 'example.com' };

export interface ScimRun extends TargetOutcome {
  results: CheckResult[];
  server: RunningReferenceServer;
}

/** Starts a server, runs the scenarios (default: every scenario of the spec), and leaves the server open (the caller closes it). */
export async function runScim(input: { fault?: string; options?: Partial<RunOptions>; scenarios?: readonly Scenario[] } = {}): Promise<ScimRun> {
  const server = await startReferenceServer({ spec: 'scim-2.0', fault: input.fault });
  const spec = await loadSpec('scim-2.0');
  const outcome = await runTarget({
    spec,
    system: systemOf(spec),
    target: { specId: spec.id, baseUrl: server.url, label: 'reference', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken } },
    options: { ...OPTIONS, ...input.options },
    scenarios: input.scenarios ?? scenariosFor(spec),
  });
  return { ...outcome, results: outcome.outcomes.flatMap((o) => o.results), server };
}

/** Results a correct server must never produce. */
export const problems = (results: readonly CheckResult[]) => results.filter((r) => r.status === 'failed' || r.status === 'error' || r.status === 'warned');

export const describeResult = (r: CheckResult) => `${r.status} ${r.level} ${r.checkId} ${r.operationId ?? '-'}: ${r.message}`;
