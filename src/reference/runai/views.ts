/** How stored Run:ai users and groups look on the wire. */
import type { RunaiGroup, RunaiUser } from './store.js';

/** `User2` (`/api/v1/users`): every required key present, nullable ones as null. */
export function toUser2(user: RunaiUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    createdBy: user.createdBy,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    lastLogin: user.lastLogin,
    isLocal: user.isLocal,
    ...(user.groups ? { groups: user.groups } : {}),
  };
}

/** `User1` (deprecated `/v1/k8s/users`): `lastLogin` is a non-nullable date-time there, so it is omitted until set. */
export function toUser1(user: RunaiUser): Record<string, unknown> {
  return {
    userId: user.id,
    email: user.username,
    entityType: entityTypeOf(user),
    tenantId: user.tenantId,
    permitAllClusters: user.permitAllClusters,
    permittedClusters: user.permittedClusters,
    roles: user.roles,
    createdAt: user.createdAt,
    ...(user.lastLogin ? { lastLogin: user.lastLogin } : {}),
  };
}

export function entityTypeOf(user: RunaiUser): string {
  return user.entityType ?? (user.isLocal ? 'regular-user' : 'sso-user');
}

/** `Group` (deprecated `/v1/k8s/groups`): the group's name is its `userId`. */
export function toGroup(group: RunaiGroup): Record<string, unknown> {
  return {
    entityType: group.entityType,
    tenantId: group.tenantId,
    userId: group.name,
    permitAllClusters: group.permitAllClusters,
    permittedClusters: group.permittedClusters,
    roles: group.roles,
    createdBy: group.createdBy,
  };
}

/** Create responses echo the request, which requires `password`: masked, so no secret travels back. */
export const MASKED_PASSWORD = '********';
