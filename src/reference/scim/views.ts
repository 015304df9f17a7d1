/**
 * How stored SCIM resources look on the wire (RFC 7643 §3.1, §4): schemas, id, the client's
 * attributes (never the password), the user's derived `groups`, and `meta` with resourceType,
 * created, lastModified, location and version.
 */
import type { ScimContext } from './context.js';
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER } from './schema.js';
import { liveResources, membersOf, type ResourceKind, type ScimResource } from './store.js';

type Obj = Record<string, unknown>;

export const versionOf = (resource: ScimResource): string => `W/"${resource.version}"`;

/** The resource's URI. Relative to the server: it does not know the host it is reached by. */
export function locationOf(ctx: ScimContext, kind: ResourceKind, resource: ScimResource): string {
  const collection = kind === 'User' ? '/Users' : '/Groups';
  return ctx.behaviour.scimLocationWithoutId ? collection : `${collection}/${resource.id}`;
}

function metaOf(ctx: ScimContext, kind: ResourceKind, resource: ScimResource): Obj {
  return {
    resourceType: kind,
    created: resource.created,
    lastModified: resource.lastModified,
    location: locationOf(ctx, kind, resource),
    ...(!ctx.behaviour.scimEtagUnsupported && { version: versionOf(resource) }),
  };
}

export function toScimUser(ctx: ScimContext, user: ScimResource): Obj {
  const { password, ...attrs } = user.attrs;
  const groups = ctx.behaviour.scimUserGroupsOmitted ? [] : liveResources(ctx.state, 'Group')
    .filter((g) => membersOf(g).some((m) => m.value === user.id))
    .map((g) => ({ value: g.id, display: g.attrs.displayName, $ref: locationOf(ctx, 'Group', g), type: 'direct' }));
  return {
    schemas: ENTERPRISE_USER in attrs ? [CORE_USER, ENTERPRISE_USER] : [CORE_USER],
    id: user.id,
    ...attrs,
    ...(ctx.behaviour.scimPasswordReturned && password !== undefined && { password }),
    ...(groups.length > 0 && { groups }),
    meta: metaOf(ctx, 'User', user),
  };
}

export function toScimGroup(ctx: ScimContext, group: ScimResource): Obj {
  const members = membersOf(group).map((m) => {
    const user = ctx.state.users.get(m.value);
    return { value: m.value, type: m.type ?? 'User', ...(user && { display: user.attrs.displayName ?? user.attrs.userName, $ref: locationOf(ctx, 'User', user) }) };
  });
  const { members: _stored, ...attrs } = group.attrs;
  return { schemas: [CORE_GROUP], id: group.id, ...attrs, ...(members.length > 0 && { members }), meta: metaOf(ctx, 'Group', group) };
}

export function toScim(ctx: ScimContext, kind: ResourceKind, resource: ScimResource): Obj {
  return kind === 'User' ? toScimUser(ctx, resource) : toScimGroup(ctx, resource);
}
