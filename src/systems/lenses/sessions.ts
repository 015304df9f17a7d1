/**
 * Lenses HQ password login and sessions: unknown credentials are refused; the configured login
 * (TARGET_USERNAME / TARGET_PASSWORD) answers 204 with a `session_id` cookie that authenticates
 * users/me as that user; `DELETE /api/v1/users/me/sessions`, sent only through a session the suite
 * itself just started (never with the admin token), ends it and every other session of the user.
 */
import { randomBytes } from 'node:crypto';
import { lensesLoginBadCredentialsRefused, lensesLoginSetsCookie, lensesMeIsCaller, lensesSessionAuthenticates, lensesSessionsDeleted, SESSION_COOKIE } from './checks/session.js';
import type { AnyCheck } from '../../checks/index.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import { type CheckOperations, checkOps, skipChecks } from '../../engine/skips.js';
import { OPS } from './users.js';

/** Each session check and the operation it is recorded on (also when it is skipped). */
const SESSION_CHECK_OPS: CheckOperations = checkOps([
  [lensesLoginBadCredentialsRefused, OPS.login],
  [lensesLoginSetsCookie, OPS.login],
  [lensesSessionAuthenticates, OPS.me],
  [lensesMeIsCaller, OPS.me],
  [lensesSessionsDeleted, OPS.sessions],
]);
export const SESSION_CHECKS = [...SESSION_CHECK_OPS.keys()];

const skipSessionChecks = (ctx: FlowContext, checks: readonly AnyCheck[], reason: string) => skipChecks(ctx, SESSION_CHECK_OPS, checks, reason);

/**
 * Logs in; the session cookie (registered as a secret under `cookieName`, so a reproduction holding
 * two sessions names them apart) when the target set one.
 */
export async function logIn(ctx: FlowContext, username: string, password: string, cookieName = 'session-cookie'): Promise<{ response: HttpResponse; cookie?: string }> {
  const response = await ctx.call(OPS.login, { auth: { kind: 'none' }, json: { username, password } });
  const cookie = response.cookies?.[SESSION_COOKIE];
  if (!cookie) return { response };
  ctx.http.addSecret(cookie, cookieName);
  return { response, cookie };
}

const asSession = (value: string) => ({ kind: 'cookie', name: SESSION_COOKIE, value }) as const;

export async function sessionFlows(ctx: FlowContext): Promise<void> {
  if (!ctx.hasOperation(OPS.login)) {
    skipSessionChecks(ctx, SESSION_CHECKS, 'the spec has no login operation');
    return;
  }
  await Promise.all([badCredentials(ctx), configuredLogin(ctx)]);
}

async function badCredentials(ctx: FlowContext): Promise<void> {
  // A made-up password of a made-up user: no secret to register.
  const password = `Uc!${randomBytes(9).toString('base64url')}`;
  const { response } = await logIn(ctx, ctx.uniqueName(), password);
  ctx.check(lensesLoginBadCredentialsRefused, OPS.login, () => lensesLoginBadCredentialsRefused.verify(response), [response]);
}

async function configuredLogin(ctx: FlowContext): Promise<void> {
  const { username, password } = ctx.target.credentials;
  const needLogin = [lensesLoginSetsCookie, lensesSessionAuthenticates, lensesMeIsCaller, lensesSessionsDeleted];
  if (!username || !password) {
    skipSessionChecks(ctx, needLogin, 'no login configured (TARGET_USERNAME / TARGET_PASSWORD)');
    return;
  }
  const first = await logIn(ctx, username, password);
  ctx.check(lensesLoginSetsCookie, OPS.login, () => lensesLoginSetsCookie.verify(first.response), [first.response]);
  if (!first.cookie) {
    skipSessionChecks(ctx, needLogin.slice(1), `depends on a failed step: ${OPS.login} set no ${SESSION_COOKIE} cookie`);
    return;
  }
  // A session's checks name the login that started it first: the cookie they use comes from it.
  let session: Session = { cookie: first.cookie, login: first.response };
  let me = await ctx.call(OPS.me, { auth: asSession(session.cookie) });
  if (me.status === 401) {
    // Another scenario may have ended this user's sessions between our login and this call
    // (deleteCurrentUserSessions ends all of them): one fresh login rules that out.
    const again = await logIn(ctx, username, password);
    if (again.cookie) {
      session = { cookie: again.cookie, login: again.response };
      me = await ctx.call(OPS.me, { auth: asSession(session.cookie) });
    }
  }
  ctx.check(lensesSessionAuthenticates, OPS.me, () => lensesSessionAuthenticates.verify(me), [session.login, me]);
  ctx.check(lensesMeIsCaller, OPS.me, () => lensesMeIsCaller.verify(me, username), [session.login, me]);
  if (!ctx.hasOperation(OPS.sessions)) return ctx.skip(lensesSessionsDeleted, OPS.sessions, `the spec has no ${OPS.sessions} operation`);
  // Disabled (read-only, --only): recorded as such, and the sessions are left alone.
  if (!ctx.isEnabled(lensesSessionsDeleted)) return ctx.skip(lensesSessionsDeleted, OPS.sessions, 'disabled');
  if (me.status !== 200) return ctx.skip(lensesSessionsDeleted, OPS.sessions, 'depends on a failed step: the session cookie did not authenticate');
  await endSessions(ctx, username, password, session);
}

/** A session cookie and the login response that set it. */
interface Session {
  cookie: string;
  login: HttpResponse;
}

/** A second session, then DELETE sessions through the first: neither cookie may authenticate afterwards. */
async function endSessions(ctx: FlowContext, username: string, password: string, session: Session): Promise<void> {
  let sessions = await withSecondSession(ctx, username, password, session);
  let deleted = await ctx.call(OPS.sessions, { auth: asSession(sessions[0]!.cookie) });
  if (deleted.status === 401) {
    // As above: another scenario's deleteCurrentUserSessions may have ended our sessions a moment ago.
    const again = await logIn(ctx, username, password);
    if (again.cookie) {
      sessions = await withSecondSession(ctx, username, password, { cookie: again.cookie, login: again.response });
      deleted = await ctx.call(OPS.sessions, { auth: asSession(sessions[0]!.cookie) });
    }
  }
  const probes = await Promise.all(sessions.map((s) => ctx.call(OPS.me, { auth: asSession(s.cookie) })));
  ctx.check(lensesSessionsDeleted, OPS.sessions, () => lensesSessionsDeleted.verify(deleted, probes), [...sessions.map((s) => s.login), deleted, ...probes]);
}

async function withSecondSession(ctx: FlowContext, username: string, password: string, session: Session): Promise<Session[]> {
  const second = await logIn(ctx, username, password, 'second-session-cookie');
  return second.cookie ? [session, { cookie: second.cookie, login: second.response }] : [session];
}
