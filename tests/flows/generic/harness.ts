/** Runs the generic scenarios (and the k8s ones) against a reference server: correct, benign or faulty. */
import type { CheckResult } from '../../../src/checks/types.js';
import { GENERIC_SCENARIOS } from '../../../src/scenarios/index.js';
import { runTarget, type TargetOutcome } from '../../../src/engine/run.js';
import { K8S_SCENARIOS } from '../../../src/systems/runai/k8s/index.js';
import type { Scenario } from '../../../src/engine/scenario.js';
import type { RunOptions } from '../../../src/engine/target.js';
import { startReferenceServer, type RunningReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { systemOf } from '../../../src/systems/index.js';

export const SPECS = ['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq'] as const;
export const OPTIONS: RunOptions = { runId: 'genrunab', seed: 20261122, readOnly: false, runs: 25, concurrency: 8, timeoutMs: 10_000, emailDomain: 'example.com' };
export const ALL_SCENARIOS: readonly Scenario[] = [...GENERIC_SCENARIOS, ...K8S_SCENARIOS];

export interface Run extends TargetOutcome {
  results: CheckResult[];
  server: RunningReferenceServer;
  durationMs: number;
}

export interface RunInput {
  spec: string;
  fault?: string;
  scenarios?: readonly Scenario[];
  options?: Partial<RunOptions>;
  /** Give the viewer token (default true). */
  viewer?: boolean;
  /** Runs against the fresh server before the scenarios (e.g. a snapshot). */
  before?: (server: RunningReferenceServer) => Promise<void>;
}

/** Starts a server, runs the scenarios, and leaves the server open for inspection (the caller closes it). */
export async function runOn(input: RunInput): Promise<Run> {
  const server = await startReferenceServer({ spec: input.spec, fault: input.fault });
  const spec = await loadSpec(input.spec);
  await input.before?.(server);
  const started = performance.now();
  const outcome = await runTarget({
    spec,
    system: systemOf(spec),
    target: {
      specId: spec.id,
      baseUrl: server.url,
      label: 'reference',
      credentials: { adminToken: server.adminToken, ...(input.viewer !== false && { viewerToken: server.viewerToken }), username: server.adminUsername, password: server.adminPassword },
    },
    options: { ...OPTIONS, ...input.options },
    scenarios: (input.scenarios ?? ALL_SCENARIOS).filter((s) => s.appliesTo(spec) === true),
  });
  return { ...outcome, results: outcome.outcomes.flatMap((o) => o.results), server, durationMs: performance.now() - started };
}

/** Runs, hands the run to `inspect`, and always closes the server. */
export async function withRun<T>(input: RunInput, inspect: (run: Run) => T | Promise<T>): Promise<T> {
  const run = await runOn(input);
  try {
    return await inspect(run);
  } finally {
    await run.server.close();
  }
}

/** GET as the admin, straight to the server (no suite machinery), for before/after snapshots. */
export async function adminGet(server: RunningReferenceServer, path: string): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });
  return response.json();
}

/** Results a correct server must never produce. */
export const problems = (results: readonly CheckResult[]) => results.filter((r) => r.status === 'failed' || r.status === 'error' || r.status === 'warned');

export const describeResult = (r: CheckResult) => `${r.status} ${r.level} ${r.checkId} ${r.operationId ?? '-'}: ${r.message}`;

/** Everything the run could not clean up (scenario cleanup and the end-of-run sweep). */
export const leftovers = (run: Run) => [...run.outcomes.flatMap((o) => o.cleanup.leftover), ...run.sweep.leftover];
