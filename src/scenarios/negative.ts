/**
 * Generated invalid input is refused, generated valid input accepted. For every operation with a
 * request body or parameters: each labelled invalid case of the generator (`invalidRequests`: a
 * broken body value, malformed JSON, a missing body, the wrong content type, a bad path or query
 * parameter) runs as a fast-check property with valid credentials against run-owned resources; where
 * the system says every schema-valid body must be accepted (`BodyRule.acceptsAnyValid`), generated
 * valid bodies must get a 2xx. Failures carry the seed, the replay path and the shrunk counterexample.
 */
import fc from 'fast-check';
import { negativeInvalidBodyRejected, negativeInvalidParamRejected, negativeLenientInput, negativeRefusedWriteUnchanged, negativeValidBodyAccepted, negativeWrongContentTypeRejected } from '../checks/negative.js';
import type { AnyCheck } from '../checks/index.js';
import { pass } from '../checks/verdict.js';
import type { GeneratedRequest, InvalidCase } from '../generate/index.js';
import type { HttpResponse } from '../http/types.js';
import type { Operation } from '../spec/index.js';
import { branches } from '../engine/chains.js';
import type { FlowContext } from '../engine/context.js';
import type { Scenario } from '../engine/scenario.js';
import type { Fixtures, SystemModule } from '../engine/system.js';
import { claimUnique } from './bodies.js';
import { invalidCases, MAX_BODY_CASES, pinPath, validRequests } from './generated.js';
import { attemptCase, checkFor, isLenientCase, sendableArbitrary, type CaseEnvironment } from './negative-cases.js';
import { actsOnCaller, fixturePath, forEachInOrder, pathParamNames, validCaller } from './operations.js';
import { checkProperty, withReplay, type PropertyOptions, type PropertyOutcome } from './property.js';
import { watchResource, type ResourceWatch } from './refused-writes.js';
import { fromGenerated, sendTracked } from './send.js';
import { boundaryExamples } from './boundary-examples.js';
import { uniqueExamples } from './unique-examples.js';

const CHECKS = [negativeInvalidBodyRejected, negativeLenientInput, negativeWrongContentTypeRejected, negativeValidBodyAccepted, negativeInvalidParamRejected, negativeRefusedWriteUnchanged] as const;

/** Requests and time a failing property may add while shrinking. */
const SHRINK_BUDGET = 8;
const SHRINK_MS = 500;

/**
 * fast-check runs per property. The run's `runs` budget is per property elsewhere; here one operation
 * has a dozen or more properties (one per invalid case), each narrow, so each gets a tenth of it.
 */
export function runsPerCase(runs: number): number {
  return Math.max(1, Math.ceil(runs / 10));
}

export const negative: Scenario = {
  id: 'generic.negative',
  title: 'Generated invalid input is rejected, valid input accepted',
  category: 'negative',
  writes: true,
  checks: CHECKS,
  appliesTo: (spec) => (spec.operations.some(hasInput) ? true : 'no operation takes a body or parameters'),
  async run(ctx) {
    const system = ctx.system;
    const fixtures = await system.prepareFixtures(ctx);
    await forEachInOrder(ctx, ctx.spec.operations.filter(hasInput), CHECKS, (operation) => negativeFor(ctx, system, fixtures, operation));
  },
};

/**
 * Why the target cannot be judged on invalid input to this operation: it has no route for it. Asked
 * once, without credentials (nothing is created): a 404, 405 or 501 to a path without parameters says
 * the route is missing (a vendor document lists hundreds of operations a server may not serve).
 */
async function missingRoute(ctx: FlowContext, operation: Operation): Promise<string | undefined> {
  if (operation.parameters.some((p) => p.in === 'path')) return undefined;
  const response = await ctx.call(operation.operationId, { auth: { kind: 'none' } });
  const status = response.status;
  return status === 404 || status === 405 || status === 501 ? `not exercised: the target has no route for ${operation.method.toUpperCase()} ${operation.path} (it answered ${status})` : undefined;
}

function hasInput(operation: Operation): boolean {
  return operation.requestBody !== undefined || operation.parameters.some((p) => p.in === 'path' || p.in === 'query');
}

async function negativeFor(ctx: FlowContext, system: SystemModule, fixtures: Fixtures, operation: Operation): Promise<void> {
  const op = operation.operationId;
  const path = fixturePath(fixtures, operation);
  const unavailable = fixtures.unavailable?.(operation) ?? ('reason' in path ? path.reason : undefined);
  if (unavailable || 'reason' in path) {
    for (const check of CHECKS) ctx.skip(check, op, `not exercised: ${unavailable}`);
    return;
  }
  const rule = system.bodyRules[op];
  const missing = await missingRoute(ctx, operation);
  if (missing) {
    for (const check of CHECKS) ctx.skip(check, op, missing);
    return;
  }
  const env: CaseEnvironment = { ctx, operation, rule, auth: validCaller(fixtures, operation), knownBody: () => fixtures.body?.(operation), pathParams: path.pathParams };
  const { cases, capped } = invalidCases(ctx, operation, rule);
  const share = capped ? capNote(cases) : undefined;
  // A capped operation's cases are many and its bodies large: one request each keeps it to about a
  // hundred requests, as peers bound examples per operation (Schemathesis' max-examples).
  const options = { seed: ctx.options.seed, runs: capped ? 1 : runsPerCase(ctx.options.runs), shrinkBudget: SHRINK_BUDGET, shrinkMs: SHRINK_MS };

  const watch = await watchResource(ctx, operation, path.pathParams);
  try {
    await invalidThenValid(env, { cases, share }, options, watch);
  } finally {
    watch?.release();
  }
}

/**
 * The operation's invalid cases, then its generated valid bodies. Cases of an operation that leaves no
 * shared state behind (a read, or a create into a collection: each request addresses a resource of
 * its own) do not depend on each other and run at once. Otherwise the cases a correct server refuses
 * are sent at once and judged as they are when every request was refused (no read-back ran, and one
 * read judges a watched resource for all, refused-writes.ts); if anything was accepted, the cases
 * that did not fail are sent again one at a time, each judged on its own, as are the cases a server
 * may accept (a read-back after one must not see another's write).
 */
async function invalidThenValid(env: CaseEnvironment, { cases, share }: { cases: readonly InvalidCase<GeneratedRequest>[]; share?: string }, options: PropertyOptions, watch?: ResourceWatch): Promise<void> {
  const { ctx, operation, rule } = env;
  const op = operation.operationId;
  const run = (kase: InvalidCase<GeneratedRequest>) => () => runCase(env, kase, options, share, watch);
  const oneByOne = async (some: readonly InvalidCase<GeneratedRequest>[]) => {
    for (const kase of some) {
      (await run(kase)()).record();
      await watch?.settle(kase.description);
    }
  };
  const valid = rule?.acceptsAnyValid && operation.requestBody ? [() => validBodies(env, options)] : [];
  if (!watch && casesIndependent(operation)) {
    // Recorded in case order once all are in: results do not depend on which answers first.
    const steps = [...cases.map(run), ...valid];
    for (const done of await branches(steps, steps.map((_, i) => `${ctx.scenario}/${op}/${i}`))) done.record();
    return;
  }
  const refusable = cases.filter((kase) => !isLenientCase(env, kase));
  const sent = watch ?? refusalTracker();
  const batch = await branches(refusable.map((kase) => () => runCase(env, kase, options, share, sent)), refusable.map((_, i) => `${ctx.scenario}/${op}/${i}`));
  if (await sent.settleAll(`${refusable.length} invalid cases sent at once`)) for (const done of batch) done.record();
  else {
    // A failure seen at once stands (it shows the case's own value kept, or a defect harmful alone; a
    // retry could not see it again once the write went through); the others are sent again one by one.
    for (const done of batch) if (done.failed) done.record();
    await oneByOne(refusable.filter((_, i) => !batch[i]!.failed));
  }
  await oneByOne(cases.filter((kase) => isLenientCase(env, kase)));
  for (const step of valid) (await step()).record();
}

/** Notes the responses of cases sent at once where no resource is watched: all refused is all it asks. */
function refusalTracker(): Pick<ResourceWatch, 'track' | 'settleAll'> {
  let responses: HttpResponse[] = [];
  return {
    track: (attempt) => async (input) => {
      const outcome = await attempt(input);
      responses.push(outcome.response);
      return outcome;
    },
    async settleAll() {
      const refused = responses.every((r) => r.status !== undefined && r.status >= 400 && r.status < 500);
      responses = [];
      return refused;
    },
  };
}

/** True when the operation's requests share no state: a read, or a create into a collection (no path parameter, not the caller's own). */
function casesIndependent(operation: Operation): boolean {
  if (operation.method === 'get') return true;
  return operation.method === 'post' && pathParamNames(operation).length === 0 && !actsOnCaller(operation);
}

/** A property's outcome, not recorded yet (a batch may be sent again). */
interface CaseDone {
  failed: boolean;
  record(): void;
}

/** One invalid case as a property. */
async function runCase(env: CaseEnvironment, kase: InvalidCase<GeneratedRequest>, options: PropertyOptions, share: string | undefined, watch?: Pick<ResourceWatch, 'track'>): Promise<CaseDone> {
  const { ctx, operation } = env;
  const op = operation.operationId;
  const check = checkFor(kase);
  const arbitrary = sendableArbitrary(ctx, operation, kase);
  if (!arbitrary) return { failed: false, record: () => ctx.skip(check, op, `${kase.description}: only an empty path segment breaks it, which addresses another route`) };
  const primary = isLenientCase(env, kase) ? negativeLenientInput : check;
  const attempt = attemptCase(env, kase);
  const outcome = await checkProperty(arbitrary, watch ? watch.track(attempt) : attempt, options);
  return { failed: outcome.failure !== undefined, record: () => record(ctx, check, op, outcome, kase.description, primary, share) };
}

/** Generated valid bodies must be accepted (where the system says any schema-valid body is); resolves with what records it. */
async function validBodies(env: CaseEnvironment, options: PropertyOptions): Promise<CaseDone> {
  const { ctx, operation, rule, pathParams } = env;
  const op = operation.operationId;
  const arbitrary = validRequests(ctx, operation, rule);
  // One valid request of the seed, which the edge-case examples vary.
  const [base] = fc.sample(arbitrary, { seed: ctx.options.seed, numRuns: 1 });
  const outcome = await checkProperty(arbitrary, async (drawn: GeneratedRequest) => {
    const generated = pinPath(drawn, pathParams);
    const sent = fromGenerated(generated, claimUnique(ctx, generated.body, rule!.unique));
    const response = await sendTracked(ctx, operation, rule, sent, env.auth);
    return { verdict: negativeValidBodyAccepted.verify(op, response), response, sent };
  }, { ...options, runs: 2 * options.runs, examples: [...uniqueExamples(ctx, operation, rule!, base), ...boundaryExamples(ctx, operation, rule!, base)] });
  return { failed: outcome.failure !== undefined, record: () => record(ctx, negativeValidBodyAccepted, op, outcome, 'generated valid bodies') };
}

const BODY_FORMAT_KINDS = new Set(['malformed-json', 'wrong-content-type', 'missing-body']);

/** What a pass of negative.invalid-body-rejected covered when the operation's cases were capped. */
function capNote(cases: readonly { in?: string; kind: string }[]): string {
  const tried = cases.filter((c) => c.in === 'body' && !BODY_FORMAT_KINDS.has(c.kind)).length;
  return `a share of the body's invalid cases: ${tried} broken values, spread over its properties and kinds of defect (at most ${MAX_BODY_CASES} per operation, one request each)`;
}

/**
 * Records a property's outcome: a failure under `check`; a lenient finding (accepted, no trace) under
 * negative.lenient-input; else a pass under `primary` (the check the case belongs to when refused).
 */
function record(ctx: FlowContext, check: AnyCheck, op: string, outcome: PropertyOutcome, what: string, primary: AnyCheck = check, note?: string): void {
  const { failure, passed, lenient } = outcome;
  if (failure) {
    const verdict = failure.verdict.outcome === 'fail' ? { ...failure.verdict, message: withReplay(failure.verdict.message, ctx.options.seed, failure.path) } : failure.verdict;
    ctx.check(check, op, verdict, failure.evidence ?? [failure.response], { path: failure.path, counterexample: failure.sent });
  }
  if (lenient?.lenient) {
    const { verdict, evidence } = lenient.lenient;
    const replay = verdict.outcome === 'fail' ? { ...verdict, message: withReplay(verdict.message, ctx.options.seed, undefined) } : verdict;
    ctx.check(negativeLenientInput, op, replay, evidence, { counterexample: lenient.sent });
  }
  if (failure || lenient) return;
  if (passed) ctx.check(primary, op, pass(primary === negativeInvalidBodyRejected ? note : undefined), [passed.response]);
  else ctx.skip(primary, op, `${what}: no request got a complete response (see transport.completed)`);
}
