/** The caller's own resources (`/api/v1/users/me*`) and the password login that starts a session. */
import { ApiError, json, noContent, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import type { LensesContext } from './context.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { Headers, setCookie } from 'undici';
import { randomSecret } from '../random.js';
import { patchSettings, readSettings } from './settings.js';
import { findUser, liveUsers } from './store.js';
import { requireUser } from './users.js';
import { toHqUser } from './views.js';

/**
 * Whoever the bearer token or session cookie belongs to. Whether a service-account token has a `me`
 * is not documented (FACTS B10): a benign variant answers it 404 or 403, and only a login session 200.
 */
export function getMe(ctx: LensesContext, request: HandlerRequest): Reply {
  const refusedWith = ctx.behaviour.meWithBearerStatus;
  if (refusedWith !== null && !request.principal!.viaSession) {
    throw new ApiError(refusedWith, refusedWith === 404 ? 'Not found: a service account has no user profile' : 'Forbidden: users/me needs a user session');
  }
  const user = ctx.behaviour.meReturnsLatestUser ? liveUsers(ctx.state).at(-1)! : requireUser(ctx, request.principal!.name);
  return json(200, toHqUser(ctx, user));
}

/** Free-form per-user settings (DECISIONS "Lenses HQ" Settings), or a fixed schema (settings.ts). */
export function getSettings(ctx: LensesContext, request: HandlerRequest): Reply {
  return json(200, readSettings(ctx.state.settings.get(request.principal!.name), ctx.behaviour.fixedSettingsSchema));
}

/**
 * Merges top-level keys and leaves absent ones untouched (DECISIONS). Our choice where the docs are
 * silent: a key set to null is removed, like metadata patches. Answers the merged settings.
 */
export function updateSettings(ctx: LensesContext, request: HandlerRequest): Reply {
  const name = request.principal!.name;
  const base = ctx.behaviour.settingsPatchReplaces ? {} : (ctx.state.settings.get(name) ?? {});
  const merged = patchSettings(base, request.body as Record<string, unknown>, ctx.behaviour.fixedSettingsSchema);
  ctx.state.settings.set(name, merged);
  return json(200, readSettings(merged, ctx.behaviour.fixedSettingsSchema));
}

/** Ends every cookie session of the caller; bearer tokens stay valid. */
export function deleteSessions(ctx: LensesContext, request: HandlerRequest): Reply {
  if (!ctx.behaviour.sessionsNotDeleted) ctx.sessions.deleteAllOf(request.principal!.id);
  return noContent();
}

/**
 * `POST /api/v1/login`: the admin's username and password → 204 with a `session_id` cookie. The
 * password is the stored user's: once that user is deleted it no longer logs in.
 */
export function login(ctx: LensesContext, request: HandlerRequest): Reply {
  const { username, password } = request.body as { username: string; password: string };
  const user = findUser(ctx.state, username);
  // Plain comparison: the reference server's passwords are throwaway test values.
  if (user?.password === undefined || user.password !== password) throw new ApiError(401, 'Unauthorized: invalid username or password');
  const headers = new Headers();
  // Only the seeded admin has a password, so a successful login is always the admin's session.
  const session = ctx.sessions.create(ctx.admin);
  // The cookie's attributes were NOT FOUND (FACTS B10): a benign variant hardens it and sets an XSRF cookie first.
  if (ctx.behaviour.hardenedSessionCookie) {
    setCookie(headers, { name: 'XSRF-TOKEN', value: randomSecret(12), path: '/', sameSite: 'Strict' });
    setCookie(headers, { name: SESSION_COOKIE, value: session, httpOnly: true, path: '/api', maxAge: 86_400, sameSite: 'Strict' });
  } else {
    setCookie(headers, { name: SESSION_COOKIE, value: session, httpOnly: true, path: '/', sameSite: 'Lax' });
  }
  return { status: 204, headers: { 'Set-Cookie': headers.getSetCookie() } };
}
