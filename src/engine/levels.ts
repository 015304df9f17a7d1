/**
 * The level a failure counts at (DECISIONS, "Where a MUST may come from"): auxiliary operations (logins,
 * fixture helpers outside the seed) are used, not certified, so a failure recorded on one counts at
 * most as SHOULD; and a check whose evidence needed an auxiliary operation the server does not
 * implement says nothing about the contract, so it is skipped. Pure functions of the spec and the system.
 */
import type { HttpResponse } from '../http/types.js';
import type { AuxiliaryRole, LoadedSpec, Operation } from '../spec/index.js';
import type { SystemModule } from './system.js';

/** The operation's auxiliary role: marked in the document, or named by the system (vendor documents). */
export function auxiliaryRole(system: Pick<SystemModule, 'auxiliary'>, operation: Operation | undefined): AuxiliaryRole | undefined {
  return operation && (operation.auxiliary ?? system.auxiliary?.(operation));
}

/** Why a failure on this operation counts only as SHOULD, or undefined. */
export function auxiliaryCap(spec: LoadedSpec, system: Pick<SystemModule, 'auxiliary'>, operationId: string): string | undefined {
  const role = auxiliaryRole(system, spec.byId.get(operationId));
  return role ? `${operationId} is an auxiliary ${role} operation outside the seed: the suite uses it, it does not certify it` : undefined;
}

/**
 * Why a failure must be skipped: its evidence includes an auxiliary operation the server does not
 * implement (405 or 501, or 404 where the operation addresses no resource); undefined otherwise.
 */
export function unimplementedAuxiliary(spec: LoadedSpec, system: Pick<SystemModule, 'auxiliary'>, evidence: readonly HttpResponse[]): string | undefined {
  for (const response of evidence) {
    const operation = response.exchange.operationId === undefined ? undefined : spec.byId.get(response.exchange.operationId);
    if (!operation || !auxiliaryRole(system, operation) || response.status === undefined) continue;
    const addressesNothing = !operation.parameters.some((p) => p.in === 'path');
    if (response.status === 405 || response.status === 501 || (response.status === 404 && addressesNothing)) {
      return `needs ${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}), an auxiliary operation outside the seed, which the server does not implement (answered ${response.status})`;
    }
  }
  return undefined;
}
