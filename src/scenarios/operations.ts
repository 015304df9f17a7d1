/**
 * How the generic scenarios order and address operations: destructive ones last (so they do not
 * pull a fixture out from under the others), and each with the credentials it needs.
 */
import { GenerationError } from '../generate/index.js';
import type { AnyCheck } from '../checks/index.js';
import { branches } from '../engine/chains.js';
import type { FlowContext } from '../engine/context.js';
import type { AuthChoice } from '../http/types.js';
import type { Operation } from '../spec/index.js';
import type { Fixtures } from '../engine/system.js';

/**
 * 0: everything else, 1: password changes and resets, 2: logouts and session deletions, 3: deletes.
 * Ranked by method and by the words of the path and operationId, so it holds for any system.
 */
export function destructiveRank(operation: Operation): number {
  const words = `${operation.operationId} ${operation.path}`.toLowerCase();
  if (operation.method === 'delete' && !/session/.test(words)) return 3;
  if (/logout|session/.test(words)) return 2;
  if (operation.method !== 'get' && /password|reset/.test(words)) return 1;
  return 0;
}

/** Operations grouped by rank, lowest first; groups run one after another, members in parallel. */
export function inDestructiveOrder(operations: readonly Operation[]): Operation[][] {
  const groups = new Map<number, Operation[]>();
  for (const operation of operations) {
    const rank = destructiveRank(operation);
    groups.set(rank, [...(groups.get(rank) ?? []), operation]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/**
 * Runs `each` on every operation: rank by rank, in parallel within a rank. What goes wrong with one
 * operation costs that operation only: a schema the generators cannot handle skips its `checks` with
 * the reason (which names the place and the keyword); any other exception is a suite error recorded
 * on that operation, and the others go on.
 */
export async function forEachInOrder(ctx: FlowContext, operations: readonly Operation[], checks: readonly AnyCheck[], each: (operation: Operation) => Promise<void>): Promise<void> {
  let done = 0;
  const counted = async (operation: Operation) => {
    await guarded(ctx, operation, checks, () => each(operation));
    ctx.progress(++done, operations.length);
  };
  // Each operation is a branch of the scenario's chain: they depend on the fixtures, not on each other.
  for (const group of inDestructiveOrder(operations)) await branches(group.map((operation) => () => counted(operation)), group.map((o) => `${ctx.scenario}/${o.operationId}`));
}

/**
 * Runs `work` for one operation so that what goes wrong costs that operation only: a schema the
 * generators cannot handle skips `checks` with the reason; any other exception is a suite error.
 */
export async function guarded(ctx: FlowContext, operation: Operation, checks: readonly AnyCheck[], work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof GenerationError)) return ctx.error(operation.operationId, error);
    for (const check of checks) ctx.skip(check, operation.operationId, `not exercised: ${operation.operationId}: ${error.message}`);
  }
}

/** True when the operation needs no credentials (`security: []`, e.g. logins). */
export function isPublic(operation: Operation): boolean {
  return operation.security.length === 0 || operation.security.some((alternative) => Object.keys(alternative).length === 0);
}

/** True when the operation acts on the caller's own account (a `/me` path segment). */
export function actsOnCaller(operation: Operation): boolean {
  return operation.path.split('/').includes('me');
}

/** Who to call an operation as with valid credentials: the fixture's choice, none for public ones, else the admin. */
export function validCaller(fixtures: Fixtures, operation: Operation): AuthChoice {
  return fixtures.auth?.(operation) ?? (isPublic(operation) ? { kind: 'none' } : { kind: 'admin' });
}

/** Path parameter names of an operation. */
export function pathParamNames(operation: Operation): string[] {
  return operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
}

/**
 * Path parameters naming run-owned resources, or the reason there are none. Operations without path
 * parameters get `{}`.
 */
export function fixturePath(fixtures: Fixtures, operation: Operation): { pathParams: Record<string, string> } | { reason: string } {
  if (pathParamNames(operation).length === 0) return { pathParams: {} };
  const pathParams = fixtures.pathParams(operation);
  if (pathParams) return { pathParams };
  return { reason: fixtures.unavailable?.(operation) ?? `no run-owned resource to address for ${operation.path}` };
}
