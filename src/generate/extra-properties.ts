/**
 * Properties beyond the declared ones: under `additionalProperties: true` or a schema (Lenses metadata,
 * free-form settings) and `patternProperties`. Keys honour `propertyNames` and the byte limit of
 * `x-conformance-key-max-bytes`; string values the limit of `x-conformance-value-max-bytes`.
 *
 * An absent `additionalProperties` allows extras too, but a spec that lists properties and says nothing
 * more rarely means "send anything": no extras are generated then, so a server that refuses unknown
 * fields is not flagged for a request nobody would send.
 */
import fc from 'fast-check';
import { stringMatching } from './matching.js';
import { isObject, type Schema, type SchemaObject } from './normalize.js';
import { stringArbitrary, genericString } from './strings.js';
import { textArbitrary, utf8Length } from './text.js';
import type { Build } from './valid-value.js';
import { childWalk, type Walk } from './walk.js';

export interface ExtraLimits {
  minKeys: number;
  maxKeys: number;
}

export function keyMaxBytes(schema: SchemaObject): number | undefined {
  const v = schema['x-conformance-key-max-bytes'];
  return typeof v === 'number' ? v : undefined;
}

export function valueMaxBytes(schema: SchemaObject): number | undefined {
  const v = schema['x-conformance-value-max-bytes'];
  return typeof v === 'number' ? v : undefined;
}

/** Keys for extra properties: never a declared name, never `__proto__`, within the key byte limit. */
export function extraKeyArbitrary(schema: SchemaObject, walk: Walk): fc.Arbitrary<string> {
  const declared = new Set(Object.keys(isObject(schema.properties) ? schema.properties : {}));
  const patterns = Object.keys(isObject(schema.patternProperties) ? schema.patternProperties : {}).map((p) => new RegExp(p, 'u'));
  const maxBytes = keyMaxBytes(schema);
  const keyWalk: Walk = { ...childWalk(walk, '~key'), name: undefined, ...(maxBytes !== undefined ? { maxBytes } : {}) };
  let keys: fc.Arbitrary<string>;
  if (isObject(schema.propertyNames)) keys = stringArbitrary({ type: 'string', ...schema.propertyNames }, keyWalk);
  else {
    const variants: fc.WeightedArbitrary<string>[] = [
      { weight: 6, arbitrary: textArbitrary(1, 16, { alphabet: 'key' }) },
      { weight: 1, arbitrary: genericString(1, 24, keyWalk) },
    ];
    if (maxBytes !== undefined && maxBytes >= 2) {
      // Exactly at the byte limit, in ASCII and in two-byte letters: where byte/character confusion shows.
      variants.push({ weight: 1, arbitrary: textArbitrary(maxBytes, maxBytes, { alphabet: 'ascii' }) });
      const half = Math.floor(maxBytes / 2);
      variants.push({ weight: 1, arbitrary: textArbitrary(half, half, { alphabet: 'latin2' }) });
    }
    keys = fc.oneof(...variants);
  }
  // Every key generator above keeps to the byte limit; what is left to rule out is a clash.
  if (patterns.length === 0) return keys.filter((k) => k !== '__proto__' && !declared.has(k));
  return keys.filter((k) => k !== '__proto__' && !declared.has(k) && !patterns.some((p) => p.test(k)) && (maxBytes === undefined || utf8Length(k) <= maxBytes));
}

/** An arbitrary of extra properties (possibly none), or undefined when the schema allows none. */
export function extraPropertiesArbitrary(schema: SchemaObject, walk: Walk, build: Build, limits: ExtraLimits): fc.Arbitrary<Record<string, unknown>> | undefined {
  const ap = schema.additionalProperties;
  const parts: fc.Arbitrary<Record<string, unknown>>[] = [];
  if (limits.maxKeys > 0 && !walk.minimal && (ap === true || isObject(ap))) {
    const value = build(ap as Schema, valueWalk(schema, walk, '~value'));
    if (value) parts.push(dictionary(extraKeyArbitrary(schema, walk), value, limits));
  }
  if (isObject(schema.patternProperties) && !walk.minimal) {
    for (const [pattern, valueSchema] of Object.entries(schema.patternProperties)) {
      const value = build(valueSchema as Schema, valueWalk(schema, walk, pattern));
      const declared = new Set(Object.keys(isObject(schema.properties) ? schema.properties : {}));
      const key = stringMatching(new RegExp(pattern, 'u')).filter((k) => !declared.has(k) && k !== '__proto__');
      if (value) parts.push(entries(key, value, 0, 2));
    }
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0]! : fc.tuple(...parts).map((dicts) => Object.assign({}, ...dicts) as Record<string, unknown>);
}

/** The walk for a value of this object: the value byte limit applies to its string values. */
export function valueWalk(schema: SchemaObject, walk: Walk, token: string, name?: string): Walk {
  const maxBytes = valueMaxBytes(schema);
  return { ...childWalk(walk, token, name), ...(maxBytes !== undefined ? { maxBytes } : {}) };
}

/** A few entries usually (at most 3), exactly `maxKeys` now and then (the boundary, e.g. 50 metadata keys). */
function dictionary(key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>, { minKeys, maxKeys }: ExtraLimits): fc.Arbitrary<Record<string, unknown>> {
  const typical = Math.min(maxKeys, Math.max(minKeys, 3));
  const some = entries(key, value, minKeys, typical);
  if (!Number.isFinite(maxKeys) || maxKeys <= typical || maxKeys > 100) return some;
  return fc.oneof({ withCrossShrink: true }, { weight: 60, arbitrary: some }, { weight: 1, arbitrary: entries(key, value, maxKeys, maxKeys) });
}

/**
 * fc.dictionary, minus its cost: it defines each key with Object.defineProperty, and Object.fromEntries
 * is not much cheaper (together a third of the benchmark's time, measured). Plain assignment is safe
 * because no key arbitrary here yields `__proto__`.
 */
export function entries(key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>, minLength: number, maxLength: number): fc.Arbitrary<Record<string, unknown>> {
  return fc.uniqueArray(fc.tuple(key, value), { minLength, maxLength, selector: (pair) => pair[0] }).map(toObject);
}

function toObject(pairs: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of pairs) out[k] = v;
  return out;
}
