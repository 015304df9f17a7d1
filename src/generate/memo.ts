/**
 * Memo of built arbitraries per spec, context content, schema object and walk: invalid cases rebuild
 * valid parents around each broken child, suites make contexts afresh per call, and every string
 * candidate is probed on construction, so building each node once matters.
 */
import type fc from 'fast-check';
import type { Schema } from './normalize.js';
import type { GenerationContext } from './types.js';
import type { Walk } from './walk.js';

type Built = fc.Arbitrary<unknown> | undefined;
const memo = new WeakMap<object, Map<string, WeakMap<object, Map<string, Built>>>>();
const counterIds = new WeakMap<object, number>();
let nextCounterId = 1;

export function memoized(schema: Schema, walk: Walk, build: (schema: Schema, walk: Walk) => Built): Built {
  if (typeof schema === 'boolean') return build(schema, walk);
  let byContext = memo.get(walk.ctx.spec);
  if (!byContext) memo.set(walk.ctx.spec, (byContext = new Map()));
  const ctxKey = contextKey(walk.ctx);
  let bySchema = byContext.get(ctxKey);
  if (!bySchema) byContext.set(ctxKey, (bySchema = new WeakMap()));
  let byWalk = bySchema.get(schema);
  if (!byWalk) bySchema.set(schema, (byWalk = new Map()));
  const key = [walk.pointer, walk.name, walk.wire, walk.maxBytes, walk.forbidChars, walk.minimal, walk.refs.join(' ')].join('|');
  if (!byWalk.has(key)) byWalk.set(key, build(schema, walk));
  return byWalk.get(key);
}

function contextKey(ctx: GenerationContext): string {
  let counter = 0;
  if (ctx.uniqueNumber) {
    counter = counterIds.get(ctx.uniqueNumber) ?? nextCounterId++;
    counterIds.set(ctx.uniqueNumber, counter);
  }
  return JSON.stringify([ctx.runId, ctx.emailDomain ?? null, ctx.unique ?? null, counter]);
}
