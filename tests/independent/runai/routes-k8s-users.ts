// Deprecated /v1/k8s/users* (2.18 and 2.19). Same users as /api/v1/users, seen as User1.
import { authenticate, requireAdmin, requireRead } from './auth.js';
import { badRequest, notFound, readJsonObject, sendEmpty, sendJson } from './http.js';
import type { Ctx, Route } from './router.js';
import { TENANT_ID } from './store.js';
import { ROLES, type Role, type UserRec } from './types.js';
import {
  UUID_RE, isRole, nonEmpty, optBool, optDateTime, optInt32, optRoles, optString, optUuidArray,
  reqRoles, reqString,
} from './validate.js';
import { user1 } from './views.js';

const ENTITY_TYPES = ['regular-user', 'sso-user', 'app', 'group', 'internal-user', 'super-admin'];

function userOr404(ctx: Ctx): UserRec {
  const id = ctx.params.userId!;
  if (!UUID_RE.test(id)) throw badRequest('userId: must be a UUID'); // the k8s API types it as uuid
  const u = ctx.store.users.get(id);
  if (!u) throw notFound(`user ${id} not found`);
  return u;
}

export function rolesQuery(q: URLSearchParams): Role[] {
  const vals = q.getAll('roles').flatMap((v) => v.split(',')).filter((s) => s !== '');
  for (const r of vals) if (!isRole(r)) throw badRequest(`roles: "${r}" is not one of ${ROLES.join(', ')}`);
  return vals as Role[];
}

export function boolQuery(q: URLSearchParams, name: string): boolean | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  if (v !== 'true' && v !== 'false') throw badRequest(`${name}: must be true or false`);
  return v === 'true';
}

function usersType(q: URLSearchParams): string | undefined {
  const v = q.get('usersType');
  if (v === null || v === '') return undefined;
  if (v !== 'sso-user' && v !== 'regular-user') throw badRequest('usersType: must be sso-user or regular-user');
  return v;
}

async function list(ctx: Ctx): Promise<void> {
  const who = authenticate(ctx.req, ctx.store);
  requireRead(who);
  const roles = rolesQuery(ctx.query);
  const mine = boolQuery(ctx.query, 'onlyCreatedByMe');
  const type = usersType(ctx.query);
  const rows = [...ctx.store.users.values()]
    .filter((u) => roles.length === 0 || u.roles.some((r) => roles.includes(r)))
    .filter((u) => mine !== true || u.createdById === who.id)
    .filter((u) => type === undefined || u.entityType === type)
    .sort((a, b) => a.seq - b.seq);
  sendJson(ctx.res, 200, rows.map(user1));
}

async function create(ctx: Ctx): Promise<void> {
  const { store } = ctx;
  const who = authenticate(ctx.req, store);
  requireAdmin(who);
  const b = await readJsonObject(ctx.req);
  const email = reqString(b, 'email');
  nonEmpty('email', email);
  const password = reqString(b, 'password');
  nonEmpty('password', password);
  const roles = reqRoles(b, 'roles');
  const entityType = optString(b, 'entityType');
  if (entityType !== undefined && entityType !== 'regular-user') {
    throw badRequest('entityType: only regular-user can be created with a password');
  }
  optInt32(b, 'tenantId'); // server-managed: type-checked, then the tenant of the caller is used
  const userId = optString(b, 'userId');
  if (userId !== undefined && !UUID_RE.test(userId)) throw badRequest('userId: must be a UUID');
  const needToChange = optBool(b, 'needToChangePassword') ?? false;
  const permitAllClusters = optBool(b, 'permitAllClusters');
  const permittedClusters = optUuidArray(b, 'permittedClusters');
  // No 409 is declared for this deprecated operation, so a duplicate is a 400.
  if (store.findByEmail(email)) throw badRequest(`a user with email ${email} already exists`);
  const u = store.addUser({ email, password, temporary: needToChange, roles,
    permitAllClusters, permittedClusters }, who);
  sendJson(ctx.res, 200, {
    email: u.email, roles: [...u.roles], entityType: u.entityType, tenantId: TENANT_ID,
    password, needToChangePassword: needToChange, permitAllClusters: u.permitAllClusters,
    userId: u.id, permittedClusters: [...u.permittedClusters],
  });
}

async function getOne(ctx: Ctx): Promise<void> {
  requireRead(authenticate(ctx.req, ctx.store));
  sendJson(ctx.res, 200, user1(userOr404(ctx)));
}

async function update(ctx: Ctx): Promise<void> {
  requireAdmin(authenticate(ctx.req, ctx.store));
  const u = userOr404(ctx);
  const b = await readJsonObject(ctx.req);
  const email = reqString(b, 'email');
  if (email.toLowerCase() !== u.email.toLowerCase()) throw badRequest('email: a user\'s email cannot be changed');
  const entityType = optString(b, 'entityType');
  if (entityType !== undefined && !ENTITY_TYPES.includes(entityType)) {
    throw badRequest(`entityType: must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  optInt32(b, 'tenantId');
  const userId = optString(b, 'userId');
  if (userId !== undefined && !UUID_RE.test(userId)) throw badRequest('userId: must be a UUID');
  optDateTime(b, 'createdAt');
  optDateTime(b, 'lastLogin');
  const roles = optRoles(b, 'roles');
  const permitAll = optBool(b, 'permitAllClusters');
  const clusters = optUuidArray(b, 'permittedClusters');
  // Only the editable fields change; absent ones stay as they are.
  if (roles !== undefined) u.roles = roles;
  if (permitAll !== undefined) u.permitAllClusters = permitAll;
  if (clusters !== undefined) u.permittedClusters = clusters;
  u.updatedAt = new Date();
  sendJson(ctx.res, 200, user1(u));
}

async function remove(ctx: Ctx): Promise<void> {
  requireAdmin(authenticate(ctx.req, ctx.store));
  usersType(ctx.query);
  ctx.store.deleteUser(userOr404(ctx).id);
  sendEmpty(ctx.res, 200);
}

async function allRoles(ctx: Ctx): Promise<void> {
  authenticate(ctx.req, ctx.store); // a static catalogue: any authenticated caller may read it
  sendJson(ctx.res, 200, [...ROLES]);
}

async function userRoles(ctx: Ctx): Promise<void> {
  const who = authenticate(ctx.req, ctx.store);
  if (ctx.params.userId !== who.id) requireRead(who); // everyone may read their own roles
  sendJson(ctx.res, 200, [...userOr404(ctx).roles]);
}

export const k8sUserRoutes: Route[] = [
  { method: 'GET', path: '/v1/k8s/users', handler: list },
  { method: 'POST', path: '/v1/k8s/users', handler: create },
  { method: 'GET', path: '/v1/k8s/users/roles', handler: allRoles },
  { method: 'GET', path: '/v1/k8s/users/:userId', handler: getOne },
  { method: 'PUT', path: '/v1/k8s/users/:userId', handler: update },
  { method: 'DELETE', path: '/v1/k8s/users/:userId', handler: remove },
  { method: 'GET', path: '/v1/k8s/users/:userId/roles', handler: userRoles },
];
