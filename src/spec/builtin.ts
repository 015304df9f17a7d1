/**
 * The specs shipped in `specs/`, addressed by the id users pass as `--spec`.
 */
import { join } from 'node:path';
import { packageRoot } from '../meta/package.js';

/** A spec shipped in `specs/`; the system it describes is declared in the file (`x-conformance-system`). */
export interface BuiltinSpec {
  id: string;
  file: string;
  description: string;
}

export const BUILTIN_SPECS: readonly BuiltinSpec[] = [
  { id: 'runai-2.18', file: 'runai-2.18.json', description: 'Run:ai API 2.18, Users (seed 001): legacy filter, no count' },
  { id: 'runai-2.19', file: 'runai-2.19.json', description: 'Run:ai API 2.19, Users (seed 000): deprecated /v1/k8s users and groups, filterBy, count' },
  { id: 'runai-2.24', file: 'runai-2.24.json', description: 'NVIDIA Run:ai 2.24, Users (seed 002): email pattern, password lengths, search' },
  { id: 'lenses-hq', file: 'lenses-hq.json', description: 'Lenses HQ 6.1 Users (seed 003): users by name, profile, groups, me, settings, sessions' },
  { id: 'scim-2.0', file: 'scim-2.0.json', description: 'SCIM 2.0 Users and Groups (RFC 7643 / RFC 7644): filters, paging, PATCH, discovery' },
];

/** The package's `specs/` folder, whether the code runs from `src/` or `dist/`. */
export function specsDirectory(): string {
  return join(packageRoot(), 'specs');
}

export function findBuiltinSpec(id: string): BuiltinSpec | undefined {
  return BUILTIN_SPECS.find((s) => s.id === id);
}

/** Path of a built-in spec file, or undefined when `id` is not a built-in id. */
export function builtinSpecPath(id: string): string | undefined {
  const spec = findBuiltinSpec(id);
  return spec && join(specsDirectory(), spec.file);
}
