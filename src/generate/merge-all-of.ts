/**
 * allOf → one schema, so a generator can build each value in one go (properties of every branch in
 * one object, the tightest bounds, …). Hand-written: @fastify/merge-json-schemas and
 * json-schema-merge-allof exist, but they either throw on keywords they do not know or merge
 * `additionalProperties` without JSON Schema's per-branch meaning (a branch's `false` forbids every
 * property that branch does not declare), which decides whether a request is valid here.
 *
 * When two branches constrain one keyword in ways that cannot be combined exactly (two patterns, two
 * formats, two `oneOf`s, …), the result keeps one and says `exact: false`: the caller then filters the
 * generated values with the original schema.
 */
import { UNDECLARED_REQUIRED_KEY } from '../spec/index.js';
import { isObject, type Schema, type SchemaObject } from './normalize.js';

export interface Merged {
  schema: SchemaObject;
  /** False when some constraint could not be merged: check values against the original schema. */
  exact: boolean;
}

const MAX_OF = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const MIN_OF = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
const OBJECT_KEYS = ['properties', 'additionalProperties', 'required'];

export class UnsatisfiableSchemaError extends Error {}

/** Merges `schema.allOf` into `schema`. `resolve` expands a residual `{$ref}` branch. */
export function mergeAllOf(schema: SchemaObject, resolve: (s: Schema) => Schema, seen = new Set<unknown>()): Merged {
  const parts: SchemaObject[] = [];
  let exact = true;
  const collect = (s: Schema): void => {
    const resolved = isObject(s) && typeof s.$ref === 'string' ? resolve(s) : s;
    if (resolved === true) return;
    if (resolved === false) throw new UnsatisfiableSchemaError('an allOf branch is `false`');
    if (seen.has(resolved)) {
      exact = false; // a branch that includes itself: generate from what we have, check the rest
      return;
    }
    seen.add(resolved);
    const { allOf, ...rest } = resolved;
    parts.push(rest);
    if (Array.isArray(allOf)) for (const branch of allOf as Schema[]) collect(branch);
  };
  collect(schema);
  let merged: SchemaObject = {};
  for (const part of parts) {
    const result = mergeTwo(merged, part, resolve);
    merged = result.schema;
    exact &&= result.exact;
  }
  return { schema: merged, exact };
}

function mergeTwo(a: SchemaObject, b: SchemaObject, resolve: (s: Schema) => Schema): Merged {
  const out: SchemaObject = { ...a };
  let exact = true;
  for (const [key, value] of Object.entries(b)) {
    if (OBJECT_KEYS.includes(key)) continue;
    if (!(key in out)) {
      out[key] = value;
      continue;
    }
    const mine = out[key];
    if (key === 'type') out.type = intersectTypes(mine, value);
    else if (key === 'enum') out.enum = (mine as unknown[]).filter((v) => (value as unknown[]).some((w) => sameJson(v, w)));
    else if (key === 'const') {
      if (!sameJson(mine, value)) throw new UnsatisfiableSchemaError('allOf branches require different constants');
    } else if (MAX_OF.includes(key)) out[key] = Math.max(mine as number, value as number);
    else if (MIN_OF.includes(key)) out[key] = Math.min(mine as number, value as number);
    else if (key === 'uniqueItems') out[key] = mine === true || value === true;
    else if (key === UNDECLARED_REQUIRED_KEY && Array.isArray(mine) && Array.isArray(value)) out[key] = [...new Set([...mine, ...value])];
    else if (key === 'items' && isObject(mine) && isObject(value)) {
      const items = mergeAllOf({ allOf: [mine, value] }, resolve);
      out.items = items.schema;
      exact &&= items.exact;
    } else if (!sameJson(mine, value) && !isAnnotation(key)) exact = false;
  }
  const objects = mergeObjectKeywords(a, b, resolve);
  for (const key of OBJECT_KEYS) delete out[key];
  Object.assign(out, objects.schema);
  if (Array.isArray(out.enum) && out.enum.length === 0) throw new UnsatisfiableSchemaError('allOf branches share no enum value');
  if (Array.isArray(out.type) && out.type.length === 0) throw new UnsatisfiableSchemaError('allOf branches share no type');
  return { schema: out, exact: exact && objects.exact };
}

/** properties / additionalProperties / required, with JSON Schema's per-branch additionalProperties. */
function mergeObjectKeywords(a: SchemaObject, b: SchemaObject, resolve: (s: Schema) => Schema): Merged {
  const propsA = (isObject(a.properties) ? a.properties : {}) as Record<string, Schema>;
  const propsB = (isObject(b.properties) ? b.properties : {}) as Record<string, Schema>;
  const properties: Record<string, Schema> = {};
  let exact = !(a.patternProperties && b.patternProperties);
  for (const key of new Set([...Object.keys(propsA), ...Object.keys(propsB)])) {
    const pa = key in propsA ? propsA[key]! : additional(a);
    const pb = key in propsB ? propsB[key]! : additional(b);
    if (pa === false || pb === false) continue; // a closed branch does not declare it: it may not appear
    const both = [pa, pb].filter((s): s is SchemaObject => isObject(s) && Object.keys(s).length > 0);
    if (both.length < 2) properties[key] = both[0] ?? {};
    else if (both.some((s) => typeof s.$ref === 'string')) properties[key] = { allOf: both }; // merged when built, within the recursion bound
    else {
      const merged = mergeAllOf({ allOf: both }, resolve);
      properties[key] = merged.schema;
      exact &&= merged.exact;
    }
  }
  const required = [...new Set([...asStrings(a.required), ...asStrings(b.required)])];
  const closed = [a, b].filter((s) => s.additionalProperties === false && !s.patternProperties);
  for (const name of required) {
    if (closed.some((s) => !(isObject(s.properties) && name in s.properties))) {
      throw new UnsatisfiableSchemaError(`"${name}" is required but a branch with additionalProperties: false does not declare it`);
    }
  }
  const out: SchemaObject = {};
  if (Object.keys(properties).length > 0) out.properties = properties;
  if (required.length > 0) out.required = required;
  const aps = [a.additionalProperties, b.additionalProperties].filter((s) => s !== undefined && s !== true);
  if (aps.includes(false)) out.additionalProperties = false;
  else if (aps.length === 2) {
    const merged = mergeAllOf({ allOf: aps as Schema[] }, resolve);
    out.additionalProperties = merged.schema;
    exact &&= merged.exact;
  } else if (aps.length === 1) out.additionalProperties = aps[0];
  else if (a.additionalProperties === true || b.additionalProperties === true) out.additionalProperties = true;
  return { schema: out, exact };
}

function additional(s: SchemaObject): Schema {
  const ap = s.additionalProperties;
  if (ap === false && s.patternProperties) return {};
  return ap === undefined ? {} : (ap as Schema);
}

function intersectTypes(a: unknown, b: unknown): string[] {
  const as = (Array.isArray(a) ? a : [a]) as string[];
  const bs = (Array.isArray(b) ? b : [b]) as string[];
  const has = (list: string[], t: string) => list.includes(t) || (t === 'integer' && list.includes('number'));
  return [...new Set([...as, ...bs])].filter((t) => has(as, t) && has(bs, t));
}

function isAnnotation(key: string): boolean {
  return key.startsWith('x-') || ['description', 'title', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'discriminator'].includes(key);
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Deep equality on JSON values, key order ignored (as ajv's enum and uniqueItems compare). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
