// Self-service routes: login, /users/me, settings and sessions.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonObject, sendEmpty, sendJson, unauthenticated } from './http.js';
import type { Ctx } from './context.js';
import { now, type Store } from './store.js';
import { patchSettings, settingsView } from './settings.js';
import { Problems, reqString } from './validate.js';
import { userView } from './views.js';

const SESSION_TTL_S = 12 * 60 * 60; // cookie lifetime; sessions themselves end on logout or user deletion

// POST /api/v1/login (FACTS B2, 6.1): 204 and a session_id cookie. Needs no credentials.
export async function login(store: Store, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJsonObject(req);
  const p = new Problems();
  const username = reqString(body, 'username', p);
  const password = reqString(body, 'password', p);
  p.throwIfAny();
  const user = username !== undefined && password !== undefined ? store.checkPassword(username, password) : undefined;
  if (!user) throw unauthenticated();
  const sid = randomBytes(32).toString('base64url');
  store.sessions.set(sid, user.name);
  user.lastSeenAt = now();
  sendEmpty(res, 204, {
    'set-cookie': `session_id=${sid}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_TTL_S}`,
  });
}

export async function getMe(ctx: Ctx): Promise<void> {
  sendJson(ctx.res, 200, userView(ctx.store, ctx.principal.user));
}

export async function getSettings(ctx: Ctx): Promise<void> {
  sendJson(ctx.res, 200, settingsView(ctx.principal.user.settings));
}

export async function patchMySettings(ctx: Ctx): Promise<void> {
  const body = await readJsonObject(ctx.req);
  const user = ctx.principal.user;
  user.settings = patchSettings(user.settings, body);
  sendJson(ctx.res, 200, settingsView(user.settings));
}

// Ends every login session of the caller. Bearer tokens are credentials, not sessions, and survive.
export async function deleteMySessions(ctx: Ctx): Promise<void> {
  ctx.store.deleteSessionsOf(ctx.principal.user.name);
  const headers: Record<string, string> =
    ctx.principal.via === 'cookie' ? { 'set-cookie': 'session_id=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0' } : {};
  sendEmpty(ctx.res, 204, headers);
}
