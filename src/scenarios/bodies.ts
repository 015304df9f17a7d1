/**
 * Shaping generated bodies before they are sent:
 * - unique fields (`BodyRule.unique`) get a value from this scenario's own namespace
 *   (`ctx.uniqueEmail()` / `ctx.uniqueName()`), so they never collide with real data, with each
 *   other, or with another scenario's `contains` filters (the generator's own unique values carry the
 *   run id but not the scenario's slot); whatever follows the run-id prefix (`+tag`, `@domain`) is kept;
 * - an invalid body is anchored on the fixture's known-good body: every top-level field the defect
 *   does not touch takes the known-good value, so the defect is the only reason to refuse it (a wrong
 *   current password must not be what gets a broken `newPassword` refused).
 * Unique pointers and defects are handled at the top level of the body, where every rule sits.
 */
import { isJsonObject } from '../checks/representation.js';
import type { FlowContext } from '../engine/context.js';

type Json = Record<string, unknown>;

/** The top-level key a JSON pointer addresses (`/email/0` → `email`); undefined for the root. */
export function topKey(pointer: string): string | undefined {
  if (pointer === '' || !pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/')[0]!.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * A copy of `body` whose unique fields carry fresh values of this scenario. `defect` is the pointer of
 * an invalid case: a field it touches keeps its (deliberately broken) value.
 */
export function claimUnique(ctx: FlowContext, body: unknown, unique: Record<string, 'email' | 'name'> | undefined, defect?: string): unknown {
  if (!unique || !isJsonObject(body) || defect === '') return body;
  const touched = defect === undefined ? undefined : topKey(defect);
  const out: Json = { ...body };
  for (const [pointer, kind] of Object.entries(unique)) {
    const key = topKey(pointer);
    if (key === undefined || key === touched || !(key in out)) continue;
    out[key] = freshValue(ctx, out[key], kind);
  }
  return out;
}

/** The run's prefix replaced by this scenario's next unique name; anything else replaced outright. */
function freshValue(ctx: FlowContext, value: unknown, kind: 'email' | 'name'): string {
  const name = ctx.uniqueName();
  const prefix = new RegExp(`^uc-${ctx.options.runId}-\\d+`, 'i');
  if (typeof value === 'string' && prefix.test(value)) return value.replace(prefix, name);
  return kind === 'email' ? `${name}@${ctx.options.emailDomain}` : name;
}

/**
 * `generated` (an invalid body whose defect is at `defect`) with every other top-level field taken
 * from `base` (the fixture's known-good body): fields `base` lacks are dropped, unless the defect is
 * in them (an extra property, a broken optional field).
 */
export function anchorOn(base: unknown, generated: unknown, defect: string): unknown {
  const touched = topKey(defect);
  if (!isJsonObject(base) || !isJsonObject(generated) || touched === undefined) return generated;
  const out: Json = {};
  for (const [key, value] of Object.entries(base)) if (key !== touched) out[key] = value;
  if (touched in generated) out[touched] = generated[touched];
  return out;
}
