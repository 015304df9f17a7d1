/**
 * OpenAPI Schema Object → JSON Schema, for one side of the wire.
 *
 * Hand-written rather than using @openapi-contrib/openapi-schema-to-json-schema because that package
 * (a) pulls CLI dependencies (openapi-typescript, prettier, yargs, lodash) into our runtime,
 * (b) deletes readOnly/writeOnly properties outright instead of relaxing `required` per side, and
 * (c) cannot keep `$ref`s, which we need so ajv compiles each shared component once.
 *
 * OpenAPI 3.0 rules applied (3.0.3 §4.7.24):
 * - `nullable: true` adds `null` to `type` (and to `enum`), only when `type` is given;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` (draft-04 style) become numeric bounds;
 * - siblings of `$ref` are ignored;
 * - `readOnly` properties are not required in requests, `writeOnly` ones not in responses;
 * - `discriminator` selects the `oneOf`/`anyOf` branch by the tag value (explicit or implicit mapping),
 *   and an unknown tag is an error;
 * - names the loader found required but never defined (`x-conformance-undeclared-required`, see
 *   undeclared-required.ts) are not required on either side: a defect of the document, not a rule;
 *   where a schema built on such a one with allOf defines the name, it is required there
 *   (`x-conformance-restored-required`).
 * OpenAPI 3.1 schemas are JSON Schema 2020-12 already; only the last three rules apply.
 */
import { applyDiscriminator } from './discriminator.js';
import { isObject } from './reaches.js';
import { relaxRequiredForSide } from './read-write-only.js';
import type { JsonSchema, Side } from './types.js';
import { RESTORED_REQUIRED_KEY, UNDECLARED_REQUIRED_KEY } from './undeclared-required.js';

export interface ConvertOptions {
  dialect: '3.0' | '3.1';
  side: Side;
  /** Looks up an internal `$ref` (e.g. `#/components/schemas/User`) in the source document. */
  resolveRef: (ref: string) => unknown;
  /** Rewrites a `$ref` for where the converted schema will live (default: unchanged). */
  rewriteRef?: (ref: string) => string;
  /**
   * Keep `x-` hints and `discriminator` as written (the generators read them) instead of dropping
   * them and turning the discriminator into if/then rules (what ajv needs).
   */
  keepAnnotations?: boolean;
}

type SchemaObject = Record<string, unknown>;

const SUBSCHEMA_KEYS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains',
  'propertyNames', 'additionalItems', 'unevaluatedProperties', 'unevaluatedItems'] as const;
const SUBSCHEMA_MAP_KEYS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
const SUBSCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** OpenAPI-only keywords that mean nothing to a JSON Schema validator. */
const OPENAPI_ONLY = new Set(['nullable', 'discriminator', 'xml', 'externalDocs', 'example']);

/** Converts one schema (recursively). Never mutates its input. */
export function toJsonSchema(schema: unknown, options: ConvertOptions): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return {};
  if (typeof schema.$ref === 'string' && options.dialect === '3.0') return { $ref: rewrite(schema.$ref, options) };

  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(schema)) {
    const annotation = key.startsWith('x-') || key === 'discriminator';
    if (annotation ? !options.keepAnnotations : OPENAPI_ONLY.has(key)) continue;
    out[key] = key === '$ref' && typeof value === 'string' ? rewrite(value, options) : convertKeyword(key, value, options);
  }
  if (options.dialect === '3.0') {
    applyNullable(schema, out);
    applyBooleanExclusiveBounds(out);
  }
  relaxRequiredForSide(schema, out, options.side, options.dialect, options.resolveRef);
  dropUndeclaredRequired(schema, out);
  if (!options.keepAnnotations) applyDiscriminator(schema, out, { ...options, rewrite: (ref) => rewrite(ref, options) });
  return out;
}

function rewrite(ref: string, options: ConvertOptions): string {
  return options.rewriteRef ? options.rewriteRef(ref) : ref;
}

function convertKeyword(key: string, value: unknown, options: ConvertOptions): unknown {
  if ((SUBSCHEMA_KEYS as readonly string[]).includes(key)) {
    return Array.isArray(value) ? value.map((s) => toJsonSchema(s, options)) : toJsonSchema(value, options);
  }
  if ((SUBSCHEMA_MAP_KEYS as readonly string[]).includes(key) && isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([name, s]) => [name, toJsonSchema(s, options)]));
  }
  if ((SUBSCHEMA_LIST_KEYS as readonly string[]).includes(key) && Array.isArray(value)) {
    return value.map((s) => toJsonSchema(s, options));
  }
  return value;
}

/** Names the loader marked: not required where undefined, required again where an allOf defines them. */
function dropUndeclaredRequired(source: SchemaObject, out: SchemaObject): void {
  const names = source[UNDECLARED_REQUIRED_KEY];
  if (Array.isArray(names) && Array.isArray(out.required)) {
    out.required = out.required.filter((name) => !names.includes(name));
    if ((out.required as unknown[]).length === 0) delete out.required;
  }
  const restored = source[RESTORED_REQUIRED_KEY];
  if (Array.isArray(restored) && restored.length > 0) {
    const required = Array.isArray(out.required) ? out.required : [];
    out.required = [...required, ...restored.filter((name) => !required.includes(name))];
  }
}

function applyNullable(source: SchemaObject, out: SchemaObject): void {
  if (source.nullable !== true || out.type === undefined) return;
  const types = Array.isArray(out.type) ? out.type : [out.type];
  if (!types.includes('null')) out.type = [...types, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

function applyBooleanExclusiveBounds(out: SchemaObject): void {
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
