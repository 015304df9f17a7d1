/**
 * Recognising a Lenses HQ document without `x-conformance-system`: users addressed by name and the
 * caller's `/api/v1/users/me`. And the operations the suite uses without certifying them (DECISIONS:
 * auxiliary operations): the password login and the groups it assigns users to.
 */
import type { AuxiliaryRole, LoadedSpec, Operation } from '../../spec/index.js';

export function detectLenses(spec: LoadedSpec): boolean {
  return spec.operations.some((op) => op.path === '/api/v1/users/me' || op.path.endsWith('/users/{name}'));
}

export function lensesAuxiliary(operation: Operation): AuxiliaryRole | undefined {
  if (operation.path === '/api/v1/login') return 'login';
  return operation.path === '/api/v1/groups' || operation.path.startsWith('/api/v1/groups/') ? 'fixture' : undefined;
}
