/**
 * Lenses HQ, the caller's own resources: `GET /api/v1/users/me` with the admin token, the settings
 * (read; PATCH merge with run-id keys, removed again), and the password login with its session cookie
 * (`sessions.ts`). The scenario is read-only except for two guarded steps (settings PATCH, sessions
 * DELETE) that run only when their checks are enabled, so `--read-only` still checks me and login.
 */
import { lensesMeBearerCaller, lensesSettingsMerge, lensesSettingsReadable } from '../../checks/lenses-session.js';
import { asObject } from '../../checks/lenses-view.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../context.js';
import type { Scenario } from '../scenario.js';
import { SESSION_CHECKS, sessionFlows } from './sessions.js';
import { OPS, succeeded } from './users.js';

export const lensesMe: Scenario = {
  id: 'lenses.me',
  title: 'Lenses HQ current user: me, settings, login and sessions',
  category: 'lifecycle',
  // The writing steps are guarded by ctx.isEnabled (their checks are `writes: true`), see above.
  writes: false,
  checks: ['lenses.me-bearer-caller', 'lenses.settings-readable', 'lenses.settings-merge', ...SESSION_CHECKS],
  appliesTo: (spec) => (spec.system === 'lenses' && spec.byId.has(OPS.me) ? true : 'no Lenses HQ /api/v1/users/me operation'),
  async run(ctx) {
    await Promise.all([meWithToken(ctx), settings(ctx), sessionFlows(ctx)]);
  },
};

async function meWithToken(ctx: FlowContext): Promise<void> {
  const response = await ctx.call(OPS.me);
  ctx.check('lenses.me-bearer-caller', OPS.me, () => lensesMeBearerCaller(response, ctx.target.credentials.username), [response]);
}

async function readSettings(ctx: FlowContext) {
  const response = await ctx.call(OPS.settings);
  return { response, settings: response.status === 200 ? asObject(response.json) : undefined };
}

/**
 * Writes two top-level keys named with the run id, one PATCH each, and checks after each that the
 * keys written so far and every key that was there before are unchanged. The settings are the
 * admin's own: no other key is ever written. The keys are patched to null at the end; one that stays
 * remains tracked, and the cleanup reports it as a leftover.
 */
async function settings(ctx: FlowContext): Promise<void> {
  if (!ctx.hasOperation(OPS.settings)) return;
  const initial = await readSettings(ctx);
  ctx.check('lenses.settings-readable', OPS.settings, () => lensesSettingsReadable(initial.response), [initial.response]);
  if (!ctx.hasOperation(OPS.patchSettings)) return ctx.skip('lenses.settings-merge', OPS.patchSettings, `the spec has no ${OPS.patchSettings} operation`);
  // Disabled (read-only, --only): recorded as such, and nothing is written.
  if (!ctx.isEnabled('lenses.settings-merge')) return ctx.skip('lenses.settings-merge', OPS.patchSettings, 'disabled');
  const before = initial.settings;
  if (!before) return ctx.skip('lenses.settings-merge', OPS.patchSettings, 'depends on a failed step: the settings could not be read');

  const written: Record<string, unknown> = {};
  // Each check's evidence: the first read (the keys that must stay) and the PATCHes before its own.
  const setup: HttpResponse[] = [initial.response];
  for (const key of [ctx.uniqueName(), ctx.uniqueName()]) {
    const value = `users-conformance probe ${key}`;
    const patch = await ctx.call(OPS.patchSettings, { json: { [key]: value } });
    if (succeeded(patch)) {
      trackSetting(ctx, key);
      written[key] = value;
    }
    const after = await readSettings(ctx);
    ctx.check('lenses.settings-merge', OPS.patchSettings, () => lensesSettingsMerge(patch, [key], before, after.settings, written), [...setup, patch, after.response]);
    setup.push(patch);
  }
  const keys = Object.keys(written);
  if (keys.length === 0) return;
  await ctx.call(OPS.patchSettings, { json: Object.fromEntries(keys.map((k) => [k, null])) });
  const final = await readSettings(ctx);
  for (const key of keys) if (final.settings && !(key in final.settings)) ctx.resources.markRemoved('setting', key);
}

/** A run-id settings key: removal patches it to null and succeeds when it is gone afterwards. */
function trackSetting(ctx: FlowContext, key: string): void {
  ctx.resources.add({
    kind: 'setting',
    id: key,
    label: `${key} (a top-level key of the admin's settings)`,
    remove: async () => {
      const patch = ctx.op(OPS.patchSettings);
      const read = ctx.op(OPS.settings);
      await ctx.http.send({ method: patch.method.toUpperCase(), path: patch.path, json: { [key]: null }, auth: { kind: 'admin' }, operationId: OPS.patchSettings });
      const after = await ctx.http.send({ method: 'GET', path: read.path, auth: { kind: 'admin' }, operationId: OPS.settings });
      const current = after.status === 200 ? asObject(after.json) : undefined;
      return current !== undefined && !(key in current);
    },
  });
}
