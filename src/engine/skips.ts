/**
 * Skipping checks: a skipped check is recorded on the operation it is recorded on when it runs, so its
 * record names its operation like every other and folds with its runs elsewhere.
 */
import type { AnyCheck } from '../checks/index.js';
import type { FlowContext } from './context.js';

/** Check → the operation it is recorded on (the first one, when it is checked on several). */
export type CheckOperations = ReadonlyMap<AnyCheck, string>;

/** A scenario's checks with the operation each is recorded on (entries may come from other such maps). */
export function checkOps(entries: Iterable<readonly [AnyCheck, string]>): CheckOperations {
  return new Map(entries);
}

/** Records each of `checks` as skipped, for `reason`, on its operation in `operations`. */
export function skipChecks(ctx: FlowContext, operations: CheckOperations, checks: Iterable<AnyCheck>, reason: string): void {
  for (const check of checks) {
    const operationId = operations.get(check);
    if (operationId === undefined) throw new Error(`no operation is named for check ${check.id}`);
    ctx.skip(check, operationId, reason);
  }
}
