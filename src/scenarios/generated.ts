/**
 * Generated requests for the generic scenarios. Building an operation's arbitraries costs up to a few
 * hundred milliseconds (the generator probes its filters), so they are built once per spec, operation
 * and generation context and shared: arbitraries are immutable. Path parameters are left to the
 * generator and replaced by the fixture's afterwards (except the one a bad-path case breaks).
 */
import fc from 'fast-check';
import { invalidRequestsWithin, validRequest, type GeneratedRequest, type GenerationContext, type InvalidCase } from '../generate/index.js';
import type { LoadedSpec, Operation } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';
import type { BodyRule } from '../engine/system.js';
import { claimUnique } from './bodies.js';
import type { OutgoingRequest } from './send.js';

const cache = new WeakMap<LoadedSpec, Map<string, unknown>>();

function memo<T>(ctx: FlowContext, kind: string, operation: Operation, generation: GenerationContext, build: () => T): T {
  let bySpec = cache.get(ctx.spec);
  if (!bySpec) cache.set(ctx.spec, (bySpec = new Map()));
  const key = JSON.stringify([kind, operation.operationId, generation.runId, generation.emailDomain, generation.unique ?? null]);
  if (!bySpec.has(key)) bySpec.set(key, build());
  return bySpec.get(key) as T;
}

/** Valid requests of an operation (path parameters still to be pinned). */
export function validRequests(ctx: FlowContext, operation: Operation, rule: BodyRule | undefined): fc.Arbitrary<GeneratedRequest> {
  const generation = ctx.generation(rule?.unique);
  return memo(ctx, 'valid', operation, generation, () => validRequest(operation, generation));
}

/**
 * Broken body values tried per operation. The built-in specs' largest body has fewer, all tried;
 * a vendor document's largest has over 3,000, which would hold one operation for minutes.
 */
export const MAX_BODY_CASES = 40;

/**
 * The labelled invalid cases of an operation (path parameters still to be pinned), at most
 * `MAX_BODY_CASES` of them broken body values, and whether that limit left some out.
 */
export function invalidCases(ctx: FlowContext, operation: Operation, rule: BodyRule | undefined): { cases: InvalidCase<GeneratedRequest>[]; capped: boolean } {
  const generation = ctx.generation(rule?.unique);
  return memo(ctx, 'invalid', operation, generation, () => invalidRequestsWithin(operation, generation, MAX_BODY_CASES));
}

/** The request with the fixture's path parameters, except `broken` (the one a bad-path case breaks). */
export function pinPath(request: GeneratedRequest, pathParams: Record<string, string>, broken?: string): GeneratedRequest {
  const pinned = { ...request.pathParams, ...pathParams };
  if (broken !== undefined) pinned[broken] = request.pathParams[broken]!;
  return { ...request, pathParams: pinned };
}

/**
 * One valid request from the generator (its body's unique fields claimed for this scenario): the
 * run seed's first sample, or its `index`-th when a scenario sends several different ones.
 */
export function sampleValidRequest(ctx: FlowContext, operation: Operation, rule: BodyRule | undefined, pathParams: Record<string, string>, index = 0): GeneratedRequest {
  const request = fc.sample(validRequests(ctx, operation, rule), { seed: ctx.options.seed, numRuns: index + 1 })[index]!;
  return { ...pinPath(request, pathParams), body: claimUnique(ctx, request.body, rule?.unique) };
}

/**
 * The valid request the generic scenarios send: the fixture's known-good body where it gives one
 * (logins, password changes, bodies a generated value cannot satisfy), else a generated one; only
 * the required query and header parameters unless `optional` is set (generated optional filters
 * are valid by the schema but often match nothing or are refused by the server's own rules, which
 * says little about the operation's normal answer).
 */
export function validOutgoing(ctx: FlowContext, operation: Operation, rule: BodyRule | undefined, pathParams: Record<string, string>, knownBody: unknown, optional = false, index = 0): OutgoingRequest {
  const generated = sampleValidRequest(ctx, operation, rule, pathParams, index);
  const body = operation.requestBody ? knownBody ?? generated.body : undefined;
  const keep = (where: 'query' | 'header') => (name: string) => optional || operation.parameters.some((p) => p.in === where && p.name === name && p.required);
  const pick = <T>(values: Record<string, T>, where: 'query' | 'header') => Object.fromEntries(Object.entries(values).filter(([name]) => keep(where)(name)));
  return { pathParams, query: pick(generated.query, 'query'), headers: pick(generated.headers, 'header'), ...(body !== undefined ? { body } : {}) };
}

/** True when the operation takes optional query parameters (worth a second, generated request). */
export function hasOptionalQuery(operation: Operation): boolean {
  return operation.parameters.some((p) => p.in === 'query' && !p.required);
}
