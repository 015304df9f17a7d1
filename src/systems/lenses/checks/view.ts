/**
 * A Lenses `hq_User` reduced to what the behaviour checks compare: display_name, metadata, profile
 * and group names. Optional parts the server may leave out (metadata, profile) read as empty, so a
 * server that omits an empty object and one that sends `{}` compare equal.
 */
import { isDeepStrictEqual } from 'node:util';

type Json = Record<string, unknown>;

export interface LensesUserView {
  name: unknown;
  display_name: unknown;
  metadata: Json;
  profile: Json;
  /** Names of the groups the user belongs to, sorted. */
  groups: string[];
}

export const asObject = (value: unknown): Json | undefined =>
  (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined);

/** The comparable view of an hq_User body; undefined when the body is not a JSON object. */
export function userView(body: unknown): LensesUserView | undefined {
  const user = asObject(body);
  if (!user) return undefined;
  return {
    name: user.name,
    display_name: user.display_name,
    metadata: asObject(user.metadata) ?? {},
    profile: asObject(user.profile) ?? {},
    groups: groupNames(user.groups),
  };
}

/** Sorted names of an hq_User's `groups` (hq_CompactGroup[]); entries without a name are ignored. */
export function groupNames(groups: unknown): string[] {
  if (!Array.isArray(groups)) return [];
  return groups.map((g) => asObject(g)?.name).filter((n): n is string => typeof n === 'string').sort();
}

/** Metadata patch semantics (FACTS B3): absent keys stay, null deletes, a value replaces. */
export function applyMetadataPatch(current: Json, patch: Record<string, string | null>): Json {
  const next: Json = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** The first field of `fields` whose value differs between two views, with both values. */
export function firstDifference(expected: LensesUserView, actual: LensesUserView, fields: readonly (keyof LensesUserView)[]):
  { field: keyof LensesUserView; expected: unknown; actual: unknown } | undefined {
  for (const field of fields) {
    if (!isDeepStrictEqual(expected[field], actual[field])) return { field, expected: expected[field], actual: actual[field] };
  }
  return undefined;
}
