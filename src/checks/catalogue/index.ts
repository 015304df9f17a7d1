/**
 * The check catalogue: every check the suite can report, with its stable id, level and why.
 * Entries live in one file per family; this index merges them and rejects duplicate ids.
 */
import type { CheckDefinition } from '../types.js';
import { AUTH_CHECKS } from '././auth.js';
import { CONCURRENCY_CHECKS } from '././concurrency.js';
import { K8S_CHECKS } from '../../systems/runai/checks/k8s-catalogue.js';
import { LENSES_CHECKS } from '../../systems/lenses/checks/lenses-catalogue.js';
import { LIFECYCLE_CHECKS } from '././lifecycle.js';
import { QUERY_CHECKS } from '../../systems/runai/checks/query-catalogue.js';
import { NEGATIVE_CHECKS } from '././negative.js';
import { RESPONSE_CHECKS } from '././response.js';
import { RUNAI_CHECKS } from '../../systems/runai/checks/runai-catalogue.js';
import { SUITE_CHECKS } from '././suite.js';

const FAMILIES: readonly (readonly CheckDefinition[])[] = [RESPONSE_CHECKS, SUITE_CHECKS, LIFECYCLE_CHECKS, RUNAI_CHECKS, CONCURRENCY_CHECKS, LENSES_CHECKS, NEGATIVE_CHECKS, AUTH_CHECKS, K8S_CHECKS, QUERY_CHECKS];

function build(): ReadonlyMap<string, CheckDefinition> {
  const map = new Map<string, CheckDefinition>();
  for (const definition of FAMILIES.flat()) {
    if (map.has(definition.id)) throw new Error(`duplicate check id in the catalogue: ${definition.id}`);
    map.set(definition.id, definition);
  }
  return map;
}

export const CATALOGUE: ReadonlyMap<string, CheckDefinition> = build();

/** The definition of a check id; throws for an unknown id (a bug in a flow, reported as `error`). */
export function definitionOf(id: string): CheckDefinition {
  const definition = CATALOGUE.get(id);
  if (!definition) throw new Error(`unknown check id "${id}" (not in the catalogue)`);
  return definition;
}
