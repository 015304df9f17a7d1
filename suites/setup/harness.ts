/**
 * Turns scenarios into vitest tests: one test per (target, scenario) of a category. The test carries
 * the scenario's results in `task.meta.conformance` (the report is built from them) and fails when a
 * MUST check failed or the suite itself broke (with the error's message); SHOULD warnings are
 * annotations. A run whose verdict rests on nothing must not pass: when every scenario of a spec has
 * run and nothing was judged (every check skipped, disabled or in error), the spec's suite fails in
 * its `afterAll`, so `npm test` is not green (the report says `no-verdict` for the same reason).
 */
import { afterAll, describe, inject, test } from 'vitest';
import type { CheckCategory, CheckResult } from '../../src/checks/types.js';
import { createTargetClient } from '../../src/engine/client.js';
import { slotAt } from '../../src/engine/run.js';
import { runScenario, type ScenarioOutcome } from '../../src/engine/scenario.js';
import { planFor, systemOf } from '../../src/systems/index.js';
import { itemsOfShard, type Shard } from '../../src/config/shard.js';
import type { Scenario } from '../../src/engine/scenario.js';
import type { HttpClient } from '../../src/http/types.js';
import { loadSpec, type LoadedSpec } from '../../src/spec/index.js';
import type { TargetConfig } from '../../src/engine/target.js';
import { nothingJudgedReason, rerunCommand } from '../../src/report/index.js';
import { runConfig, targetLabel } from '../../src/report/vitest/run-context.js';
import type { ConformanceRunContext } from '../../src/engine/target.js';
import { writeOutcomesRecord } from '../../src/report/vitest/outcomes-record.js';
import { PROGRESS_ANNOTATION, progressMessage } from '../../src/report/vitest/progress.js';
import './context.js';

declare module 'vitest' {
  interface TaskMeta {
    conformance?: ScenarioOutcome;
  }
}

/** A scenario may run many requests; the per-request timeout bounds each of them. */
const SCENARIO_TIMEOUT_MS = 300_000;

const clients = new Map<string, HttpClient>();
function clientFor(target: TargetConfig, spec: LoadedSpec): HttpClient {
  let client = clients.get(target.baseUrl);
  if (!client) clients.set(target.baseUrl, (client = createTargetClient(target, spec, systemOf(spec), inject('conformance').options)));
  return client;
}

/** Category order in the test tree (and in terminal output). */
const CATEGORIES: readonly CheckCategory[] = ['operation', 'lifecycle', 'state', 'query', 'negative', 'auth', 'concurrency', 'model', 'safety'];

/**
 * Registers every applicable scenario of every target. One test file holds them all (vitest fails a
 * file without tests, and which scenarios apply depends on the chosen specs); `test.concurrent` runs
 * them in parallel.
 */
export async function defineConformanceSuites(): Promise<void> {
  const context = inject('conformance');
  // In a `conformance()` project no reporter of ours sees the tests: global setup's teardown writes the report from these.
  const outcomes: ScenarioOutcome[] = [];
  if (context.reportInSetup) afterAll(() => writeOutcomesRecord(context.reportDir, context.runId, outcomes));
  const specs = await Promise.all(context.targets.map((t) => loadSpec(t.specId)));
  const plans = specs.map((spec) => {
    const plan = planFor(spec);
    return { ...plan, applicable: plan.scenarios.filter((s) => s.appliesTo(spec) === true), operations: spec.byId.size };
  });
  const shard = inject('shard');
  const inShard = shardMembership(plans, shard);
  // More shards than scenarios: vitest fails a file without tests, and this share is simply empty.
  if (shard && plans.every((plan, i) => plan.applicable.every((scenario) => !inShard(i, scenario)))) {
    test(`shard ${shard.index}/${shard.count}: no scenario falls in this share`, () => undefined);
  }
  context.targets.forEach((target, i) => {
    const spec = specs[i]!;
    const { system, scenarios: planned, applicable: all } = plans[i]!;
    // The name slot of each scenario is 10 + its place in the plan, as runTarget gives it.
    const slots = new Map(planned.map((scenario, index) => [scenario, slotAt(index)]));
    const applicable = all.filter((scenario) => inShard(i, scenario));
    // A shard without a scenario of this spec says nothing about it; the first shard says "none applies".
    if (applicable.length === 0 && all.length > 0) return;
    if (all.length === 0 && shard && shard.index !== 1) return;
    describe(`${spec.id} (${target.label})`, () => {
      if (applicable.length === 0) {
        // No test would run for this spec, and a file of passing tests for other specs would hide it.
        test(`${spec.id}: no scenario applies`, ({ task }) => {
          task.meta.conformance = { scenario: 'none', spec: spec.id, results: [], cleanup: { created: 0, deleted: 0, leftover: [] }, coverage: {}, durationMs: 0 };
          throw new Error(nothingJudgedReason(spec.id, [])!.message);
        });
        return;
      }
      // What the spec's scenarios recorded, to judge the spec once they have all run.
      const recorded: CheckResult[] = [];
      let ran = 0;
      afterAll(() => {
        // A test filter (-t) or a cancelled run leaves scenarios unrun, and a shard runs a share of
        // them: nothing to say about the spec then (the merged report judges a sharded run).
        if (shard || ran < applicable.length) return;
        const reason = nothingJudgedReason(spec.id, recorded);
        if (reason) throw new Error(`${reason.message}: the run has no verdict for it`);
      });
      // Every category a scenario has, the known ones in their order: a scenario is never left out.
      for (const category of new Set([...CATEGORIES, ...applicable.map((s) => s.category)])) {
        const scenarios = applicable.filter((s) => s.category === category);
        if (scenarios.length === 0) continue;
        describe(category, () => {
          for (const scenario of scenarios) {
            test.concurrent(scenario.title, async ({ task, annotate }) => {
              const onProgress = progressAnnotations(annotate);
              const outcome = await runScenario(scenario, { spec, system, target, options: context.options, http: clientFor(target, spec), slot: slots.get(scenario)!, onProgress });
              task.meta.conformance = outcome;
              outcomes.push(outcome);
              ran++;
              recorded.push(...outcome.results);
              for (const warning of outcome.results.filter((r) => r.status === 'warned')) await annotate(line(warning), 'warning');
              const broken = outcome.results.filter((r) => r.status === 'failed' || r.status === 'error');
              if (broken.length) throw new Error(`${broken.length} problem(s):\n${broken.map(line).join('\n')}\n${rerunLines(context, broken)}`);
            }, SCENARIO_TIMEOUT_MS);
          }
        });
      }
    });
  });
}

/**
 * Whether scenario `scenario` of spec `i` is this shard's: every spec's applicable scenarios, by
 * category (alike costs together) and within one by the spec's size, are dealt round the shards.
 */
function shardMembership(plans: ReadonlyArray<{ applicable: readonly Scenario[]; operations: number }>, shard: Shard | undefined): (i: number, scenario: Scenario) => boolean {
  if (!shard) return () => true;
  // Every category a scenario has (as the suites register them): no scenario falls outside every shard.
  const categories = new Set([...CATEGORIES, ...plans.flatMap((plan) => plan.applicable.map((s) => s.category))]);
  // Within a category, the spec with the most operations first: its scenarios walk more of them.
  const operations = (i: number) => plans[i]!.operations;
  const dealt = [...categories].flatMap((category) =>
    plans
      .flatMap((plan, i) => plan.applicable.filter((s) => s.category === category).map((scenario) => ({ i, scenario })))
      .sort((a, b) => operations(b.i) - operations(a.i) || a.i - b.i),
  );
  const mine = itemsOfShard(dealt, shard);
  return (i, scenario) => mine.some((item) => item.i === i && item.scenario === scenario);
}

/** At most one progress annotation a second per scenario: each is a message to the main process. */
const PROGRESS_INTERVAL_MS = 1_000;

/** Sends a scenario's progress through the operations to the reporters, as `done/total` annotations. */
function progressAnnotations(annotate: (message: string, type?: string) => Promise<unknown>): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS || done === total) return;
    last = now;
    // Progress is a courtesy: a lost annotation must not fail the scenario.
    annotate(progressMessage(done, total), PROGRESS_ANNOTATION).catch(() => undefined);
  };
}

/** The commands that rerun the broken checks (one per check id), as the report gives them. */
function rerunLines(context: ConformanceRunContext, broken: readonly CheckResult[]): string {
  const report = { seed: context.seed, config: runConfig(context), target: targetLabel(context) };
  const commands = [...new Set(broken.map((r) => rerunCommand(report, { id: r.checkId, spec: r.spec, operationId: r.operationId })))];
  return commands.map((command) => `Rerun: ${command}`).join('\n');
}

function line(result: CheckResult): string {
  const kind = result.status === 'error' ? 'SUITE ERROR' : result.status === 'warned' ? 'SHOULD' : 'MUST';
  return `[${kind}] ${result.checkId}${result.operationId ? ` (${result.operationId})` : ''}: ${result.message}`;
}
