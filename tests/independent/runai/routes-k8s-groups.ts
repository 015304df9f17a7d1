// Deprecated /v1/k8s/groups* (2.18 and 2.19). A group is identified by its name.
import { authenticate, requireAdmin, requireRead } from './auth.js';
import { badRequest, notFound, readJsonObject, sendEmpty, sendJson } from './http.js';
import { boolQuery, rolesQuery } from './routes-k8s-users.js';
import type { Ctx, Route } from './router.js';
import type { GroupRec } from './types.js';
import { nonEmpty, optBool, optInt32, optRoles, optString, optUuidArray, reqRoles, reqString } from './validate.js';
import { group } from './views.js';

function groupOr404(ctx: Ctx): GroupRec {
  const name = ctx.params.groupName!;
  const g = ctx.store.groups.get(name);
  if (!g) throw notFound(`group ${name} not found`);
  return g;
}

async function list(ctx: Ctx): Promise<void> {
  const who = authenticate(ctx.req, ctx.store);
  requireRead(who);
  const roles = rolesQuery(ctx.query);
  const mine = boolQuery(ctx.query, 'onlyCreatedByMe');
  const rows = [...ctx.store.groups.values()]
    .filter((g) => roles.length === 0 || g.roles.some((r) => roles.includes(r)))
    .filter((g) => mine !== true || g.createdBy === who.id)
    .sort((a, b) => a.seq - b.seq);
  sendJson(ctx.res, 200, rows.map(group));
}

async function create(ctx: Ctx): Promise<void> {
  const { store } = ctx;
  const who = authenticate(ctx.req, store);
  requireAdmin(who);
  const b = await readJsonObject(ctx.req);
  const name = reqString(b, 'username');
  nonEmpty('username', name);
  const email = reqString(b, 'email'); // "Empty email address": any string, "" included
  const roles = reqRoles(b, 'roles');
  // 2.19 lists `password` as required without defining it; 2.18's documentation does not.
  const hasPassword = b.password !== undefined && b.password !== null;
  if (store.version === '2.19' && !hasPassword) throw badRequest('password: is required');
  optString(b, 'entityType');
  optInt32(b, 'tenantId');
  optString(b, 'userId');
  optString(b, 'createdBy');
  const permitAllClusters = optBool(b, 'permitAllClusters') ?? false;
  const permittedClusters = optUuidArray(b, 'permittedClusters') ?? [];
  // No 409 is declared for this deprecated operation, so a duplicate is a 400.
  if (store.groups.has(name)) throw badRequest(`group ${name} already exists`);
  const g: GroupRec = {
    name, seq: store.nextSeq(), email, roles, permitAllClusters, permittedClusters, createdBy: who.id,
  };
  if (hasPassword) g.passwordField = b.password;
  store.groups.set(name, g);
  // GroupCreationResponse is allOf GroupCreationRequest: the request fields, as stored.
  const out: Record<string, unknown> = { username: name, email, ...group(g) };
  if (store.version === '2.19') out.password = g.passwordField;
  sendJson(ctx.res, 200, out);
}

async function getOne(ctx: Ctx): Promise<void> {
  requireRead(authenticate(ctx.req, ctx.store));
  sendJson(ctx.res, 200, group(groupOr404(ctx)));
}

async function update(ctx: Ctx): Promise<void> {
  requireAdmin(authenticate(ctx.req, ctx.store));
  const g = groupOr404(ctx);
  const b = await readJsonObject(ctx.req);
  for (const k of ['username', 'userId']) {
    const v = optString(b, k);
    if (v !== undefined && v !== g.name) throw badRequest(`${k}: a group cannot be renamed`);
  }
  optString(b, 'entityType');
  optInt32(b, 'tenantId');
  optString(b, 'createdBy');
  const roles = optRoles(b, 'roles');
  const permitAll = optBool(b, 'permitAllClusters');
  const clusters = optUuidArray(b, 'permittedClusters');
  if (roles !== undefined) g.roles = roles;
  if (permitAll !== undefined) g.permitAllClusters = permitAll;
  if (clusters !== undefined) g.permittedClusters = clusters;
  sendJson(ctx.res, 200, group(g));
}

async function remove(ctx: Ctx): Promise<void> {
  requireAdmin(authenticate(ctx.req, ctx.store));
  ctx.store.groups.delete(groupOr404(ctx).name);
  sendEmpty(ctx.res, 200);
}

export const k8sGroupRoutes: Route[] = [
  { method: 'GET', path: '/v1/k8s/groups', handler: list },
  { method: 'POST', path: '/v1/k8s/groups', handler: create },
  { method: 'GET', path: '/v1/k8s/groups/:groupName', handler: getOne },
  { method: 'PUT', path: '/v1/k8s/groups/:groupName', handler: update },
  { method: 'DELETE', path: '/v1/k8s/groups/:groupName', handler: remove },
];
