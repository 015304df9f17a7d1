/**
 * What a place in a spec rests on: `basisAt(spec, pointer)` walks from the document's root to the
 * node at `pointer` (through the dereferenced document, so a pointer may pass through what was a
 * `$ref`, e.g. `#/paths/~1users~1me/get/responses/200/content/application~1json/schema/properties/name`)
 * and returns the basis of the nearest node on that path that declares one with
 * `x-conformance-basis`: the node itself, else its closest ancestor. `fact` when none does.
 *
 * A schema reached through a `$ref` is the same object wherever it is used, so its own basis counts
 * everywhere; the basis of the place that refers to it (an operation, a response) counts only on
 * paths through that place: a check that validated a response should ask about the response too
 * (`ResponseInfo.basis`) as well as about the failing schema (`ValidationIssue.schemaPointer`).
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
