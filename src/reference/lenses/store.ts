/**
 * Lenses HQ's in-memory state: users by name, groups by name, memberships on the user, settings per
 * user. Deletes are soft (a `deleted` flag) so faults can keep deleted users visible; correct reads go
 * through the `live*` helpers.
 */
import { newId } from '../random.js';

export interface LensesUser {
  id: string;
  seq: number;
  name: string;
  display_name: string;
  created_at: string;
  profile: { full_name?: string; email_address?: string };
  is_admin: boolean;
  metadata: Record<string, string>;
  /** The time of the user's latest authenticated request (only where a benign variant tracks it). */
  last_seen_at?: string;
  /** Names of the groups the user belongs to. */
  groups: Set<string>;
  /** The login password (only the seeded admin has one). Plain text: a test double, never persisted. */
  password?: string;
  deleted?: boolean;
}

export interface LensesGroup {
  id: string;
  seq: number;
  name: string;
  display_name: string;
  sso_name: string;
  description: string;
  created_at: string;
  roles: string[];
  metadata: Record<string, string>;
}

export interface LensesState {
  /** By name; a deleted user stays until its name is reused. */
  users: Map<string, LensesUser>;
  groups: Map<string, LensesGroup>;
  settings: Map<string, Record<string, unknown>>;
  nextSeq: number;
}

export function createLensesState(): LensesState {
  return { users: new Map(), groups: new Map(), settings: new Map(), nextSeq: 1 };
}

export function insertUser(state: LensesState, fields: Pick<LensesUser, 'name'> & Partial<LensesUser>): LensesUser {
  const user: LensesUser = {
    id: newId(),
    display_name: fields.name,
    created_at: new Date().toISOString(),
    profile: {},
    is_admin: false,
    metadata: {},
    groups: new Set(),
    ...fields,
    seq: state.nextSeq++,
  };
  state.users.set(user.name, user);
  return user;
}

export function insertGroup(state: LensesState, fields: Pick<LensesGroup, 'name'> & Partial<LensesGroup>): LensesGroup {
  const group: LensesGroup = {
    id: newId(),
    display_name: fields.name,
    sso_name: fields.name,
    description: '',
    created_at: new Date().toISOString(),
    roles: [],
    metadata: {},
    ...fields,
    seq: state.nextSeq++,
  };
  state.groups.set(group.name, group);
  return group;
}

export function findUser(state: LensesState, name: string, includeDeleted = false): LensesUser | undefined {
  const user = state.users.get(name);
  return user && (includeDeleted || !user.deleted) ? user : undefined;
}

/** In creation order. */
export function liveUsers(state: LensesState, includeDeleted = false): LensesUser[] {
  return [...state.users.values()].filter((u) => includeDeleted || !u.deleted).sort((a, b) => a.seq - b.seq);
}

export function membersOf(state: LensesState, groupName: string): LensesUser[] {
  return liveUsers(state).filter((u) => u.groups.has(groupName));
}
