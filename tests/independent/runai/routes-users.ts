// /api/v1/users*, /api/v1/me/password: the current (non-deprecated) Users operations.
import { authenticate, requireAdmin, requireRead } from './auth.js';
import { HttpError, badRequest, drain, forbidden, notFound, readJsonObject, sendEmpty, sendJson } from './http.js';
import { filterBy, legacyFilter, page, search, sorter } from './query.js';
import type { Ctx, Route } from './router.js';
import { tempPassword } from './store.js';
import type { UserRec } from './types.js';
import { EMAIL_RE_224, checkLength, nonEmpty, optBool, reqString } from './validate.js';
import { user2 } from './views.js';

function userOr404(ctx: Ctx): UserRec {
  const id = ctx.params.userId!;
  const u = ctx.store.users.get(id);
  if (!u) throw notFound(`user ${id} not found`);
  return u;
}

async function listUsers(ctx: Ctx): Promise<void> {
  const { store, query: q } = ctx;
  requireRead(authenticate(ctx.req, store));
  const v = store.version;
  const preds = legacyFilter(q.get('filter'));
  let cmp: (a: UserRec, b: UserRec) => number = (a, b) => a.seq - b.seq;
  let win = { offset: 0, limit: Number.MAX_SAFE_INTEGER };
  if (v !== '2.18') {
    preds.push(...filterBy(q.getAll('filterBy'), v));
    cmp = sorter(q);
    win = page(q);
  }
  if (v === '2.24') preds.push(...search(q.get('search')));
  const rows = [...store.users.values()].filter((u) => preds.every((p) => p(u))).sort(cmp);
  sendJson(ctx.res, 200, rows.slice(win.offset, win.offset + win.limit).map(user2));
}

async function countUsers(ctx: Ctx): Promise<void> {
  const { store, query: q } = ctx;
  requireRead(authenticate(ctx.req, store));
  const preds = filterBy(q.getAll('filterBy'), store.version);
  if (store.version === '2.24') preds.push(...search(q.get('search')));
  const count = [...store.users.values()].filter((u) => preds.every((p) => p(u))).length;
  sendJson(ctx.res, 200, { count });
}

async function createUser(ctx: Ctx): Promise<void> {
  const { store } = ctx;
  const who = authenticate(ctx.req, store);
  requireAdmin(who);
  const body = await readJsonObject(ctx.req);
  const email = reqString(body, 'email');
  if (store.version === '2.24') {
    checkLength('email', email, 5, 254);
    if (!EMAIL_RE_224.test(email)) throw badRequest('email: must be a valid email address');
  } else nonEmpty('email', email);
  const resetPassword = optBool(body, 'resetPassword');
  if (store.version === '2.24') optBool(body, 'notify'); // validated; no mail server here
  if (store.findByEmail(email)) {
    throw new HttpError(409, 'Resource with this name already exists', `a user with email ${email} already exists`);
  }
  const temp = tempPassword();
  const u = store.addUser({ email, password: temp, temporary: resetPassword !== false, roles: [] }, who);
  sendJson(ctx.res, 201, { id: u.id, username: u.email, tempPassword: temp },
    { Location: `/api/v1/users/${u.id}` });
}

async function getUser(ctx: Ctx): Promise<void> {
  requireRead(authenticate(ctx.req, ctx.store));
  sendJson(ctx.res, 200, user2(userOr404(ctx)));
}

async function deleteUser(ctx: Ctx): Promise<void> {
  requireAdmin(authenticate(ctx.req, ctx.store));
  ctx.store.deleteUser(userOr404(ctx).id);
  sendEmpty(ctx.res, 204);
}

async function logoutUser(ctx: Ctx): Promise<void> {
  const who = authenticate(ctx.req, ctx.store);
  if (ctx.params.userId !== who.id) requireAdmin(who); // anyone may log themselves out
  const u = userOr404(ctx);
  await drain(ctx.req);
  ctx.store.tokens.revokeSessions(u.id);
  sendEmpty(ctx.res, 200);
}

async function resetPassword(ctx: Ctx): Promise<void> {
  requireAdmin(authenticate(ctx.req, ctx.store));
  const u = userOr404(ctx);
  await drain(ctx.req);
  const temp = tempPassword();
  u.password = temp;
  u.temporary = true;
  u.updatedAt = new Date();
  ctx.store.tokens.revokeSessions(u.id);
  sendJson(ctx.res, 200, { tempPassword: temp });
}

async function changeOwnPassword(ctx: Ctx): Promise<void> {
  const { store } = ctx;
  const who = authenticate(ctx.req, store);
  if (who.kind !== 'user') throw forbidden('only a user has a password to change');
  const body = await readJsonObject(ctx.req);
  const current = reqString(body, 'currentPassword');
  const next = reqString(body, 'newPassword');
  if (store.version === '2.24') {
    checkLength('currentPassword', current, 8, 255);
    checkLength('newPassword', next, 8, 255);
  } else nonEmpty('newPassword', next);
  const u = store.users.get(who.id);
  if (!u) throw notFound('user not found');
  if (u.password !== current) throw forbidden('currentPassword does not match');
  u.password = next;
  u.temporary = false;
  u.updatedAt = new Date();
  sendJson(ctx.res, 200, {}); // echoing passwords back would leak them; all fields are optional
}

export function userRoutes(withCount: boolean): Route[] {
  const routes: Route[] = [
    { method: 'GET', path: '/api/v1/users', handler: listUsers },
    { method: 'POST', path: '/api/v1/users', handler: createUser },
    { method: 'GET', path: '/api/v1/users/:userId', handler: getUser },
    { method: 'DELETE', path: '/api/v1/users/:userId', handler: deleteUser },
    { method: 'POST', path: '/api/v1/users/:userId/logout', handler: logoutUser },
    { method: 'POST', path: '/api/v1/users/:userId/password', handler: resetPassword },
    { method: 'POST', path: '/api/v1/me/password', handler: changeOwnPassword },
  ];
  if (withCount) routes.push({ method: 'GET', path: '/api/v1/users/count', handler: countUsers });
  return routes;
}
