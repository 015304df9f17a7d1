/**
 * Run:ai's in-memory state: one user store shared by `/api/v1/users` and the deprecated
 * `/v1/k8s/users` (a user created through one is visible through the other), and the k8s groups.
 * Deletes are soft (a `deleted` flag) so that faults can keep deleted records visible; every correct
 * read goes through the `live*` helpers.
 */
import { newId } from '../random.js';

export interface RunaiUser {
  id: string;
  /** Creation order: the default list order and the sort tie-breaker. */
  seq: number;
  /** The email. */
  username: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  lastLogin: string | null;
  isLocal: boolean;
  /** SSO groups; only SSO users have them. */
  groups?: string[];
  /** Current password (temporary or chosen); undefined for SSO users. Plain text: a test double, never persisted. */
  password?: string;
  passwordIsTemp: boolean;
  /** The temp password issued at creation (kept for the "same temp password" fault). */
  initialTempPassword?: string;
  /** Passwords that a fault keeps valid after they were replaced. */
  stalePasswords: string[];
  // Deprecated k8s view
  /** `AuthEntityType`, when set through the k8s API; otherwise derived from isLocal. */
  entityType?: string;
  roles: string[];
  permitAllClusters: boolean;
  permittedClusters: string[];
  tenantId: number;
  deleted?: boolean;
}

export interface RunaiGroup {
  name: string;
  seq: number;
  entityType: string;
  tenantId: number;
  roles: string[];
  permitAllClusters: boolean;
  permittedClusters: string[];
  createdBy: string;
  deleted?: boolean;
}

export interface RunaiState {
  /** In creation order. */
  users: RunaiUser[];
  groups: RunaiGroup[];
  nextSeq: number;
}

export const TENANT_ID = 1001;

export function createRunaiState(): RunaiState {
  return { users: [], groups: [], nextSeq: 1 };
}

export type NewUser = Pick<RunaiUser, 'username' | 'createdBy' | 'isLocal'> & Partial<RunaiUser>;

export function insertUser(state: RunaiState, fields: NewUser, now = new Date().toISOString()): RunaiUser {
  const user: RunaiUser = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    lastLogin: null,
    passwordIsTemp: false,
    stalePasswords: [],
    roles: [],
    permitAllClusters: false,
    permittedClusters: [],
    tenantId: TENANT_ID,
    ...fields,
    seq: state.nextSeq++,
  };
  state.users.push(user);
  return user;
}

export function liveUsers(state: RunaiState): RunaiUser[] {
  return state.users.filter((u) => !u.deleted);
}

export function findUser(state: RunaiState, id: string, includeDeleted = false): RunaiUser | undefined {
  // Newest first: with a fault that keeps deleted records, a re-created id never shadows a live one.
  for (let i = state.users.length - 1; i >= 0; i--) {
    const user = state.users[i]!;
    if (user.id === id && (includeDeleted || !user.deleted)) return user;
  }
  return undefined;
}

/** Emails are unique case-insensitively. */
export function findUserByEmail(state: RunaiState, email: string, includeDeleted = false): RunaiUser | undefined {
  const wanted = email.toLowerCase();
  return state.users.find((u) => (includeDeleted || !u.deleted) && u.username.toLowerCase() === wanted);
}

export function findGroup(state: RunaiState, name: string, includeDeleted = false): RunaiGroup | undefined {
  return [...state.groups].reverse().find((g) => g.name === name && (includeDeleted || !g.deleted));
}

export function touch(user: RunaiUser): void {
  user.updatedAt = new Date().toISOString();
}
