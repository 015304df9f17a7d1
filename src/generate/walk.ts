/**
 * Where a generator is in the schema and in the value it builds: the pointer (for `ctx.unique`), the
 * property name (for realistic values), the refs expanded on the way (to bound recursion), and the
 * limits a parent imposes on its children (byte limits from `x-` hints, wire rules for parameters).
 */
import { toPointer } from '../spec/index.js';
import { dialectOf, type Dialect } from './normalize.js';
import type { GenerationContext } from './types.js';
import { GenerationError } from './errors.js';

export type Wire = 'path' | 'query' | 'header' | 'cookie';

export interface Walk {
  ctx: GenerationContext;
  dialect: Dialect;
  /** JSON pointer of the value being built, from the body's (or parameter's) root. */
  pointer: string;
  /** The property or parameter name, for realistic values. */
  name?: string;
  /** `$ref`s expanded on the way here (a residual ref may be expanded MAX_REF_DEPTH times). */
  refs: readonly string[];
  /** UTF-8 byte limit for this string (from `x-conformance-key-max-bytes` / `-value-max-bytes`). */
  maxBytes?: number;
  /** Set for parameter values: what the wire can carry. */
  wire?: Wire;
  /** Characters a string may not contain (the delimiter of an array parameter). */
  forbidChars?: string;
  /** Past the recursion bound, where a value is required: required properties only, shortest arrays. */
  minimal?: boolean;
  /**
   * Invalid-case candidates this subtree may still produce (see `descendWithin`); unset means no
   * limit. Shared by reference down one branch, so the walk's copies charge one count.
   */
  budget?: { left: number };
}

export const MAX_REF_DEPTH = 2;
/** How far past MAX_REF_DEPTH minimal mode may go before a schema is declared to have no finite value. */
const MINIMAL_EXTRA_DEPTH = 4;

/**
 * The walk inside a residual `$ref`, or undefined past the recursion bound (the caller then leaves
 * the value out). In minimal mode the bound is looser, and past it the schema has no finite value.
 */
export function enterRef(ref: string, walk: Walk): Walk | undefined {
  const depth = walk.refs.filter((r) => r === ref).length;
  if (depth >= MAX_REF_DEPTH && !walk.minimal) return undefined;
  if (depth >= MAX_REF_DEPTH + MINIMAL_EXTRA_DEPTH) {
    throw new GenerationError(`cannot generate a valid value at ${where(walk)}: ${ref} has no finite value (it requires itself)`);
  }
  return { ...walk, refs: [...walk.refs, ref] };
}

export function rootWalk(ctx: GenerationContext, extra: Partial<Walk> = {}): Walk {
  return { ctx, dialect: dialectOf(ctx), pointer: '', refs: [], ...extra };
}

/** The walk for a property (or item) `token` of the current value. Byte limits do not carry over. */
export function childWalk(walk: Walk, token: string | number, name?: string): Walk {
  const { maxBytes: _drop, ...rest } = walk;
  return { ...rest, pointer: walk.pointer + toPointer([token]), name: name ?? walk.name };
}

export function where(walk: Walk): string {
  return walk.pointer === '' ? '(root)' : walk.pointer;
}
