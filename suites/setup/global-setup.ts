/**
 * Global setup of the conformance suites: resolves the target from the environment, or starts the
 * embedded reference server for each chosen spec; hands the result to the workers; at the end sweeps
 * whatever the run left on each target and stops the servers.
 */
import type { TestProject } from 'vitest/node';
import { configFromEnvironment } from '../../src/config/environment.js';
import { newRunId, resolveSeed } from '../../src/generate/index.js';
import { createTargetClient } from '../../src/engine/client.js';
import { preflightProblem } from '../../src/engine/preflight.js';
import { systemOf } from '../../src/systems/index.js';
import type { RunOptions, TargetConfig } from '../../src/engine/target.js';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { loadSpec } from '../../src/spec/index.js';
import type { SuiteContext } from '././context.js';
import { writeCleanupRecord } from '././cleanup-record.js';

/** Thrown by global setup; the CLI turns it into a one-line usage error (exit 2). */
export class TargetSetupError extends Error {
  override readonly name = 'TargetSetupError';
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = configFromEnvironment();
  const seed = resolveSeed(env.seed);
  const runId = env.runId ?? newRunId();
  const options: RunOptions = { ...env.options, runId, seed };
  const servers: RunningReferenceServer[] = [];
  let targets: TargetConfig[];
  if (env.targetUrl) {
    targets = [{ specId: env.specIds[0]!, baseUrl: env.targetUrl.replace(/\/+$/, ''), label: env.targetUrl, credentials: env.credentials }];
    // A setup mistake (no or refused credentials, wrong base URL) stops the run before it blames the target.
    const problem = await preflightProblem(targets[0]!, await loadSpec(targets[0]!.specId), options);
    if (problem) throw new TargetSetupError(problem);
  } else {
    servers.push(...(await Promise.all(env.specIds.map((spec) => startReferenceServer({ spec })))));
    targets = servers.map((server, i) => ({
      specId: env.specIds[i]!,
      baseUrl: server.url,
      label: `embedded reference server (${server.url})`,
      credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword },
    }));
  }
  const context: SuiteContext = { runId, seed, options, targets, embedded: !env.targetUrl, reportDir: env.reportDir };
  project.provide('conformance', context);

  return async () => {
    const sweeps = await Promise.all(targets.map(async (target) => {
      if (options.readOnly) return { spec: target.specId, deleted: 0, leftover: [] };
      const spec = await loadSpec(target.specId);
      const http = createTargetClient(target, spec, options);
      try {
        return { spec: target.specId, ...(await systemOf(spec).sweep(http, spec, runId)) };
      } finally {
        await http.close();
      }
    }));
    await writeCleanupRecord(env.reportDir, runId, sweeps);
    await Promise.all(servers.map((s) => s.close()));
  };
}
