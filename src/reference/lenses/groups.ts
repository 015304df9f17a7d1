/**
 * `/api/v1/groups` (FACTS B6), the fixture suites use to create and remove the groups users join.
 * Names follow the HQ resource-name rule (the spec's pattern); duplicates are a 409; members must exist.
 */
import { ApiError, json, noContent, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import { metadataRules, type LensesContext } from './context.js';
import { applyMetadata } from './metadata.js';
import { findUser, insertGroup, membersOf, type LensesGroup } from './store.js';
import { toCompactGroup, toHqGroup } from './views.js';

interface GroupBody {
  name: string;
  display_name?: string;
  sso_name?: string;
  description?: string;
  members?: string[];
  roles?: string[];
  metadata?: Record<string, string | null>;
  add_members?: string[];
  remove_members?: string[];
  set_members?: string[];
}

export function listGroups(ctx: LensesContext): Reply {
  const groups = [...ctx.state.groups.values()].sort((a, b) => a.seq - b.seq);
  return json(200, { items: groups.map((g) => toCompactGroup(ctx, g)) });
}

export function createGroup(ctx: LensesContext, request: HandlerRequest): Reply {
  const body = request.body as GroupBody;
  const metadata = applyMetadata({}, body.metadata, metadataRules(ctx));
  if (ctx.state.groups.has(body.name)) throw new ApiError(409, `Conflict: a group named ${body.name} already exists`);
  const members = requireUsers(ctx, body.members ?? []);
  const group = insertGroup(ctx.state, {
    name: body.name,
    display_name: body.display_name ?? body.name,
    sso_name: body.sso_name ?? body.name,
    description: body.description ?? '',
    roles: body.roles ?? [],
    metadata: metadata as Record<string, string>,
  });
  members.forEach((u) => u.groups.add(group.name));
  return json(201, toHqGroup(ctx, group));
}

/** Like PUT user groups: add/remove (removal wins) or set_members alone. */
export function updateGroup(ctx: LensesContext, request: HandlerRequest): Reply {
  const group = requireGroup(ctx, request.params.name!);
  const body = request.body as Partial<GroupBody>;
  if (body.set_members && (body.add_members || body.remove_members)) {
    throw new ApiError(400, 'Bad request: set_members cannot be combined with add_members or remove_members', [
      { field: 'set_members', reason: 'cannot be combined with add_members or remove_members' },
    ]);
  }
  const toAdd = requireUsers(ctx, body.set_members ?? body.add_members ?? []);
  const toRemove = requireUsers(ctx, body.remove_members ?? []);
  group.metadata = applyMetadata(group.metadata, body.metadata, metadataRules(ctx));
  if (body.display_name !== undefined) group.display_name = body.display_name;
  if (body.description !== undefined) group.description = body.description;
  if (body.roles) group.roles = body.roles;
  if (body.set_members) membersOf(ctx.state, group.name).forEach((u) => u.groups.delete(group.name));
  toAdd.forEach((u) => u.groups.add(group.name));
  toRemove.forEach((u) => u.groups.delete(group.name));
  return json(200, toHqGroup(ctx, group));
}

export function deleteGroup(ctx: LensesContext, request: HandlerRequest): Reply {
  const group = requireGroup(ctx, request.params.name!);
  membersOf(ctx.state, group.name).forEach((u) => u.groups.delete(group.name));
  ctx.state.groups.delete(group.name);
  return noContent();
}

function requireGroup(ctx: LensesContext, name: string): LensesGroup {
  const group = ctx.state.groups.get(name);
  if (!group) throw new ApiError(404, `Not found: no group named ${name}`);
  return group;
}

function requireUsers(ctx: LensesContext, names: string[]) {
  return names.map((name) => {
    const user = findUser(ctx.state, name);
    if (!user) throw new ApiError(404, `Not found: no user named ${name}`);
    return user;
  });
}
