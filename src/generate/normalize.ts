/**
 * OpenAPI Schema Object → plain JSON Schema, the form the generators read and the internal matcher
 * compiles. The spec layer has its own converter, but it serves ajv (discriminators become if/then
 * rules, refs are rewritten to ajv URIs); the generators need the schema as written, minus the
 * OpenAPI 3.0 oddities:
 * - `nullable: true` adds `null` to `type` (and to `enum`), only when `type` is given (3.0.3 §4.7.24,
 *   as the spec layer applies it); in 3.1 `nullable` means nothing;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric bounds;
 * - readOnly properties are not required (a request never carries them).
 * `x-` hints and `discriminator` are kept for the generators; ajv ignores them (strict: false).
 * A residual `{$ref}` (a cycle the loader left in place) stays; `resolveRef` expands it on demand.
 */
import { getAtPointer } from '../spec/index.js';
import type { GenerationContext } from './types.js';

export type Dialect = '3.0' | '3.1';
export type SchemaObject = Record<string, unknown>;
export type Schema = SchemaObject | boolean;

const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'additionalItems', 'unevaluatedProperties', 'unevaluatedItems'];
const SUBSCHEMA_MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SUBSCHEMA_LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

const caches = { '3.0': new WeakMap<object, Schema>(), '3.1': new WeakMap<object, Schema>() };

export function dialectOf(ctx: GenerationContext): Dialect {
  return String(ctx.spec.openapi).startsWith('3.1') ? '3.1' : '3.0';
}

/** Normalises one schema (recursively, memoised per input object). Never mutates its input. */
export function normalize(schema: unknown, dialect: Dialect): Schema {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return {};
  const cache = caches[dialect];
  const hit = cache.get(schema);
  if (hit !== undefined) return hit;
  const out: SchemaObject = {};
  if (typeof schema.$ref === 'string' && dialect === '3.0') {
    out.$ref = schema.$ref; // 3.0 ignores the siblings of $ref
  } else {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'nullable') continue;
      out[key] = normalizeKeyword(key, value, dialect);
    }
    if (dialect === '3.0') {
      applyNullable(schema, out);
      applyBooleanBounds(out);
    }
    relaxReadOnlyRequired(out);
  }
  cache.set(schema, out);
  return out;
}

function normalizeKeyword(key: string, value: unknown, dialect: Dialect): unknown {
  if (SUBSCHEMA.includes(key)) return Array.isArray(value) ? value.map((s) => normalize(s, dialect)) : normalize(value, dialect);
  if (SUBSCHEMA_MAP.includes(key) && isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, s]) => [k, normalize(s, dialect)]));
  }
  if (SUBSCHEMA_LIST.includes(key) && Array.isArray(value)) return value.map((s) => normalize(s, dialect));
  return value;
}

function applyNullable(source: SchemaObject, out: SchemaObject): void {
  if (source.nullable !== true || out.type === undefined) return;
  const types = Array.isArray(out.type) ? out.type : [out.type];
  if (!types.includes('null')) out.type = [...types, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

function applyBooleanBounds(out: SchemaObject): void {
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else {
      delete out[flag];
    }
  }
}

/** Requests never carry readOnly properties, so they are not required there (as the spec's validator has it). */
function relaxReadOnlyRequired(out: SchemaObject): void {
  if (!Array.isArray(out.required) || !isObject(out.properties)) return;
  const properties = out.properties as Record<string, unknown>;
  out.required = out.required.filter((name) => {
    const prop = properties[name as string];
    return !(isObject(prop) && prop.readOnly === true);
  });
}

/** The normalised target of a residual `$ref`, looked up in the spec's dereferenced document. */
export function resolveRef(ref: string, ctx: GenerationContext): Schema {
  const target = ref.startsWith('#') ? getAtPointer(ctx.spec.document, ref) : undefined;
  if (target === undefined) throw new Error(`cannot generate: $ref "${ref}" points to nothing in ${ctx.spec.id}`);
  return normalize(target, dialectOf(ctx));
}

export function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';
export const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

/** The types a schema declares with `type`, or undefined when it declares none. */
export function declaredTypes(schema: SchemaObject): JsonType[] | undefined {
  if (schema.type === undefined) return undefined;
  const list = (Array.isArray(schema.type) ? schema.type : [schema.type]) as JsonType[];
  return JSON_TYPES.filter((t) => list.includes(t) || (t === 'integer' && list.includes('number')));
}
