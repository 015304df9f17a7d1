// /api/v1/users and /api/v1/users/{name}[/profile|/groups] (seed 003).
import { conflict, notFound, readJsonObject, sendEmpty, sendJson, HttpError } from './http.js';
import type { Ctx } from './context.js';
import { byName, type UserRec } from './store.js';
import { applyMetadata, metadataPatch, optString, optStringArray, Problems, reqString } from './validate.js';
import { userView } from './views.js';

// "me" names the /users/me routes, so no user may take it.
const RESERVED = new Set(['me']);

function findUser(ctx: Ctx): UserRec {
  const user = ctx.store.users.get(ctx.param);
  if (!user) throw notFound(`User '${ctx.param}'`);
  return user;
}

export async function listUsers(ctx: Ctx): Promise<void> {
  const items = [...ctx.store.users.values()].sort(byName).map((u) => userView(ctx.store, u));
  sendJson(ctx.res, 200, { items });
}

export async function getUser(ctx: Ctx): Promise<void> {
  sendJson(ctx.res, 200, userView(ctx.store, findUser(ctx)));
}

export async function createUser(ctx: Ctx): Promise<void> {
  const body = await readJsonObject(ctx.req);
  const p = new Problems();
  const name = reqString(body, 'name', p, { min: 1, max: 100 });
  if (name !== undefined && RESERVED.has(name)) p.add('name', `'${name}' is reserved`);
  const displayName = optString(body, 'display_name', p, { min: 1, max: 150 });
  const metadata = applyMetadata(new Map(), metadataPatch(body, p), p);
  p.throwIfAny();
  if (name === undefined) return; // unreachable: throwIfAny covered it; narrows the type
  if (ctx.store.users.has(name)) throw conflict(`User '${name}'`);
  const user = ctx.store.newUser(name, displayName ?? name, { metadata });
  const location = `/api/v1/users/${encodeURIComponent(name)}`;
  sendJson(ctx.res, 201, userView(ctx.store, user), { location });
}

export async function patchUser(ctx: Ctx): Promise<void> {
  const user = findUser(ctx);
  const body = await readJsonObject(ctx.req);
  const p = new Problems();
  const displayName = optString(body, 'display_name', p, { min: 1, max: 150 });
  const metadata = applyMetadata(user.metadata, metadataPatch(body, p), p);
  p.throwIfAny();
  if (displayName !== undefined) user.displayName = displayName;
  user.metadata = metadata;
  sendJson(ctx.res, 200, userView(ctx.store, user));
}

export async function patchProfile(ctx: Ctx): Promise<void> {
  const user = findUser(ctx);
  const body = await readJsonObject(ctx.req);
  const p = new Problems();
  const fullName = optString(body, 'full_name', p, { max: 100 });
  const email = optString(body, 'email_address', p, { max: 100 });
  p.throwIfAny();
  if (fullName !== undefined) user.profile.fullName = fullName;
  if (email !== undefined) user.profile.emailAddress = email;
  sendJson(ctx.res, 200, userView(ctx.store, user));
}

export async function deleteUser(ctx: Ctx): Promise<void> {
  const user = findUser(ctx);
  if (user.name === ctx.principal.user.name) {
    // Deleting the account you are acting as would lock the caller out mid-request.
    throw new HttpError(400, 'invalid_operation', 'You cannot delete the user you are authenticated as.');
  }
  ctx.store.deleteUser(user.name);
  sendEmpty(ctx.res, 204);
}

export async function putUserGroups(ctx: Ctx): Promise<void> {
  const user = findUser(ctx);
  const body = await readJsonObject(ctx.req);
  const p = new Problems();
  const add = optStringArray(body, 'add_to_groups', p);
  const remove = optStringArray(body, 'remove_from_groups', p);
  const set = optStringArray(body, 'set_groups', p);
  if (set !== undefined && (add !== undefined || remove !== undefined)) {
    p.add('set_groups', 'cannot be combined with add_to_groups or remove_from_groups');
  }
  for (const [field, names] of [['add_to_groups', add], ['remove_from_groups', remove], ['set_groups', set]] as const) {
    for (const g of names ?? []) if (!ctx.store.groups.has(g)) p.add(field, `group '${g}' does not exist`);
  }
  p.throwIfAny();
  const groups = ctx.store.groups;
  if (set !== undefined) {
    const wanted = new Set(set);
    for (const g of groups.values()) {
      if (wanted.has(g.name)) g.members.add(user.name);
      else g.members.delete(user.name);
    }
  } else {
    for (const g of add ?? []) groups.get(g)?.members.add(user.name);
    for (const g of remove ?? []) groups.get(g)?.members.delete(user.name); // after adds: removal wins
  }
  sendJson(ctx.res, 200, userView(ctx.store, user));
}
