/**
 * Every operation of the spec (the seed's own and the auxiliary login and fixture ones) is called at
 * least once with a valid request, addressing resources the run created; the response checks that
 * run on every response (status documented, schema, content type, no 5xx) then judge it. Destructive
 * operations (password changes, logouts, deletes) come last. An operation that cannot be exercised
 * is reported as skipped with the reason, so coverage is visible.
 */
import { RESPONSE_CHECKS } from '../checks/response/index.js';
import type { Operation } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';
import type { Scenario } from '../engine/scenario.js';
import { isSafeOperation } from '../engine/read-only-fixtures.js';
import type { Fixtures, SystemModule } from '../engine/system.js';
import { hasOptionalQuery, validOutgoing } from './generated.js';
import { destructiveRank, fixturePath, forEachInOrder, validCaller } from './operations.js';
import { sendTracked } from './send.js';
import { statusDocumented } from '../checks/response/status-documented.js';

export const perOperation: Scenario = {
  id: 'generic.per-operation',
  title: 'Every operation with a valid request',
  category: 'operation',
  writes: true,
  checks: RESPONSE_CHECKS,
  appliesTo: (spec) => (spec.operations.length > 0 ? true : 'the spec has no operations'),
  async run(ctx) {
    const system = ctx.system;
    const fixtures = await system.prepareFixtures(ctx);
    await forEachInOrder(ctx, ctx.spec.operations, [statusDocumented], (operation) => exercise(ctx, system, fixtures, operation));
  },
  // Read-only mode: the reads (and configured logins), against resources that already exist.
  async runReadOnly(ctx) {
    const system = ctx.system;
    const fixtures = await system.prepareReadOnlyFixtures(ctx);
    await forEachInOrder(ctx, ctx.spec.operations.filter(isSafeOperation), [statusDocumented], (operation) => exercise(ctx, system, fixtures, operation));
  },
};

async function exercise(ctx: FlowContext, system: SystemModule, fixtures: Fixtures, operation: Operation): Promise<void> {
  const unavailable = fixtures.unavailable?.(operation);
  const path = fixturePath(fixtures, operation);
  if (unavailable || 'reason' in path) {
    ctx.skip(statusDocumented, operation.operationId, `not exercised: ${unavailable ?? (path as { reason: string }).reason}`);
    return;
  }
  const rule = system.bodyRules[operation.operationId];
  const caller = validCaller(fixtures, operation);
  // Generated optional parameters first (reads only), then the plain request, which may be destructive.
  if (hasOptionalQuery(operation) && destructiveRank(operation) === 0) {
    await sendTracked(ctx, operation, rule, validOutgoing(ctx, operation, rule, path.pathParams, fixtures.body?.(operation), true), caller);
  }
  await sendTracked(ctx, operation, rule, validOutgoing(ctx, operation, rule, path.pathParams, fixtures.body?.(operation)), caller);
}
