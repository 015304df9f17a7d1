/**
 * Lenses HQ, the caller's own settings. Their fields are not documented (FACTS B10), so the suite
 * discovers them instead of assuming a shape:
 * - with two or more keys shown, it PATCHes one of them with the value it already has (a write that
 *   changes nothing) and checks that every other key is untouched ("Absent fields are left untouched");
 * - with fewer, it writes a run-id key; only if the server keeps it (free-form settings) does it
 *   write a second one and check the first and every shown key stayed. A server with a fixed set of
 *   keys that ignores unknown ones is not judged on keys it never claimed to keep.
 * Every key it changed or added is restored to what the first read showed, and checked; what cannot
 * be restored is reported as a leftover.
 */
import { isDeepStrictEqual } from 'node:util';
import { asObject } from './checks/view.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import { OPS, succeeded } from './users.js';
import { lensesSettingsMerge, lensesSettingsReadable } from './checks/session.js';

type Settings = Record<string, unknown>;

async function readSettings(ctx: FlowContext) {
  const response = await ctx.call(OPS.settings);
  return { response, settings: response.status === 200 ? asObject(response.json) : undefined };
}

export async function settings(ctx: FlowContext): Promise<void> {
  if (!ctx.hasOperation(OPS.settings)) return;
  const initial = await readSettings(ctx);
  ctx.check(lensesSettingsReadable, OPS.settings, () => lensesSettingsReadable.verify(initial.response), [initial.response]);
  if (!ctx.hasOperation(OPS.patchSettings)) return ctx.skip(lensesSettingsMerge, OPS.patchSettings, `the spec has no ${OPS.patchSettings} operation`);
  // Disabled (read-only, --only): recorded as such, and nothing is written.
  if (!ctx.isEnabled(lensesSettingsMerge)) return ctx.skip(lensesSettingsMerge, OPS.patchSettings, 'disabled');
  const before = initial.settings;
  if (!before) return ctx.skip(lensesSettingsMerge, OPS.patchSettings, 'depends on a failed step: the settings could not be read');
  trackRestore(ctx, before);
  if (Object.keys(before).length >= 2) await patchShownKey(ctx, before, initial.response);
  else await patchInventedKeys(ctx, before, initial.response);
}

/** PATCHes one shown key with its own value (trying a few keys: one may be read-only) and checks the others stayed. */
async function patchShownKey(ctx: FlowContext, before: Settings, first: HttpResponse): Promise<void> {
  for (const key of Object.keys(before).sort().slice(0, 3)) {
    const patch = await ctx.call(OPS.patchSettings, { json: { [key]: before[key] } });
    if (!succeeded(patch)) continue;
    const after = await readSettings(ctx);
    ctx.check(lensesSettingsMerge, OPS.patchSettings, () => lensesSettingsMerge.verify(patch, [key], before, after.settings, { [key]: before[key] }), [first, patch, after.response]);
    return;
  }
  ctx.skip(lensesSettingsMerge, OPS.patchSettings, 'the server refused a PATCH of its own settings keys with their current values: no write to judge');
}

/** Writes run-id keys; judges the merge only once the server showed it keeps such keys. */
async function patchInventedKeys(ctx: FlowContext, before: Settings, first: HttpResponse): Promise<void> {
  const written: Settings = {};
  const setup: HttpResponse[] = [first];
  for (const [i, key] of [ctx.uniqueName(), ctx.uniqueName()].entries()) {
    const value = `users-conformance probe ${key}`;
    const patch = await ctx.call(OPS.patchSettings, { json: { [key]: value } });
    const after = await readSettings(ctx);
    if (i === 0 && !(succeeded(patch) && after.settings && isDeepStrictEqual(after.settings[key], value))) {
      return ctx.skip(lensesSettingsMerge, OPS.patchSettings, `the settings show ${Object.keys(before).length < 1 ? 'no key' : 'one key'} of their own and the server did not keep a new one (a fixed set of keys: the Lenses HQ documentation gives no schema for them): no absent key to judge`);
    }
    if (succeeded(patch)) written[key] = value;
    ctx.check(lensesSettingsMerge, OPS.patchSettings, () => lensesSettingsMerge.verify(patch, [key], before, after.settings, written), [...setup, patch, after.response]);
    setup.push(patch);
  }
}

/**
 * Registers the caller's settings for restoring: at cleanup, every key that differs from the first
 * read is PATCHed back (a key the run added is patched to null), then read again to confirm.
 */
function trackRestore(ctx: FlowContext, original: Settings): void {
  ctx.resources.add({
    kind: 'setting',
    id: 'settings',
    label: "the admin's own settings (GET /api/v1/users/me/settings), restored to what the run first read",
    remove: async () => {
      const read = ctx.op(OPS.settings);
      const patchOp = ctx.op(OPS.patchSettings);
      const current = async () => {
        const response = await ctx.http.send({ method: 'GET', path: read.path, auth: { kind: 'admin' }, operationId: OPS.settings });
        return response.status === 200 ? asObject(response.json) : undefined;
      };
      const now = await current();
      if (!now) return false;
      const patch = restorePatch(original, now);
      if (Object.keys(patch).length === 0) return true;
      await ctx.http.send({ method: patchOp.method.toUpperCase(), path: patchOp.path, json: patch, auth: { kind: 'admin' }, operationId: OPS.patchSettings });
      const after = await current();
      return after !== undefined && Object.keys(restorePatch(original, after)).length === 0;
    },
  });
}

/** The PATCH that turns `now` back into `original`: changed keys to their old values, added keys to null. */
export function restorePatch(original: Settings, now: Settings): Settings {
  const patch: Settings = {};
  for (const [key, value] of Object.entries(original)) if (!isDeepStrictEqual(now[key], value)) patch[key] = value;
  for (const key of Object.keys(now)) if (!(key in original)) patch[key] = null;
  return patch;
}
