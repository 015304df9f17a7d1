/**
 * Global setup of the conformance suites: resolves the target from the environment, or starts the
 * embedded reference server for each chosen spec; hands the result to the workers; at the end sweeps
 * whatever the run left on each target and stops the servers.
 */
import type { TestProject } from 'vitest/node';
import { projectResolver } from '../../src/config/project-registry.js';
import { resolveRunConfig, type RunConfig } from '../../src/config/run-config.js';
import { createTargetClient } from '../../src/engine/client.js';
import { preflightProblem } from '../../src/engine/preflight.js';
import { systemOf } from '../../src/systems/index.js';
import type { TargetConfig } from '../../src/engine/target.js';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { writeReportFromSetup } from '../../src/report/write-from-setup.js';
import { loadSpec } from '../../src/spec/index.js';
import type { SuiteContext } from './context.js';
import { writeCleanupRecord } from './cleanup-record.js';

/** Thrown by global setup; the CLI turns it into a one-line usage error (exit 2). */
export class TargetSetupError extends Error {
  override readonly name = 'TargetSetupError';
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = new Date();
  // Resolved once: by the CLI (handed over with vitest's provide), by `conformance()` for its project
  // in someone else's vitest config, else here, for `npm test` alone.
  const registered = projectResolver(project.name);
  const env: RunConfig = project.getProvidedContext().runConfig ?? (registered ? await registered() : resolveRunConfig());
  const { options } = env;
  const { runId, seed } = options;
  const servers: RunningReferenceServer[] = [];
  let targets: TargetConfig[];
  if (env.targetUrl) {
    targets = [{ specId: env.specIds[0]!, baseUrl: env.targetUrl.replace(/\/+$/, ''), label: env.targetUrl, credentials: env.credentials }];
    // A setup mistake (no or refused credentials, wrong base URL) stops the run before it blames the
    // target; the CLI has checked it already (one authenticated read per run).
    if (!env.preflighted) {
      const spec = await loadSpec(targets[0]!.specId);
      const problem = await preflightProblem(targets[0]!, spec, systemOf(spec), options);
      if (problem) throw new TargetSetupError(problem);
    }
  } else {
    // The reference server serves the system the suites' registry sees in the spec (a vendor document declares none).
    servers.push(...(await Promise.all(env.specIds.map(async (spec) => startReferenceServer({ spec, system: systemOf(await loadSpec(spec)).id })))));
    targets = servers.map((server, i) => ({
      specId: env.specIds[i]!,
      baseUrl: server.url,
      label: `embedded reference server (${server.url})`,
      credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword, ...(env.credentials.headers ? { headers: env.credentials.headers } : {}) },
    }));
  }
  const context: SuiteContext = { runId, seed, options, targets, embedded: !env.targetUrl, reportDir: env.reportDir, ...(registered ? { reportInSetup: true } : {}) };
  project.provide('conformance', context);
  if (env.shard) project.provide('shard', env.shard);

  return async () => {
    const sweeps = await Promise.all(targets.map(async (target) => {
      if (options.readOnly) return { spec: target.specId, deleted: 0, leftover: [] };
      const spec = await loadSpec(target.specId);
      const system = systemOf(spec);
      const http = createTargetClient(target, spec, system, options);
      try {
        return { spec: target.specId, ...(await system.sweep(http, spec, runId)) };
      } finally {
        await http.close();
      }
    }));
    await Promise.all(servers.map((s) => s.close()));
    if (context.reportInSetup) await writeReportFromSetup(context, startedAt, sweeps);
    else await writeCleanupRecord(env.reportDir, runId, sweeps);
  };
}
