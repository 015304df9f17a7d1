/**
 * oneOf / anyOf: each branch merged with the keywords beside it (`{properties…, oneOf: [A, B]}` means
 * base∧A or base∧B), then generated on its own. For oneOf, a value must match exactly one branch, so
 * each branch's values are filtered against the other branches; a branch that (almost) never stands
 * alone is dropped. A discriminator fixes the tag property of each branch to its mapping value.
 */
import fc from 'fast-check';
import { getAtPointer } from '../spec/index.js';
import { matches } from './matcher.js';
import { canonicalJson, mergeAllOf } from './merge-all-of.js';
import { isObject, normalize, resolveRef, type Schema, type SchemaObject } from './normalize.js';
import { probedFilter } from './probe.js';
import type { Build } from './valid-value.js';
import { enterRef, where, type Walk } from './walk.js';
import { GenerationError } from './errors.js';

export function combinatorArbitrary(schema: SchemaObject, walk: Walk, build: Build): fc.Arbitrary<unknown> | undefined {
  const exclusive = Array.isArray(schema.oneOf);
  const { oneOf, anyOf, discriminator, ...base } = schema;
  const raw = (exclusive ? oneOf : anyOf) as Schema[];
  const branches = raw.map((b) => resolveBranch(b, walk));
  // Both present: generate from oneOf, and keep anyOf as a constraint of every branch.
  const extra = exclusive && Array.isArray(anyOf) ? { anyOf } : {};
  const tags = discriminatorTags(discriminator, branches, walk);
  const variants: fc.Arbitrary<unknown>[] = [];
  let recursive = false;
  branches.forEach((branch, i) => {
    if (branch === false) return;
    const ref = isObject(raw[i]) ? (raw[i] as SchemaObject).$ref : undefined;
    const branchWalk = typeof ref === 'string' ? enterRef(ref, walk) : walk;
    if (!branchWalk) {
      recursive = true;
      return;
    }
    const tag = tags[i];
    const tagSchema = tag ? { properties: { [tag.property]: { const: tag.value } }, required: [tag.property] } : {};
    const merged = mergeAllOf({ ...base, ...extra, allOf: [branch, tagSchema] }, (s) => resolveBranch(s, walk));
    let arbitrary = build(merged.schema, branchWalk);
    if (!arbitrary) {
      recursive = true;
      return;
    }
    const others = branches.filter((_, j) => j !== i);
    const own = merged.exact && !('anyOf' in extra) ? undefined : { ...base, ...extra, allOf: [branch] };
    const check = (v: unknown) => (!own || matches(own, v, walk.dialect)) && (!exclusive || !others.some((o) => matches(o, v, walk.dialect)));
    if (own || exclusive) arbitrary = probedFilter(arbitrary, check);
    if (arbitrary) variants.push(arbitrary);
  });
  if (variants.length === 0) {
    if (recursive) return undefined;
    throw new GenerationError(`cannot generate a valid value at ${where(walk)}: no ${exclusive ? 'oneOf' : 'anyOf'} branch can be generated on its own`);
  }
  return variants.length === 1 ? variants[0] : fc.oneof(...variants);
}

function resolveBranch(branch: Schema, walk: Walk): Schema {
  return isObject(branch) && typeof branch.$ref === 'string' ? resolveRef(branch.$ref, walk.ctx) : branch;
}

/**
 * The tag value of each branch (explicit mapping first, then the component name). Branches were refs,
 * now resolved, so a branch is recognised by its content.
 */
function discriminatorTags(discriminator: unknown, branches: Schema[], walk: Walk): ({ property: string; value: string } | undefined)[] {
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') return branches.map(() => undefined);
  const property = discriminator.propertyName;
  const components = (getAtPointer(walk.ctx.spec.document, '#/components/schemas') ?? {}) as Record<string, unknown>;
  const candidates: [string, Schema][] = Object.entries(components).map(([name, s]) => [name, normalize(s, walk.dialect)]);
  if (isObject(discriminator.mapping)) {
    for (const [value, target] of Object.entries(discriminator.mapping)) {
      if (typeof target !== 'string') continue;
      const ref = target.includes('/') ? target : `#/components/schemas/${target}`;
      candidates.unshift([value, normalize(getAtPointer(walk.ctx.spec.document, ref), walk.dialect)]);
    }
  }
  // The loader's document and the operation's schema are resolved separately: compare by content.
  const keyed = candidates.map(([value, s]) => [value, canonicalJson(s)] as const);
  return branches.map((branch) => {
    const text = canonicalJson(branch);
    const found = keyed.find(([, s]) => s === text);
    return found ? { property, value: found[0] } : undefined;
  });
}
