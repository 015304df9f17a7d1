/**
 * Whole requests for an operation: valid ones (required parameters always, optional ones sometimes,
 * the JSON body when there is one) and labelled invalid ones, each with exactly one defect: a broken
 * body value, a missing or malformed body, the wrong content type, or one bad path or query parameter.
 * `fixed.pathParams` pins path parameters (to a resource the suite created) except where a case breaks
 * that very parameter.
 */
import fc from 'fast-check';
import { findMediaType, isJsonMediaType, type MediaTypeInfo, type Operation, type ParameterInfo } from '../spec/index.js';
import { invalidValuesWithin } from './invalid-values.js';
import { invalidParams, validParam } from './params.js';
import type { GeneratedRequest, GenerationContext, InvalidCase } from './types.js';
import { validValue } from './valid-value.js';
import { GenerationError } from './errors.js';

export interface FixedParts {
  pathParams?: Record<string, string>;
}

/** OpenAPI ignores header parameters with these names (3.0.3 §4.7.12.1). */
const IGNORED_HEADERS = ['accept', 'content-type', 'authorization'];

interface Parts {
  path: fc.Arbitrary<Record<string, string>>;
  query: fc.Arbitrary<Record<string, unknown>>;
  headers: fc.Arbitrary<Record<string, string>>;
  media?: MediaTypeInfo;
  body?: fc.Arbitrary<unknown>;
}

export function validRequest(op: Operation, ctx: GenerationContext, fixed: FixedParts = {}): fc.Arbitrary<GeneratedRequest> {
  return assemble(requestParts(op, ctx, fixed), {});
}

export function invalidRequests(op: Operation, ctx: GenerationContext, fixed: FixedParts = {}): InvalidCase<GeneratedRequest>[] {
  return invalidRequestsWithin(op, ctx, Infinity, fixed).cases;
}

/**
 * The same with at most `bodyLimit` broken body values (spread over the schema and the kinds of
 * defect), and whether the limit left some out; the body-format and parameter cases are few and
 * always all there.
 */
export function invalidRequestsWithin(op: Operation, ctx: GenerationContext, bodyLimit: number, fixed: FixedParts = {}): { cases: InvalidCase<GeneratedRequest>[]; capped: boolean } {
  const parts = requestParts(op, ctx, fixed);
  const cases: InvalidCase<GeneratedRequest>[] = [];
  let capped = false;
  if (parts.media?.schema !== undefined && parts.body) {
    const values = invalidValuesWithin(parts.media.schema, ctx, bodyLimit);
    capped = values.capped;
    for (const c of values.cases) {
      cases.push({ ...c, in: 'body', description: `body ${c.description}`, arbitrary: assemble(parts, { body: c.arbitrary }) });
    }
  }
  if (parts.body && parts.media) cases.push(...bodyFormatCases(op, parts));
  for (const param of op.parameters) {
    if (param.in !== 'path' && param.in !== 'query') continue;
    const kind = param.in === 'path' ? 'bad-path-param' : 'bad-query-param';
    for (const c of invalidParams(param, ctx)) {
      const value = c.arbitrary;
      const override = param.in === 'path'
        ? { path: fc.tuple(parts.path, value).map(([p, v]) => ({ ...p, [param.name]: v as string })) }
        : { query: fc.tuple(parts.query, value).map(([q, v]) => ({ ...q, [param.name]: v })) };
      cases.push({ kind, cause: c.kind, pointer: c.pointer, in: param.in, parameter: param.name,
        description: `${param.in} parameter ${param.name}: ${c.description.replace(/^\(root\): /, '')}`, arbitrary: assemble(parts, override) });
    }
    if (param.in === 'query' && param.required) {
      cases.push({ kind, cause: 'missing-required', pointer: '', in: 'query', parameter: param.name, description: `query parameter ${param.name}: required, missing`,
        arbitrary: assemble(parts, { query: parts.query.map(({ [param.name]: _removed, ...rest }) => rest) }) });
    }
  }
  return { cases, capped };
}

function bodyFormatCases(op: Operation, parts: Parts): InvalidCase<GeneratedRequest>[] {
  const body = parts.body!;
  const cases: InvalidCase<GeneratedRequest>[] = [];
  const raw = (text: fc.Arbitrary<string>, mediaType: string) =>
    fc.tuple(assemble({ ...parts, body: undefined }, {}), text).map(([r, rawBody]) => ({ ...r, rawBody, mediaType }));
  const broken = fc.tuple(body.map((b) => JSON.stringify(b)), fc.constantFrom(...CORRUPTIONS))
    .map(([text, corrupt]) => corrupt(text)).filter(isNotJson);
  cases.push({ kind: 'malformed-json', pointer: '', in: 'body', description: 'body: not JSON (malformed)', arbitrary: raw(broken, parts.media!.mediaType) });
  const accepts = op.requestBody?.content ?? [];
  if (!findMediaType(accepts, 'text/plain')) {
    cases.push({ kind: 'wrong-content-type', pointer: '', in: 'body', description: `body: JSON sent as text/plain (accepted: ${accepts.map((m) => m.mediaType).join(', ')})`,
      arbitrary: raw(body.map((b) => JSON.stringify(b)), 'text/plain') });
  }
  if (op.requestBody?.required) {
    cases.push({ kind: 'missing-body', pointer: '', in: 'body', description: 'body: required, missing', arbitrary: assemble({ ...parts, body: undefined, media: undefined }, {}) });
  }
  return cases;
}

/** Ways to break JSON text; each result is checked not to parse. */
const CORRUPTIONS: ((text: string) => string)[] = [
  (t) => t.slice(0, -1),
  (t) => `{${t}`,
  (t) => `${t},`,
  (t) => t.replace(/"/g, "'"),
  (t) => t.replace(/:/, '='),
  () => '{"unterminated": ',
];

function isNotJson(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

function requestParts(op: Operation, ctx: GenerationContext, fixed: FixedParts): Parts {
  const byLocation = (where: ParameterInfo['in']) => op.parameters.filter((p) => p.in === where);
  const path = fc.record(Object.fromEntries(byLocation('path').map((p) => [p.name, fixed.pathParams?.[p.name] !== undefined ? fc.constant(fixed.pathParams[p.name]!) : validParam(p, ctx) as fc.Arbitrary<string>])));
  const queryParams = byLocation('query');
  const query = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, validParam(p, ctx)])), { requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name), noNullPrototype: true });
  const headerParams = byLocation('header').filter((p) => !IGNORED_HEADERS.includes(p.name.toLowerCase()));
  const cookieParams = byLocation('cookie');
  const headerModel = Object.fromEntries(headerParams.map((p) => [p.name, validParam(p, ctx) as fc.Arbitrary<string>]));
  let headers: fc.Arbitrary<Record<string, string>> = fc.record(headerModel, { requiredKeys: headerParams.filter((p) => p.required).map((p) => p.name), noNullPrototype: true });
  if (cookieParams.length > 0) {
    const cookies = fc.record(Object.fromEntries(cookieParams.map((p) => [p.name, validParam(p, ctx) as fc.Arbitrary<string>])), { requiredKeys: cookieParams.filter((p) => p.required).map((p) => p.name), noNullPrototype: true });
    headers = fc.tuple(headers, cookies).map(([h, c]) => (Object.keys(c).length === 0 ? h : { ...h, cookie: Object.entries(c).map(([k, v]) => `${k}=${v}`).join('; ') }));
  }
  const content = op.requestBody?.content ?? [];
  const media = content.find((m) => isJsonMediaType(m.mediaType));
  if (op.requestBody && !media && op.requestBody.required) {
    throw new GenerationError(`${op.operationId}: cannot generate a request body: no JSON media type (${content.map((m) => m.mediaType).join(', ')})`);
  }
  const body = media ? (media.schema === undefined ? fc.constant({}) : validValue(media.schema, ctx)) : undefined;
  return { path, query, headers, ...(media ? { media } : {}), ...(body ? { body } : {}) };
}

function assemble(parts: Parts, override: Partial<Pick<Parts, 'path' | 'query' | 'body'>>): fc.Arbitrary<GeneratedRequest> {
  const body = 'body' in override ? override.body : parts.body;
  return fc.record({ pathParams: override.path ?? parts.path, query: override.query ?? parts.query, headers: parts.headers, ...(body ? { body } : {}) })
    .map((r) => (body && parts.media ? { ...r, mediaType: parts.media.mediaType } : r) as GeneratedRequest);
}
