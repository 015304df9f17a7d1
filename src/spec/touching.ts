/**
 * Which operations a place in the document concerns: those whose parameters, request body or
 * responses contain it, directly or through `$ref`s (a note on a shared component concerns every
 * operation that uses it), and for a security scheme, the operations it secures. Computed on the
 * bundled document, where every reference is still a `$ref`.
 */
import { escapePointerToken, getAtPointer, unescapePointerToken } from './json-pointer.js';
import type { Operation } from './types.js';

type Obj = Record<string, unknown>;

/** For each pointer (plain JSON pointer), the operationIds it concerns, in the operations' order. */
export function operationsTouching(bundled: Obj, operations: readonly Operation[], pointers: readonly string[]): Map<string, string[]> {
  const result = new Map<string, string[]>(pointers.map((p) => [p, []]));
  if (pointers.length === 0) return result;
  const refsOf = directRefs(bundled);
  for (const op of operations) {
    const itemPointer = `/paths/${escapePointerToken(op.path)}`;
    // A path item may itself be a reference (to a shared path item).
    const item = getAtPointer(bundled, itemPointer) as Obj | undefined;
    const base = typeof item?.$ref === 'string' && item.$ref.startsWith('#') ? plainPointer(item.$ref) : itemPointer;
    const roots = [`${base}/${op.method}`, `${base}/parameters`];
    const reached = new Set<string>();
    const queue = roots.flatMap((root) => refsOf(root));
    while (queue.length > 0) {
      const target = queue.pop()!;
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(...refsOf(target));
    }
    for (const pointer of result.keys()) {
      const within = (base: string) => pointer === base || pointer.startsWith(`${base}/`);
      // A note on the path item itself concerns its operations; one on the document root, none in particular.
      const onItem = pointer === itemPointer;
      const scheme = /^\/components\/securitySchemes\/([^/]+)/.exec(pointer);
      const secured = scheme !== null && op.security.some((requirement) => unescapePointerToken(scheme[1]!) in requirement);
      if (onItem || secured || roots.some(within) || [...reached].some(within)) result.get(pointer)!.push(op.operationId);
    }
  }
  return result;
}

/** The internal `$ref` targets written inside the node at a pointer, memoised per pointer. */
function directRefs(doc: Obj): (pointer: string) => string[] {
  const memo = new Map<string, string[]>();
  return (pointer) => {
    let refs = memo.get(pointer);
    if (refs) return refs;
    refs = [];
    const stack: unknown[] = [getAtPointer(doc, pointer)];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        stack.push(...node);
        continue;
      }
      const ref = (node as Obj).$ref;
      if (typeof ref === 'string' && ref.startsWith('#')) refs.push(plainPointer(ref));
      stack.push(...Object.values(node as Obj));
    }
    memo.set(pointer, refs);
    return refs;
  };
}

/** `#/components/schemas/A%20B` → `/components/schemas/A B` (a `$ref` is a URI fragment). */
function plainPointer(ref: string): string {
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}
