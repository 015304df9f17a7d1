// Response shapes: User2 (/api/v1/users), User1 and Group (deprecated /v1/k8s API).
import { TENANT_ID } from './store.js';
import type { GroupRec, UserRec } from './types.js';

export function user2(u: UserRec): Record<string, unknown> {
  return {
    id: u.id,
    username: u.email,
    createdBy: u.createdByName,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    lastLogin: u.lastLogin ? u.lastLogin.toISOString() : null,
    isLocal: true, // no SSO is configured, so every user is local
    groups: [], // IdP groups; a local user has none
  };
}

export function user1(u: UserRec): Record<string, unknown> {
  const v: Record<string, unknown> = {
    entityType: u.entityType,
    tenantId: TENANT_ID,
    userId: u.id,
    permitAllClusters: u.permitAllClusters,
    permittedClusters: [...u.permittedClusters],
    roles: [...u.roles],
    createdAt: u.createdAt.toISOString(),
    email: u.email,
  };
  // User1.lastLogin is a non-nullable date-time, so a user who never logged in omits it.
  if (u.lastLogin) v.lastLogin = u.lastLogin.toISOString();
  return v;
}

export function group(g: GroupRec): Record<string, unknown> {
  return {
    entityType: 'group',
    tenantId: TENANT_ID,
    userId: g.name,
    permitAllClusters: g.permitAllClusters,
    permittedClusters: [...g.permittedClusters],
    roles: [...g.roles],
    createdBy: g.createdBy,
  };
}
