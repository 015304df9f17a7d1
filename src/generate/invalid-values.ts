/**
 * Labelled invalid values of a schema: each case breaks one rule at one place and leaves the rest of
 * the value valid, so a server's rejection can only be about that rule. Only kinds the schema really
 * forbids are produced. Every case is checked on a fixed-seed sample against the whole schema (ajv,
 * the same rules as the spec's validator): only its labelled keywords may fail, and only at or under
 * its pointer; a case that cannot be isolated is dropped rather than mislabelled.
 *
 * oneOf/anyOf nodes are not descended into (which branch a broken value would be judged against is
 * ambiguous); they get only a value of a JSON type no branch allows (and null where none allows it),
 * which fails every branch the same way. A residual `$ref` is expanded once.
 */
import { getAtPointer, type JsonSchema } from '../spec/index.js';
import { failsAsLabelled, type Candidate } from './invalid-kinds.js';
import { arrayViolations, charge, objectViolations } from './invalid-structures.js';
import { scalarViolations, typeViolations } from './invalid-scalars.js';
import { failures } from './matcher.js';
import { mergeAllOf, UnsatisfiableSchemaError } from './merge-all-of.js';
import { declaredTypes, isObject, normalize, resolveRef, type JsonType, type Schema, type SchemaObject } from './normalize.js';
import { probedFilter } from './probe.js';
import { spreadOrder } from './spread.js';
import type { GenerationContext, InvalidCase } from './types.js';
import { rootWalk, type Walk } from './walk.js';

/** Invalid values of a schema, each family labelled with what makes it invalid. */
export function invalidValues(schema: JsonSchema, ctx: GenerationContext): InvalidCase<unknown>[] {
  return invalidValuesWithin(schema, ctx, Infinity).cases;
}

/**
 * At most `limit` cases, spread over the schema's places and kinds of defect (see spread.ts and
 * `descendWithin`), and whether the limit left cases out (how many is not known: they were not built).
 */
export function invalidValuesWithin(schema: JsonSchema, ctx: GenerationContext, limit: number): { cases: InvalidCase<unknown>[]; capped: boolean } {
  const root = normalize(schema, rootWalk(ctx).dialect);
  // Twice the limit in candidates: the probe below drops those it cannot isolate.
  const budget = Number.isFinite(limit) ? { left: 2 * limit } : undefined;
  const all = candidates(root, rootWalk(ctx, budget ? { budget } : {}));
  const ordered = all.length > limit ? spreadOrder(all) : all;
  const { cases, tried } = probed(root, rootWalk(ctx), ordered, limit);
  return { cases, capped: ordered.length > tried || (budget !== undefined && budget.left <= 0) };
}

/** The same, from a normalised schema and a walk (parameters use it with their wire rules). */
export function invalidValuesAt(root: Schema, walk: Walk): InvalidCase<unknown>[] {
  return probed(root, walk, candidates(root, walk), Infinity).cases;
}

/** The candidates that isolate their defect, in order, until `limit` of them; and how many were tried. */
function probed(root: Schema, walk: Walk, ordered: readonly Candidate[], limit: number): { cases: InvalidCase<unknown>[]; tried: number } {
  const cases: InvalidCase<unknown>[] = [];
  let tried = 0;
  for (const candidate of ordered) {
    if (cases.length >= limit) break;
    tried++;
    const arbitrary = probedFilter(candidate.arbitrary, isolatedAt(root, candidate, walk));
    if (arbitrary) cases.push({ kind: candidate.kind, pointer: candidate.pointer, description: candidate.description, arbitrary });
  }
  return { cases, tried };
}

/** Fails the whole schema only for the labelled reason, under the labelled pointer (or breaks its hint). */
function isolatedAt(root: Schema, candidate: Candidate, walk: Walk): (value: unknown) => boolean {
  const relative = candidate.pointer.slice(walk.pointer.length);
  const under = (p: string) => relative === '' || p === relative || p.startsWith(`${relative}/`);
  return (value) => {
    const fails = failures(root, value, walk.dialect);
    if (candidate.breaksHint) return fails.length === 0 && candidate.breaksHint(getAtPointer(value, relative));
    return fails.every((f) => under(f.pointer)) && failsAsLabelled(candidate.kind, fails.map((f) => f.keyword));
  };
}

function candidates(node: Schema, walk: Walk): Candidate[] {
  if (typeof node === 'boolean' || (walk.budget && walk.budget.left <= 0)) return [];
  if (typeof node.$ref === 'string') {
    if (walk.refs.includes(node.$ref)) return [];
    return candidates(resolveRef(node.$ref, walk.ctx), { ...walk, refs: [...walk.refs, node.$ref] });
  }
  let view: SchemaObject = node;
  if (Array.isArray(node.allOf)) {
    try {
      view = mergeAllOf(node, (s) => (isObject(s) && typeof s.$ref === 'string' ? resolveRef(s.$ref, walk.ctx) : s)).schema;
    } catch (error) {
      if (error instanceof UnsatisfiableSchemaError) return [];
      throw error;
    }
  }
  if (Array.isArray(view.oneOf) || Array.isArray(view.anyOf)) {
    const types = combinatorTypes(view, walk);
    return types ? typeViolations(node, types, walk) : [];
  }
  const out = scalarViolations(node, view, walk);
  charge(walk, out.length);
  if ('const' in view || Array.isArray(view.enum)) return out;
  const types = declaredTypes(view);
  const can = (t: string, keys: string[]) => (types ? types.includes(t as never) : keys.some((k) => k in view));
  if (can('object', ['properties', 'required', 'additionalProperties', 'maxProperties', 'minProperties'])) out.push(...objectViolations(view, walk, candidates));
  if (can('array', ['items', 'minItems', 'maxItems', 'uniqueItems'])) out.push(...arrayViolations(view, walk, candidates));
  return out;
}

/**
 * The JSON types a oneOf/anyOf node allows: its own `type` and the union of its branches' types, or
 * undefined when a branch declares none (it may take any type, so no type is wrong for sure).
 */
function combinatorTypes(view: SchemaObject, walk: Walk): JsonType[] | undefined {
  let allowed = declaredTypes(view);
  for (const branches of [view.oneOf, view.anyOf]) {
    if (!Array.isArray(branches)) continue;
    const union = new Set<JsonType>();
    let open = false;
    for (const branch of branches as Schema[]) {
      const resolved = isObject(branch) && typeof branch.$ref === 'string' ? resolveRef(branch.$ref, walk.ctx) : branch;
      if (resolved === false) continue;
      const types = isObject(resolved) ? declaredTypes(resolved) : undefined;
      if (!types) open = true;
      for (const t of types ?? []) union.add(t);
    }
    if (!open) allowed = (allowed ?? [...union]).filter((t) => union.has(t));
  }
  return allowed && allowed.length > 0 ? allowed : undefined;
}
