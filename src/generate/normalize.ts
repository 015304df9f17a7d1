/**
 * OpenAPI Schema Object → plain JSON Schema, the form the generators read and the internal matcher
 * compiles: the spec layer's converter (src/spec/to-json-schema.ts) with the annotations kept, so
 * the generators see the schema as written minus the OpenAPI 3.0 oddities:
 * - `nullable: true` adds `null` to `type` (and to `enum`), only when `type` is given (3.0.3 §4.7.24,
 *   as the spec layer applies it); in 3.1 `nullable` means nothing;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric bounds;
 * - readOnly properties are not required (a request never carries them).
 * `x-` hints and `discriminator` are kept for the generators; ajv ignores them (strict: false).
 * A residual `{$ref}` (a cycle the loader left in place) stays; `resolveRef` expands it on demand.
 */
import { getAtPointer, toJsonSchema } from '../spec/index.js';
import type { GenerationContext } from './types.js';
import { GenerationError } from './errors.js';

export type Dialect = '3.0' | '3.1';
export type SchemaObject = Record<string, unknown>;
export type Schema = SchemaObject | boolean;

const caches = { '3.0': new WeakMap<object, Schema>(), '3.1': new WeakMap<object, Schema>() };

export function dialectOf(ctx: GenerationContext): Dialect {
  return String(ctx.spec.openapi).startsWith('3.1') ? '3.1' : '3.0';
}

/**
 * Normalises one schema (recursively, memoised per input object) with the spec layer's converter,
 * request side, keeping the `x-` hints and discriminators. Never mutates its input.
 */
export function normalize(schema: unknown, dialect: Dialect): Schema {
  if (!isObject(schema)) return typeof schema === 'boolean' ? schema : {};
  const cache = caches[dialect];
  let out = cache.get(schema);
  if (out === undefined) {
    // Refs left in a dereferenced schema are cycles; readOnly is read from the property itself.
    out = toJsonSchema(schema, { dialect, side: 'request', resolveRef: () => undefined, keepAnnotations: true }) as Schema;
    cache.set(schema, out);
  }
  return out;
}

/** The normalised target of a residual `$ref`, looked up in the spec's dereferenced document. */
export function resolveRef(ref: string, ctx: GenerationContext): Schema {
  const target = ref.startsWith('#') ? getAtPointer(ctx.spec.document, ref) : undefined;
  if (target === undefined) throw new GenerationError(`cannot generate: $ref "${ref}" points to nothing in ${ctx.spec.id}`);
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
