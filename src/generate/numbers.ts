/**
 * Valid integers and numbers: minimum/maximum, numeric exclusive bounds (3.0 booleans were turned into
 * numbers by normalize), multipleOf, and the int32/int64 ranges ajv-formats checks. Integers stay
 * within ±(2^53 − 1), the range a JSON number carries exactly.
 */
import fc from 'fast-check';
import { NUMERIC_FORMAT_RANGES } from './formats.js';
import { matches } from './matcher.js';
import type { SchemaObject } from './normalize.js';
import { probedFilter } from './probe.js';
import { where, type Walk } from './walk.js';
import { GenerationError } from './errors.js';

export interface NumericBounds {
  /** Inclusive bounds for integers. */
  lo: number;
  hi: number;
  /** For non-integer numbers: the raw bounds and whether they are exclusive. */
  min?: number;
  max?: number;
  minExcluded: boolean;
  maxExcluded: boolean;
  multipleOf?: number;
}

export function numericBounds(schema: SchemaObject): NumericBounds {
  const range = typeof schema.format === 'string' ? NUMERIC_FORMAT_RANGES[schema.format] : undefined;
  let min: number | undefined = range?.[0];
  let max: number | undefined = range?.[1];
  let minExcluded = false;
  let maxExcluded = false;
  const raise = (v: unknown, excluded: boolean) => {
    if (typeof v !== 'number') return;
    if (min === undefined || v > min || (v === min && excluded)) [min, minExcluded] = [v, excluded];
  };
  const lower = (v: unknown, excluded: boolean) => {
    if (typeof v !== 'number') return;
    if (max === undefined || v < max || (v === max && excluded)) [max, maxExcluded] = [v, excluded];
  };
  raise(schema.minimum, false);
  raise(schema.exclusiveMinimum, true);
  lower(schema.maximum, false);
  lower(schema.exclusiveMaximum, true);
  const lo = min === undefined ? Number.MIN_SAFE_INTEGER : minExcluded ? Math.floor(min) + 1 : Math.ceil(min);
  const hi = max === undefined ? Number.MAX_SAFE_INTEGER : maxExcluded ? Math.ceil(max) - 1 : Math.floor(max);
  const multipleOf = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  return {
    lo: Math.max(lo, Number.MIN_SAFE_INTEGER), hi: Math.min(hi, Number.MAX_SAFE_INTEGER),
    min, max, minExcluded, maxExcluded, multipleOf,
  };
}

export function integerArbitrary(schema: SchemaObject, walk: Walk): fc.Arbitrary<number> {
  const b = numericBounds(schema);
  const arbitrary = b.multipleOf ? multiples(b, walk) : fc.integer({ min: b.lo, max: b.hi });
  if (b.lo > b.hi) throw new GenerationError(`cannot generate a valid integer at ${where(walk)}: no integer between the bounds`);
  return b.multipleOf && !Number.isInteger(b.multipleOf) ? checked(arbitrary, schema, walk) : arbitrary;
}

export function numberArbitrary(schema: SchemaObject, walk: Walk): fc.Arbitrary<number> {
  const b = numericBounds(schema);
  if (b.multipleOf) return checked(multiples(b, walk), schema, walk);
  const doubles = fc.double({
    noNaN: true, noDefaultInfinity: true, minExcluded: b.minExcluded, maxExcluded: b.maxExcluded,
    ...(b.min !== undefined ? { min: b.min } : {}), ...(b.max !== undefined ? { max: b.max } : {}),
  }).map((n) => (Object.is(n, -0) ? 0 : n));
  return b.lo <= b.hi ? fc.oneof(doubles, fc.integer({ min: b.lo, max: b.hi })) : doubles;
}

/** k·m for integers m that keep k·m within the bounds. */
function multiples(b: NumericBounds, walk: Walk): fc.Arbitrary<number> {
  const k = b.multipleOf!;
  const low = b.min === undefined ? Number.MIN_SAFE_INTEGER : b.min;
  const high = b.max === undefined ? Number.MAX_SAFE_INTEGER : b.max;
  let mLo = Math.ceil(Math.max(low, Number.MIN_SAFE_INTEGER) / k);
  let mHi = Math.floor(Math.min(high, Number.MAX_SAFE_INTEGER) / k);
  if (b.minExcluded && mLo * k <= low) mLo++;
  if (b.maxExcluded && mHi * k >= high) mHi--;
  mLo = Math.max(mLo, Math.ceil(Number.MIN_SAFE_INTEGER / Math.max(k, 1)));
  mHi = Math.min(mHi, Math.floor(Number.MAX_SAFE_INTEGER / Math.max(k, 1)));
  if (mLo > mHi) throw new GenerationError(`cannot generate a valid number at ${where(walk)}: no multiple of ${k} between the bounds`);
  return fc.integer({ min: mLo, max: mHi }).map((m) => m * k);
}

/** Fractional multipleOf: k·m may miss by a rounding error; keep the values the validator accepts. */
function checked(arbitrary: fc.Arbitrary<number>, schema: SchemaObject, walk: Walk): fc.Arbitrary<number> {
  const filtered = probedFilter(arbitrary, (n) => matches(schema, n, walk.dialect));
  if (!filtered) throw new GenerationError(`cannot generate a valid number at ${where(walk)}: multipleOf ${String(schema.multipleOf)} with these bounds`);
  return filtered;
}
