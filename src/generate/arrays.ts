/**
 * Valid arrays: items (or 3.1 prefixItems), minItems/maxItems, uniqueItems (compared as ajv compares:
 * deep equality, key order ignored). A parameter's array is never empty: `filterBy=` on the wire would
 * read as one empty item, not as no items.
 */
import fc from 'fast-check';
import { knownDistinctCount, sampledDistinctCount, TooFewDistinctItemsError } from './distinct.js';
import { canonicalJson } from './merge-all-of.js';
import { isObject, type Schema, type SchemaObject } from './normalize.js';
import type { Build } from './valid-value.js';
import { childWalk, where, type Walk } from './walk.js';
import { GenerationError } from './errors.js';

export function arrayArbitrary(schema: SchemaObject, walk: Walk, build: Build): fc.Arbitrary<unknown[]> | undefined {
  const prefix = (Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : []) as Schema[];
  const restSchema = (Array.isArray(schema.items) ? schema.additionalItems : schema.items) as Schema | undefined;
  let minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
  if (walk.wire && walk.pointer === '') minItems = Math.max(1, minItems);
  const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  if (minItems > maxItems) throw new GenerationError(`cannot generate a valid array at ${where(walk)}: minItems > maxItems`);

  const heads = prefix.slice(0, Number.isFinite(maxItems) ? maxItems : undefined)
    .map((s, i) => buildRequired(s, childWalk(walk, i), build));
  const restMin = Math.max(0, minItems - heads.length);
  const restMax = Math.max(0, maxItems - heads.length);
  if (restSchema === false && restMin > 0) throw new GenerationError(`cannot generate a valid array at ${where(walk)}: minItems needs more items than the tuple allows`);
  let item = restSchema === false || restMax === 0 ? undefined : build(restSchema ?? true, childWalk(walk, '-'));
  if (!item && restMin > 0) item = buildRequired(restSchema ?? true, childWalk(walk, '-'), build);
  // Arrays of a recursive schema stay short, or a tree three levels deep has a thousand nodes.
  const recursive = walk.refs.length > 0 || (isObject(restSchema) && typeof restSchema.$ref === 'string');
  const unique = schema.uniqueItems === true ? { distinct: knownDistinctCount(restSchema ?? true, walk.dialect) } : undefined;
  const rest = item ? restArbitrary(item, restMin, walk.minimal ? restMin : restMax, unique, walk, recursive) : fc.constant<unknown[]>([]);
  return heads.length === 0 ? rest : fc.tuple(fc.tuple(...heads), rest).map(([h, r]) => [...h, ...r]);
}

function restArbitrary(item: fc.Arbitrary<unknown>, minLength: number, maxLength: number, unique: { distinct?: number } | undefined, walk: Walk, recursive: boolean): fc.Arbitrary<unknown[]> {
  if (unique) {
    // The longest array asked for: the full-length variant below, else minLength.
    const wanted = Number.isFinite(maxLength) && maxLength <= 20 ? maxLength : minLength;
    const distinct = unique.distinct ?? (wanted > 0 ? sampledDistinctCount(item, wanted) : undefined);
    if (distinct !== undefined && minLength > distinct) {
      throw new TooFewDistinctItemsError(`cannot generate a valid array at ${where(walk)}: uniqueItems needs ${minLength} distinct items, the item schema has fewer`);
    }
    if (distinct !== undefined) maxLength = Math.min(maxLength, distinct);
  }
  const finite = Number.isFinite(maxLength);
  const lengths = { minLength, ...(finite ? { maxLength } : {}), ...(recursive ? { size: 'xsmall' as const } : {}) };
  const make = (c: { minLength: number; maxLength?: number; size?: fc.SizeForArbitrary }) =>
    unique ? fc.uniqueArray(item, { ...c, selector: canonicalJson }) : fc.array(item, c);
  if (!finite || maxLength <= minLength || maxLength > 20) return make(lengths);
  return fc.oneof({ withCrossShrink: true }, { weight: 6, arbitrary: make(lengths) }, { weight: 1, arbitrary: make({ minLength: maxLength, maxLength }) });
}

function buildRequired(schema: Schema, walk: Walk, build: Build): fc.Arbitrary<unknown> {
  const arbitrary = build(schema, walk) ?? build(schema, { ...walk, minimal: true });
  if (!arbitrary) throw new GenerationError(`cannot generate a valid value at ${where(walk)}`);
  return arbitrary;
}
