/**
 * What a place in a spec rests on: `basisAt(spec, pointer)` walks from the document's root to the
 * node at `pointer` (through the dereferenced document, so a pointer may pass through what was a
 * `$ref`, e.g. `#/paths/~1users~1me/get/responses/200/content/application~1json/schema/properties/name`)
 * and returns the basis of the nearest node on that path that declares one with
 * `x-conformance-basis`: the node itself, else its closest ancestor. `fact` when none does.
 *
 * A schema reached through a `$ref` is the same object wherever it is used, so its own basis counts
 * everywhere; the basis of the place that refers to it (an operation, a response, a wrapper
 * `{allOf: [{$ref}], x-conformance-basis}` on one property) counts only on paths through that place.
 * So `basisAt` on a `ValidationIssue.schemaPointer` (which names the shared schema) misses the bases
 * of the places it is used from; `basisOfValue(spec, media.schemaPointer, issue.pointer)` walks from
 * the schema a value was validated against down the value's own path (properties, items, allOf
 * members) and sees them all: use it for request and response checks.
 */
import { basisOf } from './annotations.js';
import { unescapePointerToken } from './json-pointer.js';
import type { Basis, LoadedSpec } from './types.js';

type Obj = Record<string, unknown>;

export function basisAt(spec: Pick<LoadedSpec, 'document'>, pointer: string): Basis {
  const fragment = pointer.startsWith('#');
  const path = fragment ? pointer.slice(1) : pointer;
  let node: unknown = spec.document;
  let basis: Basis = basisOf(node) ?? 'fact';
  if (path === '') return basis;
  for (const raw of path.split('/').slice(1)) {
    const token = unescapePointerToken(fragment ? safeDecode(raw) : raw);
    node = step(spec.document, node, token);
    if (node === undefined) break;
    basis = basisOf(node) ?? basis;
  }
  return basis;
}

/**
 * The basis of the part of a value at `valuePointer` (`/metadata/team`), validated against the schema
 * at `schemaPointer` (a request body's or response's `MediaTypeInfo.schemaPointer`): the nearest
 * non-fact basis among the nodes on the document path to that schema, the schemas the value's path
 * passes through (`properties`, `patternProperties`, `additionalProperties`, `items`, and every
 * `allOf` member on the way), and the schema of the part itself. `fact` when none declares one.
 * A part the schema does not describe keeps what was found above it.
 */
export function basisOfValue(spec: Pick<LoadedSpec, 'document'>, schemaPointer: string, valuePointer: string): Basis {
  let basis = basisAt(spec, schemaPointer);
  let level = [...expand(spec.document, atPointer(spec.document, schemaPointer))];
  basis = deepest(level, basis);
  for (const raw of valuePointer.split('/').slice(1)) {
    const token = unescapePointerToken(raw);
    const next: unknown[] = [];
    for (const schema of level) next.push(...expand(spec.document, childSchema(schema, token)));
    if (next.length === 0) break;
    level = next;
    basis = deepest(level, basis);
  }
  return basis;
}

/** The schema and everything it is made of through `$ref`s and `allOf` (the first basis wins within one level). */
function expand(root: Obj, schema: unknown, seen = new Set<unknown>()): unknown[] {
  let current = schema;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    current = current.$ref.startsWith('#') ? walk(root, current.$ref.slice(1)) : undefined;
  }
  if (!isObject(current) || seen.has(current)) return [];
  seen.add(current);
  const members = Array.isArray(current.allOf) ? current.allOf.flatMap((m) => expand(root, m, seen)) : [];
  return [current, ...members];
}

function childSchema(schema: unknown, token: string): unknown {
  if (!isObject(schema)) return undefined;
  if (/^\d+$/.test(token) && schema.items !== undefined) return Array.isArray(schema.items) ? schema.items[Number(token)] : schema.items;
  if (isObject(schema.properties) && token in schema.properties) return schema.properties[token];
  if (isObject(schema.patternProperties)) {
    for (const [pattern, sub] of Object.entries(schema.patternProperties)) {
      try {
        if (new RegExp(pattern, 'u').test(token)) return sub;
      } catch {
        // A pattern that does not compile matches nothing.
      }
    }
  }
  return isObject(schema.additionalProperties) ? schema.additionalProperties : undefined;
}

function deepest(level: unknown[], above: Basis): Basis {
  for (const schema of level) {
    const own = basisOf(schema);
    if (own) return own;
  }
  return above;
}

function atPointer(root: Obj, pointer: string): unknown {
  const fragment = pointer.startsWith('#');
  const path = fragment ? pointer.slice(1) : pointer;
  let node: unknown = root;
  for (const raw of path === '' ? [] : path.split('/').slice(1)) {
    node = step(root, node, unescapePointerToken(fragment ? safeDecode(raw) : raw));
    if (node === undefined) return undefined;
  }
  return node;
}

/** One step down; a residual `$ref` (a cycle the loader left in place) is followed first. */
function step(root: Obj, node: unknown, token: string): unknown {
  let current = node;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === 'string' && !(token in current); hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#')) return undefined;
    current = walk(root, ref.slice(1));
  }
  if (current === null || typeof current !== 'object') return undefined;
  return (current as Obj)[token];
}

function walk(root: Obj, path: string): unknown {
  let node: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Obj)[unescapePointerToken(safeDecode(raw))];
  }
  return node;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
