/**
 * One run report from the results of its shards (`run --shard i/n` on n machines, same seed): the
 * checks of all shards, the specs and catalogue they cover, coverage and cleanup added up, the span of
 * time from the first start to the last end. The verdict is then computed from the merged checks, as
 * for any run, so a spec that one shard did not touch is judged on what the others recorded.
 */
import type { OperationCoverage, ResultsJson, RunReport, SpecSummary } from './types.js';

/** Shards that cannot be merged (different seeds or tools): a clear message, exit 2 in the CLI. */
export class MergeError extends Error {
  override readonly name = 'MergeError';
}

/** Merges shard results (in the order given); throws {@link MergeError} when they are not one run's. */
export function mergeReports(parts: ReadonlyArray<{ source: string; report: ResultsJson }>): RunReport {
  if (parts.length === 0) throw new MergeError('nothing to merge: give the report folders of the shards');
  const first = parts[0]!.report;
  for (const { source, report } of parts) {
    if (report.seed !== first.seed) throw new MergeError(`${source}: seed ${report.seed}, but ${parts[0]!.source} has seed ${first.seed}: shards of one run share a seed (pass the same --seed to each)`);
    if (report.version !== first.version) throw new MergeError(`${source}: written by users-conformance ${report.version}, ${parts[0]!.source} by ${first.version}: shards of one run use the same version`);
  }
  const reports = parts.map((p) => p.report);
  const specs = new Map<string, SpecSummary>();
  for (const spec of reports.flatMap((r) => r.specs)) if (!specs.has(spec.id)) specs.set(spec.id, spec);
  const order = [...specs.keys()];
  const checks = reports.flatMap((r) => r.checks);
  // Spec by spec, as an unsharded run lists them; within a spec, shard order (stable sort).
  checks.sort((a, b) => order.indexOf(a.spec) - order.indexOf(b.spec));
  const startedAt = reports.map((r) => r.startedAt).sort()[0]!;
  const finished = reports.map((r) => r.finishedAt);
  const finishedAt = finished.every((f) => f !== undefined) ? (finished as string[]).sort().at(-1) : undefined;
  const end = finishedAt ?? startedAt;
  const runIds = [...new Set(reports.map((r) => r.runId))];
  return {
    tool: first.tool,
    version: first.version,
    ...(first.commit ? { commit: first.commit } : {}),
    target: first.target,
    specs: [...specs.values()],
    seed: first.seed,
    runId: runIds.join(','),
    startedAt,
    ...(finishedAt ? { finishedAt } : {}),
    durationMs: Math.max(0, Date.parse(end) - Date.parse(startedAt)),
    complete: reports.every((r) => r.complete),
    config: { ...first.config, shards: parts.map((p) => p.source) },
    catalogue: Object.assign({}, ...reports.map((r) => r.catalogue)),
    checks,
    coverage: mergeCoverage(reports),
    cleanup: {
      created: sum(reports.map((r) => r.cleanup.created)),
      deleted: sum(reports.map((r) => r.cleanup.deleted)),
      leftover: reports.flatMap((r) => r.cleanup.leftover),
      ...(reports.every((r) => r.cleanup.sweep) ? { sweep: { ran: reports.every((r) => r.cleanup.sweep!.ran), deleted: sum(reports.map((r) => r.cleanup.sweep!.deleted)) } } : {}),
    },
    ...(reports.some((r) => r.startError !== undefined) ? { startError: reports.map((r) => r.startError).filter(Boolean).join('; ') } : {}),
  };
}

function mergeCoverage(reports: readonly RunReport[]): RunReport['coverage'] {
  const out: RunReport['coverage'] = {};
  for (const report of reports) {
    for (const [spec, operations] of Object.entries(report.coverage)) {
      const merged = (out[spec] ??= {});
      for (const [operationId, coverage] of Object.entries(operations)) {
        const seen: OperationCoverage = merged[operationId] ?? { exercised: false, observedStatuses: [] };
        merged[operationId] = { exercised: seen.exercised || coverage.exercised, observedStatuses: [...new Set([...seen.observedStatuses, ...coverage.observedStatuses])].sort((a, b) => a - b) };
      }
    }
  }
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
