/**
 * A scenario is one flow of checks against one target (a lifecycle, the auth checks, …). Running it
 * yields its check results, what it cleaned up and which operations/statuses it exercised. The vitest
 * suites and the fault-detection matrix both run scenarios through `runScenario`.
 */
import type { AnyCheck } from '../checks/index.js';
import { scenarioCompleted } from '../checks/suite.js';
import type { CheckCategory, CheckResult } from '../checks/types.js';
import type { HttpClient } from '../http/types.js';
import type { LoadedSpec } from '../spec/index.js';
import { createAggregator } from './aggregate.js';
import { inChain } from './chains.js';
import { scenarioDisabledReason } from './plan.js';
import { createFlowContext, operationOfError, type FlowContext } from './context.js';
import { createResourceTracker, type CleanupSummary } from './resources.js';
import type { SystemModule } from './system.js';
import type { RunOptions, TargetConfig } from './target.js';

export interface Scenario {
  /** Stable id, e.g. `runai.lifecycle`. */
  id: string;
  title: string;
  category: CheckCategory;
  /** True when the scenario changes state on the target (creates, deletes, …). */
  writes: boolean;
  /**
   * Every check the scenario may record (for `--only`, `--list` and read-only reports); recording a
   * check not listed here is a suite error, so the list cannot fall behind the code.
   */
  checks: readonly AnyCheck[];
  /** True, or the reason it does not apply to this spec (e.g. "no /v1/k8s operations"). */
  appliesTo(spec: LoadedSpec): true | string;
  run(ctx: FlowContext): Promise<void>;
  /**
   * What the scenario does in read-only mode (only GET and login requests, against data that already
   * exists). Without it, a scenario that writes is disabled in read-only mode.
   */
  runReadOnly?(ctx: FlowContext): Promise<void>;
}

export interface ScenarioEnvironment {
  spec: LoadedSpec;
  /** The system the spec describes (from the registry, `src/systems`). */
  system: SystemModule;
  target: TargetConfig;
  options: RunOptions;
  http: HttpClient;
  /** 10..99, distinct per scenario within one run (keeps generated names unique across parallel scenarios). */
  slot: number;
  /** Progress through the spec's operations, for scenarios that walk them (see FlowContext.progress). */
  onProgress?: (done: number, total: number) => void;
}

export interface ScenarioOutcome {
  scenario: string;
  spec: string;
  results: CheckResult[];
  cleanup: CleanupSummary;
  /** operationId → statuses observed. */
  coverage: Record<string, number[]>;
  durationMs: number;
}

/**
 * Runs one scenario; never throws. Suite bugs become an `error` result; cleanup always runs. The
 * scenario is one chain of requests (chains.ts), or a branch of the run's when the run started it.
 */
export function runScenario(scenario: Scenario, env: ScenarioEnvironment): Promise<ScenarioOutcome> {
  return inChain(scenario.id, () => runScenarioChain(scenario, env));
}

async function runScenarioChain(scenario: Scenario, env: ScenarioEnvironment): Promise<ScenarioOutcome> {
  const started = performance.now();
  const aggregator = createAggregator();
  const resources = createResourceTracker();
  const coverage = new Map<string, Set<number>>();
  const ctx = createFlowContext({ ...env, scenario: scenario.id, checks: scenario.checks, aggregator, resources, coverage });
  // Results by operation (in spec order) and check: an order that does not depend on timing.
  const operationRank = new Map(env.spec.operations.map((o, i) => [o.operationId, i]));
  const results = await runChecks(scenario, env, ctx, () => aggregator.results(env.spec.id, scenario.id, (id) => operationRank.get(id) ?? operationRank.size));
  const cleanup = await resources.cleanup();
  return {
    scenario: scenario.id,
    spec: env.spec.id,
    results,
    cleanup,
    coverage: Object.fromEntries([...coverage].map(([op, statuses]) => [op, [...statuses].sort((a, b) => a - b)])),
    durationMs: performance.now() - started,
  };
}

async function runChecks(scenario: Scenario, env: ScenarioEnvironment, ctx: FlowContext, collected: () => CheckResult[]): Promise<CheckResult[]> {
  if (scenario.appliesTo(env.spec) !== true) return [];
  const off = scenarioDisabledReason(scenario, env.options);
  if (off) return scenario.checks.map((check) => disabled(check, env, scenario.id, off));
  try {
    await (env.options.readOnly && scenario.runReadOnly ? scenario.runReadOnly(ctx) : scenario.run(ctx));
    return collected();
  } catch (error) {
    return [...collected(), suiteError(error, env, scenario.id)];
  }
}

function disabled(check: AnyCheck, env: ScenarioEnvironment, scenario: string, message: string): CheckResult {
  return { checkId: check.id, level: check.level, status: 'disabled', spec: env.spec.id, scenario, message };
}

/**
 * The scenario broke: an error of `scenario.completed`, on the operation that was being called when it
 * was thrown if it came from a call (else flow-wide: the report shows it without an operation).
 */
function suiteError(error: unknown, env: ScenarioEnvironment, scenario: string): CheckResult {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const operationId = operationOfError(error);
  return {
    checkId: scenarioCompleted.id, level: scenarioCompleted.level, status: 'error', spec: env.spec.id, ...(operationId ? { operationId } : {}), scenario,
    message: `${scenario}: suite error${operationId ? ` calling ${operationId}` : ''}: ${env.http.redact(detail)}`,
  };
}
