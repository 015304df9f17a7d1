/**
 * Turns a raw request into validated input for a handler: path and query parameters coerced to their
 * schema types and checked with the spec's validators, and the JSON body parsed and checked. Anything
 * invalid becomes one 400 listing every failing field.
 */
import { findMediaType, findResponse, isJsonMediaType, normalizeMediaType, type LoadedSpec, type Operation, type ParameterInfo,
  type ValidationIssue } from '../../spec/index.js';
import type { IssueLocation } from '../faults/behaviour.js';
import { dropNullIssues } from './null-as-absent.js';
import { ApiError, type InvalidField } from './reply.js';

export interface RequestInput {
  params: Record<string, string>;
  /** Declared query parameters only, coerced, with schema defaults filled in. */
  query: Record<string, unknown>;
  /** The parsed JSON body; undefined when none was sent. */
  body: unknown;
}

export interface RawRequest {
  routeParams: Record<string, string>;
  searchParams: URLSearchParams;
  contentType: string | undefined;
  bodyBytes: Buffer;
}

/** How lenient the reader is (the correct server: not at all; benign variants and faults: a little). */
export interface InputLeniency {
  /** Issues let through. */
  ignoreIssue?: (operationId: string, issue: ValidationIssue, location: IssueLocation) => boolean;
  /** Optional body fields sent as null are dropped before validation. */
  nullAsAbsent?: boolean;
}

export function readInput(spec: LoadedSpec, op: Operation, raw: RawRequest, leniency: InputLeniency = {}): RequestInput {
  const invalid: InvalidField[] = [];
  const check = (param: ParameterInfo, value: unknown) => {
    if (!param.schemaPointer) return;
    const result = spec.validators.schema(param.schemaPointer, 'request', value);
    if (result.valid) return;
    const location = { in: param.in as 'path' | 'query', name: param.name };
    for (const issue of result.issues) {
      if (!leniency.ignoreIssue?.(op.operationId, issue, location)) invalid.push({ field: param.name + issue.pointer, reason: reasonOf(issue) });
    }
  };

  const params: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  for (const param of op.parameters) {
    if (param.in === 'path') {
      const value = raw.routeParams[param.name] ?? '';
      params[param.name] = value;
      check(param, coerce(param, [value]));
    } else if (param.in === 'query') {
      const values = raw.searchParams.getAll(param.name);
      if (values.length === 0) {
        if (param.required) invalid.push({ field: param.name, reason: 'is required' });
        const fallback = schemaOf(param).default;
        if (fallback !== undefined) query[param.name] = fallback;
        continue;
      }
      query[param.name] = coerce(param, values);
      check(param, query[param.name]);
    }
  }

  const body = readBody(spec, op, raw, invalid, leniency);
  if (invalid.length > 0) {
    const summary = invalid.slice(0, 3).map((f) => `${f.field}: ${f.reason}`).join('; ');
    throw new ApiError(400, `Bad request: ${summary}`, invalid);
  }
  return { params, query, body };
}

function readBody(spec: LoadedSpec, op: Operation, raw: RawRequest, invalid: InvalidField[], leniency: InputLeniency): unknown {
  const declared = op.requestBody;
  if (!declared) return undefined;
  if (raw.bodyBytes.length === 0) {
    if (declared.required) throw new ApiError(400, 'Bad request: a JSON request body is required');
    return undefined;
  }
  const media = findMediaType(declared.content, raw.contentType);
  if (!media || !isJsonMediaType(media.mediaType)) throw unsupportedMediaType(op, raw.contentType);
  let value: unknown;
  try {
    value = JSON.parse(raw.bodyBytes.toString('utf8'));
  } catch {
    throw new ApiError(400, 'Bad request: the body is not valid JSON');
  }
  let result = spec.validators.requestBody(op.operationId, media.mediaType, value);
  if (result && !result.valid && leniency.nullAsAbsent) {
    const dropped = dropNullIssues(value, result.issues);
    const retried = dropped === undefined ? undefined : spec.validators.requestBody(op.operationId, media.mediaType, dropped);
    // Only when the nulls were all that was wrong: a required field sent as null is still missing.
    if (retried?.valid) [value, result] = [dropped, retried];
  }
  if (result && !result.valid) {
    for (const issue of result.issues) {
      if (leniency.ignoreIssue?.(op.operationId, issue, { in: 'body' })) continue;
      invalid.push({ field: issue.pointer === '' ? '(body)' : issue.pointer.slice(1).replaceAll('/', '.'), reason: reasonOf(issue) });
    }
  }
  return value;
}

/**
 * Only a media type the operation declares is read (a `+json` cousin such as merge-patch+json is not
 * the same contract). 415 where the operation documents it (exactly, as 4XX or by `default`: Lenses);
 * else the documented 400 (Run:ai), so the refusal never uses a status the spec does not list.
 */
function unsupportedMediaType(op: Operation, contentType: string | undefined): ApiError {
  const declared = (op.requestBody?.content ?? []).map((m) => m.mediaType).join(', ');
  const status = findResponse(op, 415) ? 415 : 400;
  const prefix = status === 415 ? 'Unsupported media type' : 'Bad request';
  return new ApiError(status, `${prefix}: Content-Type must be ${declared}, not "${normalizeMediaType(contentType) || 'none'}"`);
}

/** Query strings are text: give the validator the type the schema asks for, when the text allows. */
function coerce(param: ParameterInfo, values: string[]): unknown {
  const schema = schemaOf(param);
  if (schema.type === 'array') {
    const items = param.explode ? values : values.flatMap((v) => v.split(','));
    return items.map((item) => coerceScalar((schema.items ?? {}) as Record<string, unknown>, item));
  }
  return coerceScalar(schema, values[0]!);
}

function coerceScalar(schema: Record<string, unknown>, text: string): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function schemaOf(param: ParameterInfo): Record<string, unknown> {
  return typeof param.schema === 'object' ? (param.schema as Record<string, unknown>) : {};
}

/** ajv's message without the leading pointer (the field is reported separately). */
function reasonOf(issue: ValidationIssue): string {
  return issue.message.replace(/^\S+ /, '');
}
