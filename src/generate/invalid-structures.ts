/**
 * Invalid objects and arrays, one defect each: a missing required property (never one the document
 * requires without defining it: the loader does not count those as required), a forbidden extra
 * property, too many/few properties or items, duplicate items, properties from two exclusive groups,
 * over-long keys; and every child's invalid values placed in an otherwise valid parent. Counts are
 * broken by generating from the schema with the bound moved (maxItems → minItems = max + 1), so the
 * rest of the value stays valid.
 */
import fc from 'fast-check';
import { TooFewDistinctItemsError } from './distinct.js';
import { extraKeyArbitrary, keyMaxBytes, valueWalk } from './extra-properties.js';
import { label, type Candidate } from './invalid-kinds.js';
import { isObject, type Schema, type SchemaObject } from './normalize.js';
import { objectShape } from './objects.js';
import { utf8Length } from './text.js';
import { buildValid } from './valid-value.js';
import { childWalk, type Walk } from './walk.js';

type Obj = Record<string, unknown>;
export type Descend = (schema: Schema, walk: Walk) => Candidate[];

/** Property names a server might be tricked into accepting (mass assignment) or that nobody declared. */
const UNEXPECTED = ['unexpected_field', 'isAdmin', 'is_admin', 'role', 'id', 'createdAt'];

export function objectViolations(view: SchemaObject, walk: Walk, descend: Descend): Candidate[] {
  const out: Candidate[] = [];
  const at = label(walk.pointer);
  // A nullable object's valid values include null, which has no properties to break.
  const valid = (changes: Obj = {}) => (buildValid(withChanges(view, changes), walk) as fc.Arbitrary<unknown>).filter((o): o is Obj => isObject(o));
  const shape = objectShape(view, walk);
  const extrasAllowed = view.additionalProperties === true || isObject(view.additionalProperties);

  for (const name of shape.required) {
    out.push({ kind: 'missing-required', pointer: `${walk.pointer}/${escapeToken(name)}`, description: `${at}: required property "${name}" missing`,
      arbitrary: valid().map((o) => omit(o, name)) });
  }
  if (view.additionalProperties === false) {
    const names = UNEXPECTED.filter((n) => !(n in shape.properties) && !(isObject(view.properties) && n in view.properties));
    if (names.length > 0) {
      out.push({ kind: 'additional-property', pointer: walk.pointer, description: `${at}: a property the schema does not declare (additionalProperties: false)`,
        arbitrary: fc.tuple(valid(), fc.constantFrom(...names), fc.oneof(fc.constant('x'), fc.boolean(), fc.integer({ min: 0, max: 9 })))
          .map(([o, k, v]) => ({ ...o, [k]: v })) });
    }
  }
  const max = typeof view.maxProperties === 'number' ? view.maxProperties : undefined;
  const min = typeof view.minProperties === 'number' ? view.minProperties : undefined;
  if (max !== undefined && extrasAllowed) {
    out.push({ kind: 'max-properties', pointer: walk.pointer, description: `${at}: more than maxProperties (${max}) properties`,
      arbitrary: valid({ maxProperties: undefined, minProperties: max + 1 }) });
  }
  if (min !== undefined && min > 0 && shape.required.length <= min - 1) {
    out.push({ kind: 'min-properties', pointer: walk.pointer, description: `${at}: fewer than minProperties (${min}) properties`,
      arbitrary: valid({ minProperties: undefined, maxProperties: min - 1 }) });
  }
  if (shape.groups.length >= 2) out.push(exclusiveCase(view, shape.groups, shape.properties, walk, valid));
  const keyLimit = keyMaxBytes(view);
  if (keyLimit !== undefined && extrasAllowed && max !== 0) {
    const keys = [['k', 1], ['é', 2], ['中', 3]].map(([c, n]) => (c as string).repeat(Math.floor(keyLimit / (n as number)) + 1));
    const value = buildValid(view.additionalProperties as Schema, valueWalk(view, walk, '~value'));
    out.push({ kind: 'max-bytes', pointer: walk.pointer, description: `${at}: a property name over ${keyLimit} bytes in UTF-8 (x-conformance-key-max-bytes)`,
      arbitrary: fc.tuple(valid(max !== undefined ? { maxProperties: max - 1 } : {}), fc.constantFrom(...keys), value).map(([o, k, v]) => ({ ...o, [k]: v })),
      breaksHint: (o) => isObject(o) && Object.keys(o).some((k) => utf8Length(k) > keyLimit) });
  }
  charge(walk, out.length);
  // A name the document requires but never defines has no rule to break.
  const children = Object.entries(shape.properties).filter(([name]) => !shape.undeclared.includes(name));
  const valuesToo = isObject(view.additionalProperties) && max !== 0;
  children.forEach(([name, schema], i) => {
    const found = descendWithin(descend, schema, walk, valueWalk(view, walk, name, name), children.length - i + (valuesToo ? 1 : 0));
    if (found.length === 0) return;
    const parent = valid({ required: [...new Set([...shape.required, name])] });
    for (const child of found) out.push({ ...child, arbitrary: fc.tuple(parent, child.arbitrary).map(([o, v]) => ({ ...o, [name]: v })) });
  });
  if (valuesToo) {
    // Extra values: reported at the object (their keys vary), so the ajv pointer falls under it.
    const parent = valid(max !== undefined ? { maxProperties: max - 1 } : {});
    const key = extraKeyArbitrary(view, walk);
    for (const child of descendWithin(descend, view.additionalProperties as Schema, walk, { ...valueWalk(view, walk, '~value'), pointer: walk.pointer }, 1)) {
      const hint = child.breaksHint;
      out.push({ ...child, description: child.description.replace(`${at}:`, `${at}: a property value`),
        arbitrary: fc.tuple(parent, key, child.arbitrary).map(([o, k, v]) => ({ ...o, [k]: v })),
        ...(hint ? { breaksHint: (o: unknown) => isObject(o) && Object.values(o).some(hint) } : {}) });
    }
  }
  return out;
}

function exclusiveCase(view: SchemaObject, groups: string[][], properties: Record<string, Schema>, walk: Walk, valid: (c?: Obj) => fc.Arbitrary<Obj>): Candidate {
  const names = [...new Set(groups.flat())].filter((n) => n in properties);
  const values = fc.record(Object.fromEntries(names.map((n) => [n, buildValid(properties[n]!, valueWalk(view, walk, n, n))])));
  const pairs = groups.flatMap((g, i) => groups.slice(i + 1).flatMap((h) => g.flatMap((a) => h.map((b) => [a, b] as const))))
    .filter(([a, b]) => names.includes(a) && names.includes(b));
  const used = (o: unknown) => groups.filter((g) => isObject(o) && g.some((k) => k in o)).length;
  return {
    kind: 'exclusive-properties', pointer: walk.pointer,
    description: `${label(walk.pointer)}: ${groups.map((g) => g.join('/')).join(' combined with ')} (x-conformance-exclusive)`,
    arbitrary: fc.tuple(valid({ 'x-conformance-exclusive': undefined }), fc.constantFrom(...pairs), values)
      .map(([o, [a, b], v]) => ({ ...o, [a]: v[a], [b]: v[b] })),
    breaksHint: (o) => used(o) >= 2,
  };
}

export function arrayViolations(view: SchemaObject, walk: Walk, descend: Descend): Candidate[] {
  const out: Candidate[] = [];
  const at = label(walk.pointer);
  // A nullable array's valid values include null, which has no items to break.
  const valid = (changes: Obj) => (buildValid(withChanges(view, changes), walk) as fc.Arbitrary<unknown>).filter((a): a is unknown[] => Array.isArray(a));
  const min = typeof view.minItems === 'number' ? view.minItems : 0;
  const max = typeof view.maxItems === 'number' ? view.maxItems : Infinity;
  if (min > 0) out.push({ kind: 'min-items', pointer: walk.pointer, description: `${at}: fewer than minItems (${min}) items`, arbitrary: valid({ minItems: 0, maxItems: min - 1 }) });
  if (Number.isFinite(max)) {
    const tooMany = longerThanMax(() => valid({ minItems: max + 1, maxItems: max + 3 }));
    if (tooMany) out.push({ kind: 'max-items', pointer: walk.pointer, description: `${at}: more than maxItems (${max}) items`, arbitrary: tooMany });
  }
  if (view.uniqueItems === true && max >= 2) {
    out.push({ kind: 'unique-items', pointer: walk.pointer, description: `${at}: duplicate items (uniqueItems)`,
      arbitrary: valid({ minItems: Math.max(1, min - 1), maxItems: Math.min(max - 1, Math.max(1, min - 1) + 4) }).map((a) => [...a, a[0]]) });
  }
  charge(walk, out.length);
  if (max >= 1 && !Array.isArray(view.items) && view.items !== undefined && !Array.isArray(view.prefixItems)) {
    const found = descendWithin(descend, view.items as Schema, walk, childWalk(walk, 0), 1);
    const rest = found.length > 0 ? valid({ minItems: Math.max(0, min - 1), maxItems: Number.isFinite(max) ? max - 1 : Math.max(0, min - 1) + 3 }) : undefined;
    for (const child of found) out.push({ ...child, arbitrary: fc.tuple(rest!, child.arbitrary).map(([a, v]) => [v, ...a]) });
  }
  return out;
}

/** Candidates every later sibling is guaranteed, whatever an earlier one's subtree would take. */
const SIBLING_RESERVE = 4;

/**
 * Descends into one child of a walk that has a candidate budget: the child may take what is left
 * except a small reserve for each of its `siblingsLeft - 1` later siblings (so a schema whose total
 * fits the budget loses nothing, and one huge property cannot starve the rest). Charges what it took.
 */
function descendWithin(descend: Descend, schema: Schema, walk: Walk, child: Walk, siblingsLeft: number): Candidate[] {
  if (!walk.budget) return descend(schema, child);
  const left = walk.budget.left;
  if (left <= 0) return [];
  const reserve = Math.min(SIBLING_RESERVE, Math.floor(left / siblingsLeft)) * (siblingsLeft - 1);
  const found = descend(schema, { ...child, budget: { left: Math.max(1, left - reserve) } });
  charge(walk, found.length);
  return found;
}

/** Charges candidates produced at this walk's own node against its budget, if it has one. */
export function charge(walk: Walk, count: number): void {
  if (walk.budget) walk.budget.left -= count;
}

/**
 * Arrays over maxItems, or undefined when uniqueItems leaves too few distinct items for one: a longer
 * array would repeat an item and break uniqueItems as well, so no case can be labelled max-items alone.
 */
function longerThanMax(build: () => fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> | undefined {
  try {
    return build();
  } catch (error) {
    if (error instanceof TooFewDistinctItemsError) return undefined;
    throw error;
  }
}

function withChanges(view: SchemaObject, changes: Obj): SchemaObject {
  const out: SchemaObject = { ...view, ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete out[k];
  return out;
}

function omit(o: Obj, name: string): Obj {
  const { [name]: _removed, ...rest } = o;
  return rest;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
