/**
 * The registry: every system the suite knows, one folder each (`src/systems/<id>/`), plus the
 * scenarios every system runs (`src/scenarios`). It says which system a spec describes (declared by
 * `x-conformance-system`, else recognised by its operations, else any OpenAPI document), which
 * scenarios run for it and in what order, and which checks exist (the catalogue).
 */
import { GENERIC_CHECKS, type AnyCheck } from '../checks/index.js';
import type { Scenario } from '../engine/scenario.js';
import type { SystemModule } from '../engine/system.js';
import { GENERIC_SCENARIOS } from '../scenarios/index.js';
import type { LoadedSpec } from '../spec/index.js';
import { LENSES } from './lenses/index.js';
import { OPENAPI } from './openapi/index.js';
import { RUNAI } from './runai/index.js';
import { SCIM } from './scim/index.js';

export type { SweepResult, SystemModule } from '../engine/system.js';
export { GENERIC_SCENARIOS };

/** The systems, in the order documents are recognised; the generic OpenAPI system comes last. */
export const SYSTEMS: readonly SystemModule[] = [RUNAI, LENSES, SCIM, OPENAPI];

/** Thrown when a document names a system the registry does not know. */
export class UnknownSystemError extends Error {
  override readonly name = 'UnknownSystemError';
}

/** The system a spec describes: the one it declares, else the first that recognises it. */
export function systemOf(spec: LoadedSpec): SystemModule {
  if (spec.system !== undefined) {
    const declared = SYSTEMS.find((s) => s.id === spec.system);
    if (!declared) throw new UnknownSystemError(`spec ${spec.id} declares x-conformance-system "${spec.system}", which is none of ${SYSTEMS.map((s) => `"${s.id}"`).join(', ')}`);
    return declared;
  }
  return SYSTEMS.find((s) => s.detect(spec))!;
}

/** Every scenario for a spec, in their planned order (a scenario's name slot is 10 + its index). */
export function scenariosFor(spec: LoadedSpec): Scenario[] {
  return [...systemOf(spec).scenarios, ...GENERIC_SCENARIOS];
}

/** What a run of a spec needs from the registry: its system and its scenarios, in order. */
export function planFor(spec: LoadedSpec): { system: SystemModule; scenarios: Scenario[] } {
  return { system: systemOf(spec), scenarios: scenariosFor(spec) };
}

/** Every scenario of every system, each once, in a stable order (for listings). */
export function allScenarios(): Scenario[] {
  return [...SYSTEMS.flatMap((s) => s.scenarios), ...GENERIC_SCENARIOS];
}

function buildCatalogue(): ReadonlyMap<string, AnyCheck> {
  const map = new Map<string, AnyCheck>();
  for (const check of [...GENERIC_CHECKS, ...SYSTEMS.flatMap((s) => s.checks)]) {
    if (map.has(check.id) && map.get(check.id) !== check) throw new Error(`duplicate check id in the catalogue: ${check.id}`);
    map.set(check.id, check);
  }
  return map;
}

/** Every check the suite can report, by id. */
export const CATALOGUE: ReadonlyMap<string, AnyCheck> = buildCatalogue();

/** The check with this id; throws for an unknown id. */
export function definitionOf(id: string): AnyCheck {
  const check = CATALOGUE.get(id);
  if (!check) throw new Error(`unknown check id "${id}" (not in the catalogue)`);
  return check;
}
