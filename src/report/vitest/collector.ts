/**
 * Folds scenario outcomes into the run report as they arrive: check records, coverage per spec and
 * operation, cleanup counts and leftovers, and catalogue entries for every check id present.
 * `snapshot()` is cheap enough to call for every throttled write.
 */
import type { CheckDefinition } from '../../checks/types.js';
import type { ScenarioOutcome } from '../../engine/scenario.js';
import type { SweptIds } from '../../engine/system.js';
import { toCheckRecord } from '../to-check-record.js';
import { publicText } from '../public-text.js';
import type { CatalogueEntry, CheckRecord, LeftoverResource, OperationCoverage, RunReport } from '../types.js';

/** The end-of-run sweep of one target, as `suites/setup/cleanup-record.ts` writes it. */
export interface SweepEntry {
  spec: string;
  deleted: number;
  leftover: Array<{ kind: string; id: string; label?: string; reason: string }>;
  /** Kinds the sweep could list in full after its deletes (see `SweepResult.verified`). */
  verified?: SweptIds[];
}

/** A test that ended without an outcome (the harness crashed, timed out, or the module failed to load). */
export interface Crash {
  spec: string;
  scenario: string;
  message: string;
  durationMs?: number;
}

export interface RunCollector {
  addOutcome(outcome: ScenarioOutcome): void;
  addCrash(crash: Crash): void;
  addSweeps(sweeps: readonly SweepEntry[]): void;
  /** The report as of now; `finish` sets `finishedAt` and `complete`. */
  snapshot(now?: Date): RunReport;
  finish(complete: boolean, at?: Date): RunReport;
  readonly outcomes: number;
}

export type RunHeader = Omit<RunReport, 'checks' | 'coverage' | 'cleanup' | 'catalogue' | 'complete' | 'durationMs' | 'finishedAt'>;

export function createRunCollector(header: RunHeader, catalogue: ReadonlyMap<string, CheckDefinition>): RunCollector {
  const checks: CheckRecord[] = [];
  const coverage = new Map<string, Map<string, Set<number>>>();
  const leftovers = new Map<string, LeftoverResource>();
  let created = 0;
  let deleted = 0;
  let swept = { ran: false, deleted: 0 };
  let outcomes = 0;
  let finished: { complete: boolean; at: Date } | undefined;

  const cover = (spec: string, operationId: string, statuses: readonly number[]) => {
    const bySpec = coverage.get(spec) ?? new Map<string, Set<number>>();
    coverage.set(spec, bySpec);
    const seen = bySpec.get(operationId) ?? new Set<number>();
    bySpec.set(operationId, seen);
    for (const status of statuses) seen.add(status);
  };
  const leave = (entry: LeftoverResource) => leftovers.set(`${entry.spec}\u0000${entry.kind}\u0000${entry.id}`, entry);

  const snapshot = (now = new Date()): RunReport => {
    const end = finished?.at ?? now;
    return {
      ...header,
      ...(finished ? { finishedAt: end.toISOString() } : {}),
      durationMs: Math.max(0, end.getTime() - Date.parse(header.startedAt)),
      complete: finished?.complete ?? false,
      config: header.config,
      catalogue: catalogueFor(checks, catalogue),
      checks: [...checks],
      coverage: coverageRecord(coverage),
      cleanup: { created, deleted, leftover: [...leftovers.values()], sweep: { ...swept } },
    };
  };

  return {
    get outcomes() {
      return outcomes;
    },
    addOutcome(outcome) {
      outcomes++;
      for (const result of outcome.results) checks.push(toCheckRecord(result));
      for (const [operationId, statuses] of Object.entries(outcome.coverage)) cover(outcome.spec, operationId, statuses);
      created += outcome.cleanup.created;
      deleted += outcome.cleanup.deleted;
      for (const left of outcome.cleanup.leftover) leave({ spec: outcome.spec, kind: left.kind, id: left.id, reason: `scenario ${outcome.scenario} could not delete ${left.label}: ${left.reason}` });
    },
    addCrash(crash) {
      checks.push({
        id: 'scenario.completed',
        level: catalogue.get('scenario.completed')?.level ?? 'MUST',
        spec: crash.spec,
        scenario: crash.scenario,
        status: 'error',
        message: crash.message,
        ...(crash.durationMs !== undefined ? { durationMs: crash.durationMs } : {}),
      });
    },
    addSweeps(sweeps) {
      swept = { ran: true, deleted: swept.deleted + sweeps.reduce((sum, s) => sum + s.deleted, 0) };
      for (const sweep of sweeps) {
        deleted += sweep.deleted;
        // The sweep looks at the target after every scenario has cleaned up: an entry it reports for
        // a resource replaces the scenario's. Where it listed a kind in full after its deletes, a
        // scenario's leftover that list does not show is gone: the sweep deleted it (and counted it),
        // or it was gone already (the scenario's delete worked but its answer did not say so).
        for (const [key, entry] of leftovers) {
          if (entry.spec !== sweep.spec || entry.reason.startsWith('end-of-run sweep')) continue;
          const seen = sweep.verified?.find((v) => v.kind === entry.kind);
          if (seen && !seen.after.includes(entry.id)) {
            leftovers.delete(key);
            if (!seen.before.includes(entry.id)) deleted++;
          } else if (!seen && sweep.deleted > 0) {
            leftovers.set(key, { ...entry, reason: `${entry.reason} (the end-of-run sweep then deleted ${sweep.deleted} resource(s) carrying the run id, possibly this one)` });
          }
        }
        for (const left of sweep.leftover) leave({ spec: sweep.spec, kind: left.kind, id: left.id, reason: `end-of-run sweep: ${left.label ? `${left.label}: ` : ''}${left.reason}` });
      }
    },
    snapshot,
    finish(complete, at = new Date()) {
      finished = { complete, at };
      return snapshot(at);
    },
  };
}

function catalogueFor(checks: readonly CheckRecord[], catalogue: ReadonlyMap<string, CheckDefinition>): Record<string, CatalogueEntry> {
  const entries: Record<string, CatalogueEntry> = {};
  for (const { id } of checks) {
    const definition = catalogue.get(id);
    // The catalogue's internal references (seed numbers, facts entries) become sources a reader can look up.
    if (definition && !entries[id]) {
      const { basis, source } = definition.provenance;
      entries[id] = { level: definition.level, category: definition.category, title: publicText(definition.title), why: publicText(definition.why), provenance: { basis, source: publicText(source) } };
    }
  }
  return entries;
}

function coverageRecord(coverage: Map<string, Map<string, Set<number>>>): Record<string, Record<string, OperationCoverage>> {
  const out: Record<string, Record<string, OperationCoverage>> = {};
  for (const [spec, operations] of coverage) {
    out[spec] = {};
    for (const [operationId, statuses] of operations) out[spec][operationId] = { exercised: true, observedStatuses: [...statuses].sort((a, b) => a - b) };
  }
  return out;
}
