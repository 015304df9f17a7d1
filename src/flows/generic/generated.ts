/**
 * Drawing one generated request for an operation, reproducibly: fast-check's `sample` with the run's
 * seed, the operation's unique fields from its body rule, and the fixture's path parameters pinned.
 */
import fc from 'fast-check';
import { validRequest, type GeneratedRequest } from '../../generate/index.js';
import type { Operation } from '../../spec/index.js';
import type { FlowContext } from '../context.js';
import type { BodyRule } from '../system.js';
import { claimUnique } from './bodies.js';
import type { OutgoingRequest } from './send.js';

/** One valid request from the generator (its body's unique fields claimed for this scenario). */
export function sampleValidRequest(ctx: FlowContext, operation: Operation, rule: BodyRule | undefined, pathParams: Record<string, string>): GeneratedRequest {
  const arbitrary = validRequest(operation, ctx.generation(rule?.unique), { pathParams });
  const [request] = fc.sample(arbitrary, { seed: ctx.options.seed, numRuns: 1 });
  return { ...request!, body: claimUnique(ctx, request!.body, rule?.unique) };
}

/**
 * The valid request the generic scenarios send: the fixture's known-good body where it gives one
 * (logins, password changes, bodies a generated value cannot satisfy), else a generated one; only
 * the required query and header parameters unless `optional` is set (generated optional filters
 * are valid by the schema but often match nothing or are refused by the server's own rules, which
 * says little about the operation's normal answer).
 */
export function validOutgoing(ctx: FlowContext, operation: Operation, rule: BodyRule | undefined, pathParams: Record<string, string>, knownBody: unknown, optional = false): OutgoingRequest {
  const generated = sampleValidRequest(ctx, operation, rule, pathParams);
  const body = operation.requestBody ? knownBody ?? generated.body : undefined;
  const keep = (where: 'query' | 'header') => (name: string) => optional || operation.parameters.some((p) => p.in === where && p.name === name && p.required);
  const pick = <T>(values: Record<string, T>, where: 'query' | 'header') => Object.fromEntries(Object.entries(values).filter(([name]) => keep(where)(name)));
  return { pathParams, query: pick(generated.query, 'query'), headers: pick(generated.headers, 'header'), ...(body !== undefined ? { body } : {}) };
}

/** True when the operation takes optional query parameters (worth a second, generated request). */
export function hasOptionalQuery(operation: Operation): boolean {
  return operation.parameters.some((p) => p.in === 'query' && !p.required);
}
