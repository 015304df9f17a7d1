/**
 * The registry: one module per system (src/flows/runai, src/flows/lenses) plus the generic scenarios
 * (src/flows/generic) that work for every system through its fixtures and body rules.
 */
import type { LoadedSpec } from '../spec/index.js';
import { GENERIC_SCENARIOS } from '../scenarios/index.js';
import { LENSES } from '././lenses/index.js';
import { RUNAI } from '././runai/index.js';
import type { Scenario } from '../engine/scenario.js';
import type { SystemModule } from '../engine/system.js';

export type { SweepResult, SystemModule } from '../engine/system.js';
export { GENERIC_SCENARIOS };

export const SYSTEMS: readonly SystemModule[] = [RUNAI, LENSES];

/** The module for a spec; throws a clear error for a spec of no known system. */
export function systemOf(spec: LoadedSpec): SystemModule {
  const system = SYSTEMS.find((s) => s.id === spec.system);
  if (!system) throw new Error(`spec ${spec.id} is not recognised as Run:ai or Lenses HQ (set "x-conformance-system" in the document)`);
  return system;
}

/** Every scenario for a spec, in a stable order (the order also fixes each scenario's name slot). */
export function scenariosFor(spec: LoadedSpec): Scenario[] {
  return [...systemOf(spec).scenarios, ...GENERIC_SCENARIOS];
}

/** Every scenario of every system, in a stable order. */
export function allScenarios(): Scenario[] {
  return [...SYSTEMS.flatMap((s) => s.scenarios), ...GENERIC_SCENARIOS];
}
