/**
 * Every operation that requires credentials refuses a request without any and one with a forged
 * bearer token; with a viewer token configured, every state-changing operation refuses it and reads
 * succeed with it. Requests address resources the run created and carry valid bodies, so an
 * operation that wrongly skips the check would really act (on the run's own data), and whatever such
 * a request creates is tracked for cleanup. Destructive operations come last.
 */
import { authInvalidToken, authMissingToken, authViewerCanRead, authViewerCannotWrite } from '../checks/auth.js';
import type { Operation } from '../spec/index.js';
import { branches } from '../engine/chains.js';
import type { FlowContext } from '../engine/context.js';
import type { Scenario } from '../engine/scenario.js';
import { isSafeOperation } from '../engine/read-only-fixtures.js';
import type { Fixtures, SystemModule } from '../engine/system.js';
import { forgedToken } from './forged-token.js';
import { validOutgoing } from './generated.js';
import { actsOnCaller, fixturePath, forEachInOrder, isPublic } from './operations.js';
import { watchResource, type ResourceWatch } from './refused-writes.js';
import { sendTracked } from './send.js';
import { checkRefusal } from '../engine/refusal.js';
import { errorConventionalStatus } from '../checks/conventional-status.js';
import { negativeRefusedWriteUnchanged } from '../checks/negative.js';

const CHECKS = [authMissingToken, authInvalidToken, authViewerCannotWrite, authViewerCanRead] as const;
const ALL_CHECKS = [...CHECKS, errorConventionalStatus, negativeRefusedWriteUnchanged];
const NO_VIEWER = 'no viewer token configured (TARGET_VIEWER_TOKEN)';

export const auth: Scenario = {
  id: 'generic.auth',
  title: 'Credentials are required and a read-only token cannot write',
  category: 'auth',
  writes: true,
  checks: ALL_CHECKS,
  appliesTo: (spec) => (spec.operations.some((op) => !isPublic(op)) ? true : 'no operation requires credentials'),
  async run(ctx) {
    const system = ctx.system;
    const fixtures = await system.prepareFixtures(ctx);
    const forged = forgedToken(`${ctx.scenarioPrefix}-forged`);
    for (const operation of ctx.spec.operations.filter(isPublic)) {
      for (const id of [authMissingToken, authInvalidToken] as const) ctx.skip(id, operation.operationId, 'the operation needs no credentials (security: [])');
    }
    await forEachInOrder(ctx, ctx.spec.operations.filter((op) => !isPublic(op)), CHECKS, (operation) => authFor(ctx, system, fixtures, operation, forged));
  },
  // Read-only mode: the same checks on the reads, against resources that already exist.
  async runReadOnly(ctx) {
    const system = ctx.system;
    const fixtures = await system.prepareReadOnlyFixtures(ctx);
    const forged = forgedToken(`${ctx.scenarioPrefix}-forged`);
    const reads = ctx.spec.operations.filter((op) => !isPublic(op) && isSafeOperation(op));
    await forEachInOrder(ctx, reads, CHECKS, (operation) => authFor(ctx, system, fixtures, operation, forged));
  },
};

async function authFor(ctx: FlowContext, system: SystemModule, fixtures: Fixtures, operation: Operation, forged: string): Promise<void> {
  const op = operation.operationId;
  const path = fixturePath(fixtures, operation);
  if ('reason' in path) {
    for (const id of CHECKS) ctx.skip(id, op, `not exercised: ${path.reason} (never a guessed id: a server that skipped the check would act on it)`);
    return;
  }
  // The resource the write addresses must read the same after the refusals (see refused-writes.ts).
  const watch = await watchResource(ctx, operation, path.pathParams);
  try {
    await refusals(ctx, { system, fixtures, forged }, operation, path.pathParams, watch);
    await watch?.settle('no, forged or read-only credentials');
  } finally {
    watch?.release();
  }
}

/** Sends the operation without, with forged and with read-only credentials, and judges each refusal. */
async function refusals(ctx: FlowContext, { system, fixtures, forged }: { system: SystemModule; fixtures: Fixtures; forged: string }, operation: Operation, pathParams: Record<string, string>, watch?: ResourceWatch): Promise<void> {
  const op = operation.operationId;
  const rule = system.bodyRules[op];
  // A fresh valid request each time: a create that is wrongly accepted must not make the next one a duplicate.
  const send = async (auth: Parameters<typeof sendTracked>[4]) => {
    const response = await sendTracked(ctx, operation, rule, validOutgoing(ctx, operation, rule, pathParams, fixtures.body?.(operation)), auth);
    watch?.note(response);
    return response;
  };

  // The three requests do not depend on each other (each carries a fresh valid body): sent at once.
  const viewerKind = viewerCase(ctx, operation);
  const [missing, invalid, viewer] = await branches([
    () => send({ kind: 'none' }),
    () => send({ kind: 'invalid', value: forged }),
    ...(viewerKind === 'read' || viewerKind === 'write' ? [() => send({ kind: 'viewer' })] : []),
  ]);
  // 401 is conventional (RFC 9110 §15.5.2), but both 401 and 403 refuse, and Run:ai documents both.
  checkRefusal(ctx, { check: authMissingToken, recordOn: op, answeredBy: op, response: missing!, conventional: 401, plausible: [401, 403], what: `${op} without credentials`,
    judge: (expected) => authMissingToken.verify(op, missing!, expected), evidence: [missing!] });
  checkRefusal(ctx, { check: authInvalidToken, recordOn: op, answeredBy: op, response: invalid!, conventional: 401, plausible: [401, 403], what: `${op} with a forged bearer token`,
    judge: (expected) => authInvalidToken.verify(op, invalid!, expected), evidence: [invalid!] });

  if (viewerKind === 'read') {
    ctx.check(authViewerCanRead, op, () => authViewerCanRead.verify(op, viewer!), [viewer!]);
    return;
  }
  if (viewerKind === 'write') {
    return checkRefusal(ctx, { check: authViewerCannotWrite, recordOn: op, answeredBy: op, response: viewer!, conventional: 403, what: `${op} with the viewer token`,
      judge: (expected) => authViewerCannotWrite.verify(op, viewer!, expected), evidence: [viewer!] });
  }
  ctx.skip(operation.method === 'get' ? authViewerCanRead : authViewerCannotWrite, op, viewerKind);
}

/** Whether the operation is tried with the viewer token (a read that must work, a write it must not), or why not. */
function viewerCase(ctx: FlowContext, operation: Operation): 'read' | 'write' | string {
  if (operation.method === 'get') return ctx.hasViewer ? 'read' : NO_VIEWER;
  if (actsOnCaller(operation)) return "it acts on the caller's own account, which a read-only user may change";
  return ctx.hasViewer ? 'write' : NO_VIEWER;
}
