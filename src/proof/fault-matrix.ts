/**
 * Runs the fault-detection matrix: for each (server variant, spec) pair, a fresh in-process reference
 * server with that variant, every scenario of the spec through `runTarget` (what `run` and the suites
 * run), and the classified results. A few rows run at once; each has its own server.
 */
import pLimit from 'p-limit';
import { packageRoot, packageVersion } from '../meta/package.js';
import { runTarget } from '../engine/run.js';
import { planFor } from '../systems/index.js';
import { DEFAULT_RUN_OPTIONS, type RunOptions } from '../engine/target.js';
import { startReferenceServer } from '../reference/index.js';
import { toolCommit } from '../report/vitest/commit.js';
import { loadSpec } from '../spec/index.js';
import { matrixCases, type CaseFilter, type MatrixCase } from './cases.js';
import { classifyRow } from './classify.js';
import type { FaultMatrix, FaultMatrixRow } from './types.js';

export interface FaultMatrixOptions extends CaseFilter {
  /** fast-check seed for every row (printed with the matrix, so any row can be replayed). */
  seed: number;
  /** fast-check runs per property; default the product's default. */
  runs?: number;
  /** Rows run at once (default 3). */
  parallel?: number;
  /** Requests in flight per row's target (`--concurrency`); default the product's default. */
  concurrency?: number;
  /** Called as each row finishes (progress). */
  onRow?: (row: FaultMatrixRow) => void;
}

/** Run id carried by everything the matrix creates (each row has its own server, so one id serves all). */
const MATRIX_RUN_ID = 'faultmtx';

export async function runFaultMatrix(options: FaultMatrixOptions): Promise<FaultMatrix> {
  const cases = matrixCases(options);
  const runs = options.runs ?? DEFAULT_RUN_OPTIONS.runs;
  const runOptions: RunOptions = { ...DEFAULT_RUN_OPTIONS, runId: MATRIX_RUN_ID, seed: options.seed, runs, ...(options.concurrency !== undefined && { concurrency: options.concurrency }) };
  const limit = pLimit(Math.max(1, options.parallel ?? 3));
  const started = performance.now();
  const rows = await Promise.all(cases.map((c) => limit(async () => {
    const row = await runCase(c, runOptions);
    options.onRow?.(row);
    return row;
  })));
  const root = packageRoot();
  return {
    tool: 'users-conformance',
    version: packageVersion(),
    root,
    ...withCommit(toolCommit(root)),
    generatedAt: new Date().toISOString(),
    seed: options.seed,
    runs,
    durationMs: Math.round(performance.now() - started),
    rows,
  };
}

const withCommit = (commit: string | undefined) => (commit ? { commit } : {});

/** One row: start the variant's server, run every applicable scenario, classify, always close. */
async function runCase(c: MatrixCase, options: RunOptions): Promise<FaultMatrixRow> {
  const started = performance.now();
  const spec = await loadSpec(c.spec);
  const server = await startReferenceServer({ spec: c.spec, fault: c.fault?.id });
  try {
    const plan = planFor(spec);
    const outcome = await runTarget({
      spec,
      system: plan.system,
      target: {
        specId: spec.id,
        baseUrl: server.url,
        label: `reference server${c.fault ? ` with ${c.fault.id}` : ''} (${server.url})`,
        credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword },
      },
      options,
      scenarios: plan.scenarios.filter((s) => s.appliesTo(spec) === true),
    });
    const results = outcome.outcomes.flatMap((o) => o.results);
    const leftovers = [...outcome.outcomes.flatMap((o) => o.cleanup.leftover), ...outcome.sweep.leftover];
    return classifyRow({ fault: c.fault }, c.spec, results, performance.now() - started, leftovers.length);
  } finally {
    await server.close();
  }
}
