/**
 * The part of the Run:ai lifecycle that acts as the created user: log in with the temp password,
 * change it through me/password, reset it as admin, log the user out. If the target refuses a
 * password grant for a new user (a real Run:ai may, while the password is temporary), every check
 * that needs the user's own token is skipped with that reason, not failed (DECISIONS).
 */
import { runaiChangePassword, runaiLogoutRevokesTokens, runaiLogoutSucceeds, runaiNewPasswordAccepted, runaiOldPasswordRefused, runaiResetReturnsNewPassword, runaiWrongCurrentPasswordRefused } from './checks/runai.js';
import { expectStatus } from '../../checks/expect-status.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import { type CheckOperations, checkOps, skipChecks } from '../../engine/skips.js';
import { checkBystander, type Bystander } from './bystander.js';
import { runaiOthersCredentialsUntouched } from './checks/credentials.js';
import { newPassword, OPS, passwordGrant, wrongPassword, type CreatedUser } from './users.js';

/** The password checks, each with the operation it is recorded on (the reset's, for one of reset and change). */
export const PASSWORD_CHECK_OPS: CheckOperations = checkOps([
  [runaiChangePassword, OPS.changePassword],
  [runaiWrongCurrentPasswordRefused, OPS.changePassword],
  [runaiOldPasswordRefused, OPS.reset],
  [runaiNewPasswordAccepted, OPS.reset],
  [runaiResetReturnsNewPassword, OPS.reset],
  [runaiLogoutSucceeds, OPS.logout],
  [runaiLogoutRevokesTokens, OPS.logout],
  [runaiOthersCredentialsUntouched, OPS.reset],
]);

const NEEDS_USER_TOKEN = [runaiChangePassword, runaiWrongCurrentPasswordRefused, runaiLogoutRevokesTokens];

/**
 * Every check's evidence starts with the exchanges that made the state it judges: the create (the temp
 * password), the login that gave the user's token, and the change or reset that set the password in use.
 */
export async function passwordLifecycle(ctx: FlowContext, user: CreatedUser, bystander: Bystander | string): Promise<void> {
  let password = user.tempPassword;
  const login = await passwordGrant(ctx, user.email, password);
  let token = login.token;
  /** How the password in use came to be: the create, the user's login, then a change that was made. */
  const passwordSetup: HttpResponse[] = [user.response, login.response];
  /** How the user's token in use was obtained. */
  let tokenSetup: HttpResponse[] = [user.response, login.response];
  if (!token) {
    const reason = `the target refused a password grant for a new user (${OPS.token} answered ${login.response.status ?? 'nothing'}); checks that act as the user need the user's own token`;
    skipChecks(ctx, PASSWORD_CHECK_OPS, NEEDS_USER_TOKEN, reason);
  } else if (ctx.hasOperation(OPS.changePassword)) {
    password = await changeOwnPassword(ctx, user, token, password, passwordSetup, bystander);
  }

  // Reset as admin: a new temp password, the previous password stops working.
  const reset = await ctx.call(OPS.reset, { pathParams: { userId: user.id } });
  ctx.check(runaiResetReturnsNewPassword, OPS.reset, () => runaiResetReturnsNewPassword.verify(reset, user.tempPassword), [user.response, reset]);
  await checkBystander(ctx, bystander, OPS.reset, reset, `${OPS.reset} of another user`);
  const fresh = (reset.json as { tempPassword?: unknown } | undefined)?.tempPassword;
  if (reset.status === 200 && typeof fresh === 'string' && fresh !== '') {
    // Not `temp-password`: that is the create's, and a reproduction may send both.
    ctx.http.addSecret(fresh, 'reset-temp-password');
    const old = await passwordGrant(ctx, user.email, password);
    // Named after the reset: it is the reset that must retire the old password; the login only shows it.
    ctx.check(runaiOldPasswordRefused, OPS.reset, () => runaiOldPasswordRefused.verify(old.response, 'the reset'), [...passwordSetup, reset, old.response]);
    if (token) {
      const renewed = await passwordGrant(ctx, user.email, fresh, 'reset-user-token');
      // Named after the reset, like the old password's refusal: the login (auxiliary) only shows it.
      ctx.check(runaiNewPasswordAccepted, OPS.reset, () => runaiNewPasswordAccepted.verify(renewed.response, 'the reset'), [user.response, reset, renewed.response]);
      if (renewed.token) {
        token = renewed.token;
        tokenSetup = [user.response, reset, renewed.response];
      }
    }
  }
  await logout(ctx, user, token, tokenSetup, bystander);
}

/** The wrong-password attempt, then a real change; a change made is added to `passwordSetup`. Returns the password in use. */
async function changeOwnPassword(ctx: FlowContext, user: CreatedUser, token: string, current: string, passwordSetup: HttpResponse[], bystander: Bystander | string): Promise<string> {
  const auth = { kind: 'bearer', token } as const;
  const setup = [...passwordSetup];
  // The wrong current password is shown as sent; the new one would become the password if accepted.
  const wrong = await ctx.call(OPS.changePassword, { auth, json: { currentPassword: wrongPassword(), newPassword: newPassword(ctx, 'attempted-new-password') } });
  ctx.check(runaiWrongCurrentPasswordRefused, OPS.changePassword, () => runaiWrongCurrentPasswordRefused.verify(wrong), [...setup, wrong]);
  if (wrong.status !== undefined && wrong.status < 300) {
    // It was accepted: the password may have changed; nothing below can rely on the old one.
    return current;
  }
  const unchanged = await passwordGrant(ctx, user.email, current);
  ctx.check(runaiWrongCurrentPasswordRefused, OPS.changePassword, () => expectStatus(unchanged.response, [200], 'grant_token with the unchanged password after a refused change'), [...setup, wrong, unchanged.response]);

  const next = newPassword(ctx, 'new-password');
  const changed = await ctx.call(OPS.changePassword, { auth, json: { currentPassword: current, newPassword: next } });
  ctx.check(runaiChangePassword, OPS.changePassword, () => runaiChangePassword.verify(changed), [...setup, changed]);
  if (changed.status !== 200) return current;
  passwordSetup.push(changed);
  await checkBystander(ctx, bystander, OPS.changePassword, changed, `${OPS.changePassword} by another user`);
  const [old, fresh] = await Promise.all([passwordGrant(ctx, user.email, current), passwordGrant(ctx, user.email, next)]);
  ctx.check(runaiOldPasswordRefused, OPS.changePassword, () => runaiOldPasswordRefused.verify(old.response, 'the change'), [...setup, changed, old.response]);
  ctx.check(runaiNewPasswordAccepted, OPS.changePassword, () => runaiNewPasswordAccepted.verify(fresh.response, 'the change'), [...setup, changed, fresh.response]);
  return next;
}

/** Logout answers 200; afterwards the user's token (obtained by `tokenSetup`) should no longer authenticate (SHOULD). */
async function logout(ctx: FlowContext, user: CreatedUser, token: string | undefined, tokenSetup: readonly HttpResponse[], bystander: Bystander | string): Promise<void> {
  const probe = async () => ctx.call(OPS.get, { pathParams: { userId: user.id }, auth: { kind: 'bearer', token: token! } });
  const before = token ? await probe() : undefined;
  const response = await ctx.call(OPS.logout, { pathParams: { userId: user.id } });
  ctx.check(runaiLogoutSucceeds, OPS.logout, () => runaiLogoutSucceeds.verify(response), [user.response, response]);
  await checkBystander(ctx, bystander, OPS.logout, response, `${OPS.logout} of another user`);
  if (!token || !before) return;
  // The probe shows revocation only if the token worked before (a user without a role may get 403).
  if (before.status === undefined || before.status >= 300) return ctx.skip(runaiLogoutRevokesTokens, OPS.logout, `the user's token did not authenticate ${OPS.get} before the logout (answered ${before.status ?? 'nothing'}), so the probe cannot show a revocation`);
  const after = await probe();
  ctx.check(runaiLogoutRevokesTokens, OPS.logout, () => runaiLogoutRevokesTokens.verify(after), [...tokenSetup, response, after]);
}
