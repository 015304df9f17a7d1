/**
 * A discriminator selects the branch its tag names (OpenAPI 3.0.3 §4.7.25): the value is checked
 * against that branch alone, and a tag naming no branch is an error. Kept as oneOf, a value would
 * fail for also matching a branch its tag does not name, and pass with a tag nobody defines.
 *
 * Tag values: the explicit `mapping`, and each `$ref` branch's schema name unless the mapping
 * names that schema ("the discriminator value of dog will map to the schema Dog, rather than the
 * default (implicit) value of Dog"). An inline branch has no name, so no tag selects it: such a
 * oneOf/anyOf stays as written, with the mapped branches enforced beside it.
 */
import { unescapePointerToken } from './json-pointer.js';
import { isObject, reaches, type ResolveRef } from './reaches.js';

type SchemaObject = Record<string, unknown>;

export interface DiscriminatorContext {
  dialect: '3.0' | '3.1';
  resolveRef: ResolveRef;
  /** Where a `$ref` of the source document points in the converted schemas. */
  rewrite: (ref: string) => string;
}

export function applyDiscriminator(source: SchemaObject, out: SchemaObject, { dialect, resolveRef, rewrite }: DiscriminatorContext): void {
  const discriminator = source.discriminator;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') return;
  const key = Array.isArray(source.oneOf) ? 'oneOf' : Array.isArray(source.anyOf) ? 'anyOf' : undefined;
  const branches = key ? (source[key] as unknown[]) : [];
  const tags = tagTargets(discriminator.mapping, branches);
  const tag = discriminator.propertyName;
  // A target built on this very schema (Cat: allOf [Pet, …] under Pet's discriminator) would apply
  // the rule again inside itself, forever: ajv overflows its stack. Such a target is not enforced.
  const rules: SchemaObject[] = [...tags].filter(([, ref]) => !reaches(resolveRef(ref), dialect, resolveRef, (s) => s === source)).map(([value, ref]) => ({
    // `type: object`, or `properties`/`required` would hold for any non-object and apply every rule.
    if: { type: 'object', properties: { [tag]: { const: value } }, required: [tag] },
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable
    then: { $ref: rewrite(ref) },
  }));
  if (rules.length === 0) return;
  // Without oneOf/anyOf (a base schema that subschemas extend with allOf) the set of tags is open.
  const selectable = key !== undefined && branches.every((b) => isObject(b) && typeof b.$ref === 'string');
  if (selectable) {
    delete out[key];
    rules.unshift({ type: 'object', required: [tag], properties: { [tag]: { enum: [...tags.keys()] } } });
  }
  out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), ...rules];
}

/** Tag value → the `$ref` of the schema it selects. */
function tagTargets(mapping: unknown, branches: unknown[]): Map<string, string> {
  const tags = new Map<string, string>();
  const explicit = Object.entries(isObject(mapping) ? mapping : {}).filter((e): e is [string, string] => typeof e[1] === 'string');
  const targets = new Set(explicit.map(([, target]) => toRef(target)));
  for (const branch of branches) {
    if (!isObject(branch) || typeof branch.$ref !== 'string' || targets.has(branch.$ref)) continue;
    tags.set(unescapePointerToken(branch.$ref.split('/').pop()!), branch.$ref);
  }
  for (const [value, target] of explicit) tags.set(value, toRef(target));
  return tags;
}

/** A mapping value is a schema name or a reference. */
function toRef(target: string): string {
  return target.includes('/') ? target : `#/components/schemas/${target}`;
}
