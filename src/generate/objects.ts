/**
 * Valid objects: required properties always, optional ones sometimes, readOnly ones never (a request
 * has no use for them, and under `additionalProperties: false` must not send them), extras where the
 * schema invites them, and the `x-` hints:
 * - `x-conformance-exclusive` (on the object): groups of properties that cannot be combined; a valid
 *   value uses properties from one group at most;
 * - `x-conformance-default-from` (on a property): when the property is left out, the server takes the
 *   named property's value instead, so that value must also be valid for this property; when it is
 *   not, the property is sent;
 * - `x-conformance-undeclared-required` (set by the loader): names the document requires but never
 *   defines, a defect of the document. They are not required (the converter dropped them), but a
 *   server built on the document may expect them, so valid values sometimes carry them, as strings.
 */
import fc from 'fast-check';
import { hasFlag, UNDECLARED_REQUIRED_KEY } from '../spec/index.js';
import { extraPropertiesArbitrary, valueWalk } from './extra-properties.js';
import { matches } from './matcher.js';
import { probedFilter } from './probe.js';
import { isObject, resolveRef, type Schema, type SchemaObject } from './normalize.js';
import type { Build } from './valid-value.js';
import { where, type Walk } from './walk.js';
import { GenerationError } from './errors.js';

type Obj = Record<string, unknown>;

/** The request-side view of an object schema's properties. */
export interface ObjectShape {
  properties: Record<string, Schema>;
  required: string[];
  optional: string[];
  groups: string[][];
  /** Names the document requires but never defines, offered as optional strings (see above). */
  undeclared: string[];
}

export function objectShape(schema: SchemaObject, walk: Walk): ObjectShape {
  const declared = (isObject(schema.properties) ? schema.properties : {}) as Record<string, Schema>;
  const properties: Record<string, Schema> = {};
  for (const [name, s] of Object.entries(declared)) if (!isReadOnly(s, walk)) properties[name] = s;
  const listed = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
  const required = listed.filter((name) => name in properties || !(name in declared));
  for (const name of required) if (!(name in properties)) properties[name] = undeclared(schema, name, walk);
  const marked = schema[UNDECLARED_REQUIRED_KEY];
  const offered = schema.additionalProperties === false || !Array.isArray(marked) ? []
    : marked.filter((n): n is string => typeof n === 'string' && !(n in declared) && !(n in properties));
  for (const name of offered) properties[name] = { type: 'string' };
  const optional = Object.keys(properties).filter((name) => !required.includes(name));
  const hint = schema['x-conformance-exclusive'];
  const groups = Array.isArray(hint) ? hint.filter(Array.isArray).map((g) => g.filter((k): k is string => typeof k === 'string')) : [];
  return { properties, required, optional, groups, undeclared: offered };
}

export function objectArbitrary(schema: SchemaObject, walk: Walk, build: Build): fc.Arbitrary<Obj> | undefined {
  const shape = objectShape(schema, walk);
  const choices = groupChoices(shape, walk);
  const variants = choices.map((excluded) => declaredArbitrary(schema, shape, excluded, walk, build));
  let declared = variants.length === 1 ? variants[0]! : fc.oneof(...variants);
  const counted = countLimits(schema, shape);
  const extras = extraPropertiesArbitrary(schema, walk, build, counted.extras);
  if (extras) declared = fc.tuple(declared, extras).map(([d, e]) => ({ ...d, ...e }));
  if (counted.exact) return declared;
  const filtered = probedFilter(declared, (o) => matches(schema, o, walk.dialect));
  if (!filtered) throw new GenerationError(`cannot generate a valid object at ${where(walk)}: minProperties/maxProperties cannot be met`);
  return filtered;
}

/** For each allowed use of the exclusive groups, the keys left out. */
function groupChoices(shape: ObjectShape, walk: Walk): Set<string>[] {
  if (shape.groups.length === 0) return [new Set()];
  const forced = shape.groups.filter((g) => g.some((k) => shape.required.includes(k)));
  if (forced.length > 1) throw new GenerationError(`cannot generate a valid object at ${where(walk)}: required properties in two exclusive groups`);
  const options = forced.length === 1 ? forced : [[], ...shape.groups];
  return options.map((chosen) => new Set(shape.groups.filter((g) => g !== chosen).flat().filter((k) => !chosen.includes(k))));
}

function declaredArbitrary(schema: SchemaObject, shape: ObjectShape, excluded: Set<string>, walk: Walk, build: Build): fc.Arbitrary<Obj> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const defaulted: [string, string, fc.Arbitrary<unknown>][] = [];
  for (const name of [...shape.required, ...shape.optional]) {
    if (excluded.has(name)) continue;
    const isRequired = shape.required.includes(name);
    if (!isRequired && walk.minimal) continue;
    const childWalk = valueWalk(schema, walk, name, name);
    const child = shape.properties[name]!;
    let arbitrary = build(child, childWalk);
    if (!arbitrary && isRequired) arbitrary = build(child, { ...childWalk, minimal: true });
    if (!arbitrary && isRequired) throw new GenerationError(`cannot generate a valid value at ${childWalk.pointer}`);
    if (!arbitrary) continue;
    const source = isObject(child) ? child['x-conformance-default-from'] : undefined;
    if (!isRequired && typeof source === 'string' && source in shape.properties) defaulted.push([name, source, arbitrary]);
    else model[name] = arbitrary;
  }
  const requiredKeys = shape.required.filter((k) => k in model);
  // Plain objects only: suites may call `hasOwnProperty` or spread them into others.
  const record = fc.record(model, { requiredKeys, noNullPrototype: true });
  if (defaulted.length === 0) return record;
  const extra = fc.tuple(...defaulted.map(([, , a]) => fc.tuple(fc.boolean(), a)));
  return fc.tuple(record, extra).map(([base, picks]) => {
    const out: Obj = { ...base };
    defaulted.forEach(([name, source], i) => {
      const [include, value] = picks[i]!;
      const fallbackFits = !(source in out) || matches(shape.properties[name]!, out[source], walk.dialect);
      if (include || !fallbackFits) out[name] = value;
    });
    return out;
  });
}

/** How many extras fit min/maxProperties; `exact: false` when only a final check can guarantee them. */
function countLimits(schema: SchemaObject, shape: ObjectShape): { extras: { minKeys: number; maxKeys: number }; exact: boolean } {
  const min = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  const max = typeof schema.maxProperties === 'number' ? schema.maxProperties : Infinity;
  const declared = shape.required.length + shape.optional.length;
  const minKeys = Math.max(0, min - declared);
  const maxKeys = Math.max(minKeys, max - declared);
  return { extras: { minKeys, maxKeys }, exact: min <= shape.required.length && max >= declared + maxKeys };
}

/** readOnly as the validators read it: on the property, its `$ref` target or an allOf member. */
function isReadOnly(schema: Schema, walk: Walk): boolean {
  return hasFlag(schema, 'readOnly', walk.dialect, (ref) => resolveRef(ref, walk.ctx));
}

/** A required property the schema does not declare: the additional/pattern schema, else anything. */
function undeclared(schema: SchemaObject, name: string, walk: Walk): Schema {
  if (isObject(schema.patternProperties)) {
    for (const [pattern, s] of Object.entries(schema.patternProperties)) if (new RegExp(pattern, 'u').test(name)) return s as Schema;
  }
  const ap = schema.additionalProperties;
  if (ap === false) throw new GenerationError(`cannot generate a valid object at ${where(walk)}: "${name}" is required but additionalProperties is false`);
  return isObject(ap) ? ap : true;
}
