/**
 * One labelled invalid case of an operation as a property: shape each generated request (anchored on
 * the fixture's known-good body, unique fields claimed), send it with valid credentials, and judge
 * the response by the check the kind belongs to.
 */
import fc from 'fast-check';
import { negativeInvalidBodyRejected, negativeInvalidParamRejected, negativeLenientInput, negativeWrongContentTypeRejected } from '../checks/negative.js';
import { pass, type Verdict } from '../checks/verdict.js';
import type { GeneratedRequest, InvalidCase } from '../generate/index.js';
import type { AuthChoice, HttpResponse } from '../http/types.js';
import { isJsonMediaType, type JsonSchema, type LoadedSpec, type Operation, type ValidationIssue } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';
import type { BodyRule } from '../engine/system.js';
import { anchorOn, claimUnique } from './bodies.js';
import { pinPath } from './generated.js';
import { harmOf, showsInvalidValue, type Harm } from './harm.js';
import { pathParamNames } from './operations.js';
import type { Attempt } from './property.js';
import { readBack } from './read-back.js';
import { fromGenerated, sendTracked, type OutgoingRequest } from './send.js';

export type NegativeCheck = typeof negativeInvalidBodyRejected | typeof negativeWrongContentTypeRejected | typeof negativeInvalidParamRejected;

/** The check an invalid case belongs to: its body, its content type, or a parameter. */
export function checkFor(kase: InvalidCase<GeneratedRequest>): NegativeCheck {
  if (kase.kind === 'wrong-content-type') return negativeWrongContentTypeRejected;
  if (kase.kind === 'bad-path-param' || kase.kind === 'bad-query-param') return negativeInvalidParamRejected;
  return negativeInvalidBodyRejected;
}

export interface CaseEnvironment {
  ctx: FlowContext;
  operation: Operation;
  rule: BodyRule | undefined;
  auth: AuthChoice;
  /** The fixture's known-good body (fresh unique values on every call), if it gives one. */
  knownBody: () => unknown;
  /** Path parameters naming run-owned resources. */
  pathParams: Record<string, string>;
}

/** Shapes a generated request of this case into what is sent. */
export function shape(env: CaseEnvironment, kase: InvalidCase<GeneratedRequest>, drawn: GeneratedRequest): OutgoingRequest {
  const { ctx, rule } = env;
  const generated = pinPath(drawn, env.pathParams, kase.kind === 'bad-path-param' ? kase.parameter : undefined);
  const known = env.knownBody();
  const valid = (body: unknown) => known ?? claimUnique(ctx, body, rule?.unique);
  switch (kase.kind) {
    case 'malformed-json':
    case 'missing-body':
      return fromGenerated(generated);
    case 'wrong-content-type': {
      // The same bytes a JSON client would send for a valid body, only labelled text/plain.
      const body = valid(JSON.parse(generated.rawBody!) as unknown);
      return { ...fromGenerated(generated), rawBody: JSON.stringify(body), contentType: generated.mediaType };
    }
    case 'bad-path-param':
    case 'bad-query-param':
      return fromGenerated(generated, generated.body === undefined ? undefined : valid(generated.body));
    default: {
      const anchored = known === undefined ? generated.body : anchorOn(known, generated.body, kase.pointer);
      return fromGenerated(generated, claimUnique(ctx, anchored, rule?.unique, kase.pointer));
    }
  }
}

function judge(check: NegativeCheck, operation: Operation, kase: InvalidCase<GeneratedRequest>, response: HttpResponse): Verdict {
  if (check === negativeWrongContentTypeRejected) return negativeWrongContentTypeRejected.verify(operation.operationId, response, 'text/plain');
  if (check === negativeInvalidParamRejected) return negativeInvalidParamRejected.verify(operation.operationId, response, kase.description);
  return negativeInvalidBodyRejected.verify(operation.operationId, response, kase.description);
}

/** The property's attempt: shape, send, judge (body defects by the negative-data rule of `harm.ts`). */
export function attemptCase(env: CaseEnvironment, kase: InvalidCase<GeneratedRequest>): (generated: GeneratedRequest) => Promise<Attempt> {
  const check = checkFor(kase);
  const harm = harmOf(kase, bodySchema(env.operation));
  return async (generated) => {
    const sent = shape(env, kase, generated);
    const response = await sendTracked(env.ctx, env.operation, env.rule, sent, env.auth);
    if (check !== negativeInvalidBodyRejected) return { verdict: judge(check, env.operation, kase, response), response, sent };
    return judgeBody(env, kase, harm, sent, response);
  };
}

/** The JSON schema of the operation's request body, if it has one. */
function bodySchema(operation: Operation): JsonSchema | undefined {
  return operation.requestBody?.content.find((m) => isJsonMediaType(m.mediaType))?.schema;
}

/** The request-body validation issues of `body` for the operation (none when it has no JSON body schema). */
function stillInvalid(spec: LoadedSpec, operation: Operation, body: unknown): readonly ValidationIssue[] {
  const media = operation.requestBody?.content.find((m) => isJsonMediaType(m.mediaType))?.mediaType ?? 'application/json';
  const result = spec.validators.requestBody(operation.operationId, media, body);
  return result && !result.valid ? result.issues : [];
}

/** True when the case's harm class makes acceptance leniency by default (see `harm.ts`). */
export function isLenientCase(env: Pick<CaseEnvironment, 'operation'>, kase: InvalidCase<GeneratedRequest>): boolean {
  return checkFor(kase) === negativeInvalidBodyRejected && harmOf(kase, bodySchema(env.operation)) === 'lenient-unless-stored';
}

/**
 * An invalid body: refused (4xx) passes; a 5xx or redirect fails; an acceptance fails when the defect
 * alone is harmful, or a read (or the response) shows the value was kept, or, for a documented
 * constraint of an optional field, when no read can show the server ignored it. Otherwise it is leniency.
 */
async function judgeBody(env: CaseEnvironment, kase: InvalidCase<GeneratedRequest>, harm: Harm, sent: OutgoingRequest, response: HttpResponse): Promise<Attempt> {
  const op = env.operation.operationId;
  const accepted = response.status !== undefined && response.status >= 200 && response.status < 300;
  if (!accepted || harm === 'harmful') return { verdict: negativeInvalidBodyRejected.verify(op, response, kase.description), response, sent };
  const read = await readBack(env.ctx, env.operation, sent.pathParams, response);
  const readable = read?.status === 200;
  const evidence = readable ? [response, read] : [response];
  const kept = (holder: unknown) => showsInvalidValue(holder, sent.body, kase, (body) => stillInvalid(env.ctx.spec, env.operation, body));
  if (readable && kept(read.json)) {
    return { verdict: negativeInvalidBodyRejected.verify(op, response, kase.description, `a read shows the value was stored (${read.exchange.operationId})`), response, sent, evidence };
  }
  if (kept(response.json)) return { verdict: negativeInvalidBodyRejected.verify(op, response, kase.description, 'the response echoes the value'), response, sent };
  if (harm === 'harmful-unless-ignored' && !readable) return { verdict: negativeInvalidBodyRejected.verify(op, response, kase.description, 'no read can show the server ignored it'), response, sent };
  return { verdict: pass(), response, sent, lenient: { verdict: negativeLenientInput.verify(op, response, kase.description), evidence } };
}

/**
 * The case's arbitrary, without requests whose path has an empty segment (they address another
 * route, e.g. the collection, not this parameter); undefined when that leaves nothing to send.
 */
export function sendableArbitrary(ctx: FlowContext, operation: Operation, kase: InvalidCase<GeneratedRequest>): fc.Arbitrary<GeneratedRequest> | undefined {
  if (kase.kind !== 'bad-path-param') return kase.arbitrary;
  const names = kase.parameter ? [kase.parameter] : pathParamNames(operation);
  const sendable = (r: GeneratedRequest) => names.every((n) => r.pathParams[n] !== '');
  const sample = fc.sample(kase.arbitrary, { seed: ctx.options.seed, numRuns: 20 });
  return sample.some(sendable) ? kase.arbitrary.filter(sendable) : undefined;
}
