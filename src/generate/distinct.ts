/**
 * How many distinct values an array's items can take, so uniqueItems never asks for more of them than
 * exist: fast-check's uniqueArray keeps looking for a missing distinct item forever.
 */
import fc from 'fast-check';
import { matches } from './matcher.js';
import { canonicalJson } from './merge-all-of.js';
import { declaredTypes, isObject, type Dialect, type Schema } from './normalize.js';
import { numericBounds } from './numbers.js';
import { PROBE_SEED } from './probe.js';

/** uniqueItems asks for more items than the item schema has distinct values. */
export class TooFewDistinctItemsError extends Error {}

/** The number of valid values when the schema states it (const, enum, boolean, null, bounded integers), else undefined. */
export function knownDistinctCount(schema: Schema, dialect: Dialect): number | undefined {
  if (schema === false) return 0;
  if (!isObject(schema) || ['$ref', 'allOf', 'anyOf', 'oneOf', 'not'].some((k) => k in schema)) return undefined;
  if ('const' in schema) return 1;
  if (Array.isArray(schema.enum)) return new Set(schema.enum.filter((v) => matches(schema, v, dialect)).map(canonicalJson)).size;
  const types = declaredTypes(schema);
  if (!types || types.includes('number')) return undefined;
  let count = 0;
  for (const type of types) {
    if (type === 'null') count += 1;
    else if (type === 'boolean') count += 2;
    else if (type === 'integer') {
      const integers = integerCount(schema);
      if (integers === undefined) return undefined;
      count += integers;
    } else return undefined;
  }
  return count;
}

function integerCount(schema: Record<string, unknown>): number | undefined {
  const { lo, hi, multipleOf } = numericBounds(schema);
  if (multipleOf === undefined) return Math.max(0, hi - lo + 1);
  return Number.isInteger(multipleOf) ? Math.max(0, Math.floor(hi / multipleOf) - Math.ceil(lo / multipleOf) + 1) : undefined;
}

/**
 * For an item schema whose count is not stated: the distinct values a fixed-seed sample shows, when
 * that is fewer than `wanted` (a small domain, e.g. a pattern with two matches), else undefined.
 */
export function sampledDistinctCount(item: fc.Arbitrary<unknown>, wanted: number): number | undefined {
  const seen = new Set(fc.sample(item, { numRuns: Math.max(50, wanted * 20), seed: PROBE_SEED }).map(canonicalJson)).size;
  return seen < wanted ? seen : undefined;
}
