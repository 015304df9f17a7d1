// Groups API (FACTS B6), the auxiliary resource users are assigned to. No roles or service accounts here.
import { randomUUID } from 'node:crypto';
import { conflict, notFound, readJsonObject, sendEmpty, sendJson } from './http.js';
import type { Ctx } from './context.js';
import { byName, now, type GroupRec } from './store.js';
import { applyMetadata, metadataPatch, optString, optStringArray, Problems, resourceName } from './validate.js';
import { compactGroupView, groupView } from './views.js';

function findGroup(ctx: Ctx): GroupRec {
  const g = ctx.store.groups.get(ctx.param);
  if (!g) throw notFound(`Group '${ctx.param}'`);
  return g;
}

// Members must be existing users; roles must be empty because this server defines no roles.
function checkRefs(ctx: Ctx, p: Problems, field: string, names: string[] | undefined): void {
  for (const n of names ?? []) if (!ctx.store.users.has(n)) p.add(field, `user '${n}' does not exist`);
}
function checkRoles(p: Problems, roles: string[] | undefined): void {
  for (const r of roles ?? []) p.add('roles', `role '${r}' does not exist`);
}

export async function listGroups(ctx: Ctx): Promise<void> {
  sendJson(ctx.res, 200, { items: [...ctx.store.groups.values()].sort(byName).map(compactGroupView) });
}

export async function getGroup(ctx: Ctx): Promise<void> {
  sendJson(ctx.res, 200, groupView(ctx.store, findGroup(ctx)));
}

export async function createGroup(ctx: Ctx): Promise<void> {
  const body = await readJsonObject(ctx.req);
  const p = new Problems();
  const name = resourceName(body, 'name', p);
  const displayName = optString(body, 'display_name', p, { min: 1, max: 150 });
  const ssoName = optString(body, 'sso_name', p, { min: 1, max: 150 });
  const description = optString(body, 'description', p, { max: 250 });
  const members = optStringArray(body, 'members', p);
  checkRefs(ctx, p, 'members', members);
  checkRoles(p, optStringArray(body, 'roles', p));
  const metadata = applyMetadata(new Map(), metadataPatch(body, p), p);
  p.throwIfAny();
  if (name === undefined) return; // unreachable after throwIfAny; narrows the type
  if (ctx.store.groups.has(name)) throw conflict(`Group '${name}'`);
  const group: GroupRec = {
    id: randomUUID(),
    name,
    displayName: displayName ?? name,
    ssoName: ssoName ?? name,
    description: description ?? '',
    createdAt: now(),
    metadata,
    members: new Set(members ?? []),
  };
  ctx.store.groups.set(name, group);
  sendJson(ctx.res, 201, groupView(ctx.store, group), { location: `/api/v1/groups/${name}` });
}

export async function patchGroup(ctx: Ctx): Promise<void> {
  const group = findGroup(ctx);
  const body = await readJsonObject(ctx.req);
  const p = new Problems();
  const displayName = optString(body, 'display_name', p, { min: 1, max: 150 });
  const description = optString(body, 'description', p, { max: 250 });
  checkRoles(p, optStringArray(body, 'roles', p));
  const add = optStringArray(body, 'add_members', p);
  const remove = optStringArray(body, 'remove_members', p);
  const set = optStringArray(body, 'set_members', p);
  if (set !== undefined && (add !== undefined || remove !== undefined)) {
    p.add('set_members', 'cannot be combined with add_members or remove_members');
  }
  checkRefs(ctx, p, 'add_members', add);
  checkRefs(ctx, p, 'remove_members', remove);
  checkRefs(ctx, p, 'set_members', set);
  const metadata = applyMetadata(group.metadata, metadataPatch(body, p), p);
  p.throwIfAny();
  if (displayName !== undefined) group.displayName = displayName;
  if (description !== undefined) group.description = description;
  group.metadata = metadata;
  if (set !== undefined) group.members = new Set(set);
  for (const n of add ?? []) group.members.add(n);
  for (const n of remove ?? []) group.members.delete(n); // removal wins, as for users
  sendJson(ctx.res, 200, groupView(ctx.store, group));
}

export async function deleteGroup(ctx: Ctx): Promise<void> {
  ctx.store.groups.delete(findGroup(ctx).name);
  sendEmpty(ctx.res, 204);
}
