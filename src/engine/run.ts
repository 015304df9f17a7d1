/**
 * Runs the scenarios of one target: in parallel where they are independent (each works on its own
 * run-id resources), then sweeps what the run left behind. Used by the fault-detection matrix and
 * by tools; the vitest suites run the same scenarios one test each.
 */
import type { Exchange } from '../http/types.js';
import type { LoadedSpec } from '../spec/index.js';
import { createTargetClient } from '././client.js';
import { runScenario, type Scenario, type ScenarioOutcome } from '././scenario.js';
import { allScenarios, scenariosFor, systemOf, type SweepResult } from '../systems/index.js';
import type { RunOptions, TargetConfig } from '././target.js';

export interface TargetRun {
  spec: LoadedSpec;
  target: TargetConfig;
  options: RunOptions;
  /** Default: every scenario for the spec's system plus the generic ones. */
  scenarios?: readonly Scenario[];
  /** Scenarios run at once (default 4). */
  parallel?: number;
  onOutcome?: (outcome: ScenarioOutcome) => void;
  /** Every exchange with the target, as recorded (redacted), e.g. for the benchmark's counts. */
  onExchange?: (exchange: Exchange) => void;
}

export interface TargetOutcome {
  outcomes: ScenarioOutcome[];
  sweep: SweepResult;
}

/** The fixed name slot of a scenario (10..99), from its position among all scenarios. */
export function slotOf(scenario: Scenario): number {
  const index = allScenarios().findIndex((s) => s.id === scenario.id);
  if (index < 0) throw new Error(`scenario ${scenario.id} is not registered in src/flows/systems.ts`);
  return 10 + index;
}

export async function runTarget(run: TargetRun): Promise<TargetOutcome> {
  const http = createTargetClient(run.target, run.spec, run.options, run.onExchange);
  try {
    const queue = [...(run.scenarios ?? scenariosFor(run.spec))];
    const outcomes: ScenarioOutcome[] = [];
    const worker = async () => {
      for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
        const outcome = await runScenario(scenario, { spec: run.spec, target: run.target, options: run.options, http, slot: slotOf(scenario) });
        outcomes.push(outcome);
        run.onOutcome?.(outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, run.parallel ?? 4) }, worker));
    const sweep = run.options.readOnly ? { deleted: 0, leftover: [] } : await systemOf(run.spec).sweep(http, run.spec, run.options.runId);
    return { outcomes, sweep };
  } finally {
    await http.close();
  }
}
