/**
 * Recognising a Run:ai document without `x-conformance-system` (the vendor's own, say): it has the
 * users create of `/api/v1/users` or the deprecated `/v1/k8s/` API. And the operations the suite
 * uses without certifying them: the token endpoint, its login (DECISIONS: auxiliary operations).
 */
import type { AuxiliaryRole, LoadedSpec, Operation } from '../../spec/index.js';

export function detectRunai(spec: LoadedSpec): boolean {
  return spec.operations.some((op) => op.operationId === 'create_user' || op.path.startsWith('/v1/k8s/'));
}

export function runaiAuxiliary(operation: Operation): AuxiliaryRole | undefined {
  return operation.method === 'post' && /^\/api\/v\d+\/token$/.test(operation.path) ? 'login' : undefined;
}
