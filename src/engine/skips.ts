/**
 * Skipping checks by name: a skipped check is recorded on the operation it is recorded on when it runs,
 * so its record names its operation like every other and folds with its runs elsewhere.
 */
import type { FlowContext } from '././context.js';

/** Check id → the operation it is recorded on (the first one, when it is checked on several). */
export type CheckOperations = Readonly<Record<string, string>>;

/** Records each of `ids` as skipped, for `reason`, on its operation in `operations`. */
export function skipChecks(ctx: FlowContext, operations: CheckOperations, ids: Iterable<string>, reason: string): void {
  for (const id of ids) {
    const operationId = operations[id];
    if (operationId === undefined) throw new Error(`no operation is named for check ${id}`);
    ctx.skip(id, operationId, reason);
  }
}
