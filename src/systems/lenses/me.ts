/**
 * Lenses HQ, the caller's own resources: `GET /api/v1/users/me` with the admin token, the settings
 * (read; PATCH merge on discovered keys, restored at the end: `settings.ts`), and the password login with its session cookie
 * (`sessions.ts`). The scenario is read-only except for two guarded steps (settings PATCH, sessions
 * DELETE) that run only when their checks are enabled, so `--read-only` still checks me and login.
 */
import { lensesMeBearerCaller, lensesSettingsMerge, lensesSettingsReadable } from './checks/session.js';
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { SESSION_CHECKS, sessionFlows } from './sessions.js';
import { settings } from './settings.js';
import { OPS } from './users.js';

export const lensesMe: Scenario = {
  id: 'lenses.me',
  title: 'Lenses HQ current user: me, settings, login and sessions',
  category: 'lifecycle',
  // The writing steps are guarded by ctx.isEnabled (their checks are `writes: true`), see above.
  writes: false,
  checks: [lensesMeBearerCaller, lensesSettingsReadable, lensesSettingsMerge, ...SESSION_CHECKS],
  appliesTo: (spec) => (spec.byId.has(OPS.me) ? true : 'no Lenses HQ /api/v1/users/me operation'),
  async run(ctx) {
    await Promise.all([meWithToken(ctx), settings(ctx), sessionFlows(ctx)]);
  },
};

async function meWithToken(ctx: FlowContext): Promise<void> {
  const response = await ctx.call(OPS.me);
  ctx.check(lensesMeBearerCaller, OPS.me, () => lensesMeBearerCaller.verify(response, ctx.target.credentials.username), [response]);
}
