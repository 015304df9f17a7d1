/**
 * The in-memory model of what a Lenses HQ target should hold for the users of one model-based run,
 * and how a user read from the target is compared with it. Pure: no I/O.
 */
import { applyMetadataPatch, type LensesUserView } from '../checks/view.js';

export interface ModelUser {
  display_name: string;
  metadata: Record<string, string>;
  profile: { full_name?: string; email_address?: string };
  /** Names of the run's groups the user belongs to. */
  groups: Set<string>;
}

export interface LensesModel {
  users: Map<string, ModelUser>;
}

export const emptyModel = (): LensesModel => ({ users: new Map() });

/** A new user as the seed describes it: display_name defaults to the name. */
export function newModelUser(name: string, displayName: string | undefined, metadata: Record<string, string> | undefined): ModelUser {
  return { display_name: displayName ?? name, metadata: { ...(metadata ?? {}) }, profile: {}, groups: new Set() };
}

export function patchModelUser(user: ModelUser, displayName: string | undefined, metadata: Record<string, string | null> | undefined): void {
  if (displayName !== undefined) user.display_name = displayName;
  if (metadata !== undefined) user.metadata = applyMetadataPatch(user.metadata, metadata) as Record<string, string>;
}

/** add/remove (removal wins) or set alone, as seed 003 describes `PUT …/groups`. */
export function applyGroups(user: ModelUser, change: { add?: string[]; remove?: string[]; set?: string[] }): void {
  const next = new Set(change.set ?? user.groups);
  for (const group of change.add ?? []) next.add(group);
  for (const group of change.remove ?? []) next.delete(group);
  user.groups = next;
}

/** An unset profile field may read as absent, null or "" (the schema requires neither field). */
const unset = (value: unknown) => value === undefined || value === null || value === '';

/** One field where the target and the model differ: what the model expects and what the target has. */
export interface Disagreement {
  field: string;
  expected: unknown;
  actual: unknown;
}

/** `metadata.team: expected "first", got undefined`. */
export const describeDisagreement = ({ field, expected, actual }: Disagreement): string =>
  `${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;

/**
 * The first way the user read from the target differs from the model, or undefined when they agree.
 * Groups are compared within the run's own groups only (the target may know other groups).
 */
export function disagreement(view: LensesUserView, user: ModelUser, runGroups: readonly string[]): Disagreement | undefined {
  if (view.display_name !== user.display_name) return { field: 'display_name', expected: user.display_name, actual: view.display_name };
  const metadataKeys = new Set([...Object.keys(view.metadata), ...Object.keys(user.metadata)]);
  for (const key of metadataKeys) {
    if (view.metadata[key] !== user.metadata[key]) return { field: `metadata.${key}`, expected: user.metadata[key], actual: view.metadata[key] };
  }
  for (const field of ['full_name', 'email_address'] as const) {
    const expected = user.profile[field];
    const actual = view.profile[field];
    if (expected === undefined ? !unset(actual) : actual !== expected) return { field: `profile.${field}`, expected, actual };
  }
  const groups = view.groups.filter((g) => runGroups.includes(g)).sort();
  const expected = [...user.groups].sort();
  if (groups.join('\n') !== expected.join('\n')) return { field: 'groups', expected, actual: groups };
  return undefined;
}
