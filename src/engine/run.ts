/**
 * Runs the scenarios of one target: in parallel where they are independent (each works on its own
 * run-id resources), then sweeps what the run left behind. Used by the fault-detection matrix and by
 * tools; the vitest suites run the same scenarios one test each. The caller says which system and
 * scenarios (the registry's `planFor(spec)` gives both), so the engine knows no system.
 */
import pLimit from 'p-limit';
import type { LoadedSpec } from '../spec/index.js';
import { branches, inChain } from './chains.js';
import { createTargetClient, type ExchangeListener } from './client.js';
import { runScenario, type Scenario, type ScenarioOutcome } from './scenario.js';
import type { SweepResult, SystemModule } from './system.js';
import type { RunOptions, TargetConfig } from './target.js';

export interface TargetRun {
  spec: LoadedSpec;
  system: SystemModule;
  target: TargetConfig;
  options: RunOptions;
  /** The scenarios to run, in their planned order: a scenario's name slot is 10 + its index here. */
  scenarios: readonly Scenario[];
  /**
   * Scenarios run at once (default all: the client's `--concurrency` caps the requests they send, as
   * when the suites run them as concurrent tests).
   */
  parallel?: number;
  onOutcome?: (outcome: ScenarioOutcome) => void;
  /** Every exchange with the target, as recorded (redacted), with its place in the run's chains (e.g. for the benchmark). */
  onExchange?: ExchangeListener;
}

export interface TargetOutcome {
  outcomes: ScenarioOutcome[];
  sweep: SweepResult;
}

/** The name slot (10..99) of the scenario at `index` of a run's plan: distinct per scenario in a run. */
export function slotAt(index: number): number {
  if (index < 0 || index > 89) throw new Error(`a run plans at most 90 scenarios (index ${index})`);
  return 10 + index;
}

export async function runTarget(run: TargetRun): Promise<TargetOutcome> {
  const { spec, system, target, options } = run;
  const http = createTargetClient(target, spec, system, options, run.onExchange);
  try {
    // One chain for the run: the scenarios are its branches, the sweep waits for them all.
    return await inChain('run', async () => {
      const limit = pLimit(Math.max(1, run.parallel ?? run.scenarios.length));
      // Outcomes in plan order, whatever order the scenarios end in.
      const outcomes = await branches(run.scenarios.map((scenario, index) => () => limit(async () => {
        const outcome = await runScenario(scenario, { spec, system, target, options, http, slot: slotAt(index) });
        run.onOutcome?.(outcome);
        return outcome;
      })), run.scenarios.map((s) => s.id));
      const sweep = options.readOnly ? { deleted: 0, leftover: [] } : await system.sweep(http, spec, options.runId);
      return { outcomes, sweep };
    });
  } finally {
    await http.close();
  }
}
