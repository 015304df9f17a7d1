// Shared types of the independent Run:ai Users server (clean-room, contract-only).

export type Version = '2.18' | '2.19' | '2.24';

export const ROLES = [
  'admin', 'department_admin', 'researcher', 'editor', 'viewer', 'research_manager', 'ml_engineer',
] as const;
export type Role = (typeof ROLES)[number];

/** One tenant user; the /api/v1 and the deprecated /v1/k8s views read the same record. */
export interface UserRec {
  id: string;
  seq: number; // insertion order, the default sort and the tie-breaker
  email: string;
  password: string;
  temporary: boolean; // password must be changed (temp password or needToChangePassword)
  roles: Role[];
  entityType: 'regular-user';
  permitAllClusters: boolean;
  permittedClusters: string[];
  createdById: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  lastLogin: Date | null;
}

/** Deprecated /v1/k8s/groups entity; its name is its id. */
export interface GroupRec {
  name: string;
  seq: number;
  email: string;
  roles: Role[];
  permitAllClusters: boolean;
  permittedClusters: string[];
  createdBy: string;
  passwordField?: unknown; // 2.19 requires an undefined `password`; kept only to echo on create
}

/** An application (client credentials / app token); not a user. */
export interface AppRec {
  id: string;
  name: string;
  secret: string;
  roles: Role[];
}

/** Who is calling, resolved from the bearer token. */
export interface Principal {
  kind: 'user' | 'app';
  id: string;
  name: string;
  roles: Role[];
}
