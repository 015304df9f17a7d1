/**
 * The SCIM reference server's in-memory state: users and groups by id. A resource keeps the
 * attributes the client wrote (`attrs`) beside what the server manages (id, timestamps, version);
 * group membership lives on the group, and a user's `groups` is derived from it (RFC 7643 §4.1.2).
 */
import { newId } from '../random.js';

export type Attrs = Record<string, unknown>;

export interface ScimResource {
  id: string;
  seq: number;
  created: string;
  lastModified: string;
  /** Bumped on every change; the ETag and meta.version are W/"<version>". */
  version: number;
  attrs: Attrs;
  deleted?: boolean;
}

export interface ScimState {
  users: Map<string, ScimResource>;
  groups: Map<string, ScimResource>;
  nextSeq: number;
}

export type ResourceKind = 'User' | 'Group';

export function createScimState(): ScimState {
  return { users: new Map(), groups: new Map(), nextSeq: 1 };
}

export function tableOf(state: ScimState, kind: ResourceKind): Map<string, ScimResource> {
  return kind === 'User' ? state.users : state.groups;
}

export function insertResource(state: ScimState, kind: ResourceKind, attrs: Attrs): ScimResource {
  const now = new Date().toISOString();
  const resource: ScimResource = { id: newId(), seq: state.nextSeq++, created: now, lastModified: now, version: 1, attrs };
  tableOf(state, kind).set(resource.id, resource);
  return resource;
}

/** Records a change: a new lastModified (never before created) and version. */
export function touch(resource: ScimResource): void {
  // ISO strings of one format order as their instants; a clock step back must not precede created.
  const now = new Date().toISOString();
  resource.lastModified = [now, resource.created].sort().at(-1)!;
  resource.version++;
}

/** Live resources of a kind, in creation order. */
export function liveResources(state: ScimState, kind: ResourceKind, includeDeleted = false): ScimResource[] {
  return [...tableOf(state, kind).values()].filter((r) => includeDeleted || !r.deleted).sort((a, b) => a.seq - b.seq);
}

export function findResource(state: ScimState, kind: ResourceKind, id: string, includeDeleted = false): ScimResource | undefined {
  const resource = tableOf(state, kind).get(id);
  return resource && (includeDeleted || !resource.deleted) ? resource : undefined;
}

/** The members of a group, as `{value, type}` items. */
export function membersOf(group: ScimResource): { value: string; type?: string }[] {
  const members = group.attrs.members;
  return Array.isArray(members) ? (members as { value: string; type?: string }[]) : [];
}
