/**
 * The reference systems, one per system id. The server itself (`server/`, `auth/`, `faults/`) knows no
 * system; a spec's system is what it declares (`x-conformance-system`) or what the caller says.
 */
import type { LoadedSpec } from '../spec/index.js';
import { LENSES_REFERENCE } from './lenses/index.js';
import type { ReferenceSystem } from './registry-types.js';
import { RUNAI_REFERENCE } from './runai/index.js';
import { SCIM_REFERENCE } from './scim/index.js';

export type { BuiltSystem, ReferenceSystem, SystemSettings } from './registry-types.js';

export const REFERENCE_SYSTEMS: readonly ReferenceSystem[] = [RUNAI_REFERENCE, LENSES_REFERENCE, SCIM_REFERENCE];

/** The reference system for `system` (else the spec's declared one); a clear error when there is none. */
export function referenceSystemFor(spec: LoadedSpec, system = spec.system): ReferenceSystem {
  const ids = REFERENCE_SYSTEMS.map((s) => s.id).join(', ');
  if (system === undefined) throw new Error(`spec ${spec.id} declares no x-conformance-system: say which system to serve (one of ${ids})`);
  const found = REFERENCE_SYSTEMS.find((s) => s.id === system);
  if (!found) throw new Error(`the reference server implements ${ids}, not "${system}" (spec ${spec.id})`);
  return found;
}
