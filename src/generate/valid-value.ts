/**
 * JSON Schema → fast-check arbitrary of valid values. Written here rather than taken from a package:
 * see the note at the top of `index.ts` for the candidates and why none fits.
 *
 * `tryBuild` returns undefined where a residual `$ref` has been expanded MAX_REF_DEPTH times: the caller
 * then leaves the value out (optional property, empty array, another branch). Where it cannot, it asks
 * again in `minimal` mode (required properties only, shortest arrays), which gives up with a clear error
 * only for a schema that has no finite valid value.
 */
import fc from 'fast-check';
import { arrayArbitrary } from './arrays.js';
import { combinatorArbitrary } from './combinators.js';
import { matches } from './matcher.js';
import { mergeAllOf, UnsatisfiableSchemaError } from './merge-all-of.js';
import { declaredTypes, isObject, normalize, resolveRef, type JsonType, type Schema, type SchemaObject } from './normalize.js';
import { integerArbitrary, numberArbitrary } from './numbers.js';
import { objectArbitrary } from './objects.js';
import { memoized } from './memo.js';
import { probedFilter } from './probe.js';
import { realisticString } from './realistic.js';
import { genericString, stringArbitrary } from './strings.js';
import type { GenerationContext } from './types.js';
import { enterRef, rootWalk, where, type Walk } from './walk.js';
import type { JsonSchema } from '../spec/index.js';
import { GenerationError } from './errors.js';

export type Build = (schema: Schema, walk: Walk) => fc.Arbitrary<unknown> | undefined;

/** Keywords no builder constructs: values are filtered with the schema instead. */
const CHECKED_ONLY = ['not', 'if', 'contains', 'dependentRequired', 'dependentSchemas', 'dependencies',
  'unevaluatedProperties', 'unevaluatedItems', 'propertyNames'];

/** Valid values of an OpenAPI (3.0 or 3.1) schema, as found in Operation / MediaTypeInfo.schema. */
export function validValue(schema: JsonSchema, ctx: GenerationContext): fc.Arbitrary<unknown> {
  const walk = rootWalk(ctx);
  return buildValid(normalize(schema, walk.dialect), walk);
}

/** Like tryBuild, but always returns an arbitrary (in minimal mode past the recursion bound). */
export function buildValid(schema: Schema, walk: Walk): fc.Arbitrary<unknown> {
  return tryBuild(schema, walk) ?? tryBuild(schema, { ...walk, minimal: true })!;
}

export const tryBuild: Build = (schema, walk) => memoized(schema, walk, buildNode);

const buildNode: Build = (schema, walk) => {
  if (schema === true) return anyValue(walk);
  if (schema === false) throw new GenerationError(`cannot generate a valid value at ${where(walk)}: the schema is \`false\``);
  if (typeof schema.$ref === 'string') return expandRef(schema.$ref, walk);
  if (Array.isArray(schema.allOf)) return fromAllOf(schema, walk);
  const arbitrary = fromKeywords(schema, walk);
  if (!arbitrary || !CHECKED_ONLY.some((k) => k in schema)) return arbitrary;
  return checkedWith(arbitrary, schema, walk);
};

function expandRef(ref: string, walk: Walk): fc.Arbitrary<unknown> | undefined {
  const inside = enterRef(ref, walk);
  return inside && tryBuild(resolveRef(ref, walk.ctx), inside);
}

function fromAllOf(schema: SchemaObject, walk: Walk): fc.Arbitrary<unknown> | undefined {
  // The merge expands the branches' refs itself: count them against the recursion bound first.
  for (const branch of schema.allOf as Schema[]) {
    if (isObject(branch) && typeof branch.$ref === 'string') {
      const inside = enterRef(branch.$ref, walk);
      if (!inside) return undefined;
      walk = inside;
    }
  }
  let merged: ReturnType<typeof mergeAllOf>;
  try {
    merged = mergeAllOf(schema, (s) => (isObject(s) && typeof s.$ref === 'string' ? resolveRef(s.$ref, walk.ctx) : s));
  } catch (error) {
    if (error instanceof UnsatisfiableSchemaError) throw new GenerationError(`cannot generate a valid value at ${where(walk)}: ${error.message}`);
    throw error;
  }
  const arbitrary = tryBuild(merged.schema, walk);
  return arbitrary && !merged.exact ? checkedWith(arbitrary, schema, walk) : arbitrary;
}

function fromKeywords(schema: SchemaObject, walk: Walk): fc.Arbitrary<unknown> | undefined {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum.filter((v) => matches(schema, v, walk.dialect));
    if (allowed.length === 0) throw new GenerationError(`cannot generate a valid value at ${where(walk)}: no enum value meets the other keywords`);
    return fc.constantFrom(...allowed);
  }
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) return combinatorArbitrary(schema, walk, tryBuild);
  const types = typesToGenerate(schema, walk);
  if (types === undefined) return anyValue(walk);
  const variants: fc.WeightedArbitrary<unknown>[] = [];
  let skipped = false;
  for (const type of types) {
    const arbitrary = ofType(type, schema, walk);
    if (arbitrary) variants.push({ weight: type === 'null' ? 1 : 4, arbitrary });
    else skipped = true;
  }
  if (variants.length === 0) {
    if (skipped) return undefined;
    throw new GenerationError(`cannot generate a valid value at ${where(walk)}: no type to generate`);
  }
  return variants.length === 1 ? variants[0]!.arbitrary : fc.oneof(...variants);
}

function ofType(type: JsonType, schema: SchemaObject, walk: Walk): fc.Arbitrary<unknown> | undefined {
  switch (type) {
    case 'null': return fc.constant(null);
    case 'boolean': return fc.boolean();
    case 'integer': return integerArbitrary(schema, walk);
    case 'number': return numberArbitrary(schema, walk);
    case 'string': return stringArbitrary(schema, walk);
    case 'array': return arrayArbitrary(schema, walk, tryBuild);
    case 'object': return objectArbitrary(schema, walk, tryBuild);
  }
}

/**
 * The types to generate: the declared ones (`number` covers integers), or those the keywords point to
 * when `type` is absent (any value is valid then, but `{properties: …}` is meant to be an object).
 * Undefined when nothing hints at a type. Parameters never get objects or null: the wire cannot carry them.
 */
function typesToGenerate(schema: SchemaObject, walk: Walk): JsonType[] | undefined {
  let types = declaredTypes(schema);
  if (types?.includes('number')) types = types.filter((t) => t !== 'integer');
  types ??= inferredTypes(schema);
  if (types && walk.wire) {
    const carried = types.filter((t) => t !== 'object' && t !== 'null' && !(walk.pointer !== '' && t === 'array'));
    if (carried.length === 0) throw new GenerationError(`cannot generate parameter ${walk.name ?? ''}: type ${types.join('/')} cannot be sent as ${walk.wire} text`);
    return carried;
  }
  return types;
}

function inferredTypes(schema: SchemaObject): JsonType[] | undefined {
  const has = (...keys: string[]) => keys.some((k) => k in schema);
  const types: JsonType[] = [];
  if (has('properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties')) types.push('object');
  if (has('items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems')) types.push('array');
  if (has('minLength', 'maxLength', 'pattern') || (typeof schema.format === 'string' && !['int32', 'int64', 'float', 'double'].includes(schema.format))) types.push('string');
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf') || schema.format === 'int32' || schema.format === 'int64') {
    types.push(schema.format === 'int32' || schema.format === 'int64' ? 'integer' : 'number');
  }
  return types.length > 0 ? types : undefined;
}

/** Any JSON value: a realistic string where the name says what it is, small mixed values otherwise. */
export function anyValue(walk: Walk): fc.Arbitrary<unknown> {
  const realistic = realisticString(walk, undefined, Infinity);
  if (realistic) return realistic;
  const text = genericString(0, 20, walk);
  if (walk.wire) return text;
  const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
  const key = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,11}$/);
  return fc.oneof(
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(key, scalar, { maxKeys: 3, noNullPrototype: true }) },
  );
}

function checkedWith(arbitrary: fc.Arbitrary<unknown>, schema: SchemaObject, walk: Walk): fc.Arbitrary<unknown> {
  const filtered = probedFilter(arbitrary, (v) => matches(schema, v, walk.dialect));
  if (!filtered) throw new GenerationError(`cannot generate a valid value at ${where(walk)}: too few generated values meet the schema's ${CHECKED_ONLY.filter((k) => k in schema).join('/') || 'combined constraints'}`);
  return filtered;
}
