/**
 * Lenses HQ users behaviour checks (`/api/v1/users…`): display_name default, PATCH semantics,
 * profile, free-form names, limits and group membership. Each function is named after its check id.
 * Checks take the responses and the user views (`lenses-view.ts`) read before and after a step.
 */
import { isDeepStrictEqual } from 'node:util';
import type { HttpResponse } from '../../../http/types.js';
import { expectStatus, isSuccess } from '../../../checks/expect-status.js';
import { applyMetadataPatch, asObject, firstDifference, type LensesUserView } from '././view.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';

const OTHER_FIELDS = ['display_name', 'metadata', 'profile', 'groups'] as const;
type Json = Record<string, unknown>;

/** `lenses.display-name-defaults`: a user created without display_name shows its name there. */
export function lensesDisplayNameDefaults(operationId: string, body: unknown, name: string): Verdict {
  const user = asObject(body);
  if (!user) return skip(`${operationId}: no user in the body (see schema.response)`);
  return expectThat(user.display_name === name, `${operationId} of a user created without display_name: display_name is ${JSON.stringify(user.display_name)}, expected the name "${name}"`, name, user.display_name);
}

/**
 * `lenses.patch-keeps-absent`: the PATCH succeeded (200) and every field it did not name reads back
 * as before. `changed` lists the fields the PATCH named (their new values are checked elsewhere).
 */
export function lensesPatchKeepsAbsent(operationId: string, response: HttpResponse, before: LensesUserView, after: LensesUserView | undefined, changed: readonly string[]): Verdict {
  const status = expectStatus(response, [200], `${operationId} naming only ${changed.join(', ')}`);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${operationId}: the user could not be read back after the PATCH`);
  const untouched = OTHER_FIELDS.filter((f) => !changed.includes(f));
  const diff = firstDifference(before, after, untouched);
  if (!diff) return pass();
  return fail(`${operationId} naming only ${changed.join(', ')}: ${diff.field} is ${JSON.stringify(diff.actual)}, expected ${JSON.stringify(diff.expected)} (absent fields must be left untouched)`, diff.expected, diff.actual);
}

/** `lenses.metadata-patch`: the metadata read back is the old metadata with the patch applied. */
export function lensesMetadataPatch(operationId: string, response: HttpResponse, before: LensesUserView, patch: Record<string, string | null>, after: LensesUserView | undefined): Verdict {
  const status = expectStatus(response, [200], `${operationId} with a metadata patch`);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${operationId}: the user could not be read back after the PATCH`);
  // Whether PATCH user takes metadata at all is a guess (FACTS B5): a server that leaves it untouched
  // ignores the field, which breaks no stated rule. Once it changes anything, FACTS B3's semantics apply.
  if (isDeepStrictEqual(before.metadata, after.metadata)) {
    return skip(`${operationId}: the metadata did not change at all: the server ignores metadata on PATCH user, which FACTS B5 only guesses it takes`);
  }
  const expected = applyMetadataPatch(before.metadata, patch);
  if (isDeepStrictEqual(expected, after.metadata)) return pass();
  const key = [...new Set([...Object.keys(expected), ...Object.keys(after.metadata)])].find((k) => !isDeepStrictEqual(expected[k], after.metadata[k]))!;
  const rule = !(key in patch) ? 'absent keys must be left untouched' : patch[key] === null ? 'null must delete the key' : 'a value must replace the old one';
  return fail(`${operationId} metadata patch ${JSON.stringify(patch)}: key "${key}" is ${JSON.stringify(after.metadata[key])}, expected ${JSON.stringify(expected[key])} (${rule})`, expected, after.metadata);
}

/** `lenses.profile-keeps-absent`: the profile PATCH set the given fields, kept the other profile fields and the rest of the user. */
export function lensesProfileKeepsAbsent(operationId: string, response: HttpResponse, before: LensesUserView, patch: Record<string, string>, after: LensesUserView | undefined): Verdict {
  const status = expectStatus(response, [200], `${operationId} with ${Object.keys(patch).join(', ')}`);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${operationId}: the user could not be read back after the PATCH`);
  const expected: LensesUserView = { ...before, profile: { ...before.profile, ...patch } };
  const diff = firstDifference(expected, after, ['profile', 'display_name', 'metadata', 'groups']);
  if (!diff) return pass();
  return fail(`${operationId} with only ${Object.keys(patch).join(', ')}: ${diff.field} is ${JSON.stringify(diff.actual)}, expected ${JSON.stringify(diff.expected)}`, diff.expected, diff.actual);
}

/** `lenses.name-free-form`: create answers 201 and a read by that exact name finds the user. */
export function lensesNameFreeForm(operationId: string, response: HttpResponse, name: string, expectedStatus: 200 | 201): Verdict {
  const status = expectStatus(response, [expectedStatus], `${operationId} with the name ${JSON.stringify(name)}`);
  if (status.outcome !== 'pass') return status;
  const actual = asObject(response.json)?.name;
  return expectThat(actual === name, `${operationId} with the name ${JSON.stringify(name)}: name is ${JSON.stringify(actual)}`, name, actual);
}

/**
 * `lenses.limits-enforced`: a request over a documented limit is refused with a 4xx. For a metadata
 * key over its limit, `metadata` holds the user's metadata read after (and before, for a PATCH): a
 * refusal must leave it as it was; an acceptance that did not store the key is leniency that leaves
 * no trace (DECISIONS: no MUST failure without harm), so the check does not apply.
 */
export function lensesLimitsEnforced(response: HttpResponse, what: string, metadata?: { key: string; before?: Json; after: Json | undefined }): Verdict {
  const status = expectStatus(response, '4xx', what);
  if (!metadata) return status;
  if (metadata.after === undefined) return status.outcome === 'pass' || !isSuccess(response) ? status : skip(`${what}: accepted, and the user could not be read back to see whether the key was stored`);
  if (status.outcome !== 'pass') {
    return isSuccess(response) && !(metadata.key in metadata.after) ? skip(`${what}: accepted but not stored (the server ignored the key): no harm to judge`) : status;
  }
  const before = metadata.before ?? {};
  return expectThat(isDeepStrictEqual(before, metadata.after), `${what}: refused, but the metadata changed to ${JSON.stringify(metadata.after)}`, before, metadata.after);
}

/** The PUT itself: 200 or 204 (DECISIONS). */
function putSucceeded(response: HttpResponse, what: string): Verdict {
  return expectStatus(response, [200, 204], `setUserGroups ${what}`);
}

function membership(what: string, response: HttpResponse, after: readonly string[] | undefined, test: (after: readonly string[]) => Verdict): Verdict {
  const status = putSucceeded(response, what);
  if (status.outcome !== 'pass') return status;
  return after ? test(after) : skip(`setUserGroups ${what}: the user could not be read back`);
}

/** `lenses.groups-add`: after add_to_groups the user is a member of every added group. */
export function lensesGroupsAdd(response: HttpResponse, after: readonly string[] | undefined, added: readonly string[]): Verdict {
  const what = `add_to_groups ${JSON.stringify(added)}`;
  return membership(what, response, after, (groups) => {
    const missing = added.filter((g) => !groups.includes(g));
    return expectThat(missing.length === 0, `setUserGroups ${what}: the user is not a member of ${missing.join(', ')} afterwards`, added, groups);
  });
}

/** `lenses.groups-remove`: after remove_from_groups the user is a member of none of them. */
export function lensesGroupsRemove(response: HttpResponse, after: readonly string[] | undefined, removed: readonly string[]): Verdict {
  const what = `remove_from_groups ${JSON.stringify(removed)}`;
  return membership(what, response, after, (groups) => {
    const still = removed.filter((g) => groups.includes(g));
    return expectThat(still.length === 0, `setUserGroups ${what}: the user is still a member of ${still.join(', ')}`, `none of ${removed.join(', ')}`, groups);
  });
}

/** `lenses.removal-wins`: a group named in both add_to_groups and remove_from_groups ends up not joined. */
export function lensesRemovalWins(response: HttpResponse, after: readonly string[] | undefined, both: readonly string[]): Verdict {
  const what = `with ${both.join(', ')} in both add_to_groups and remove_from_groups`;
  return membership(what, response, after, (groups) => {
    const kept = both.filter((g) => groups.includes(g));
    return expectThat(kept.length === 0, `setUserGroups ${what}: the user is a member of ${kept.join(', ')} (removal must win)`, `none of ${both.join(', ')}`, groups);
  });
}

/** `lenses.set-groups-exact`: after set_groups the membership is exactly those groups. */
export function lensesSetGroupsExact(response: HttpResponse, after: readonly string[] | undefined, set: readonly string[]): Verdict {
  const what = `set_groups ${JSON.stringify(set)}`;
  const expected = [...set].sort();
  return membership(what, response, after, (groups) =>
    expectThat(isDeepStrictEqual([...groups].sort(), expected), `setUserGroups ${what}: groups are ${JSON.stringify(groups)}, expected exactly ${JSON.stringify(expected)}`, expected, groups));
}

/** `lenses.set-groups-exclusive`: set_groups with add/remove is refused (4xx) and changes nothing. */
export function lensesSetGroupsExclusive(response: HttpResponse, combination: string, before: readonly string[], after: readonly string[] | undefined): Verdict {
  const what = `setUserGroups with ${combination}`;
  const status = expectStatus(response, '4xx', what);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${what}: the user could not be read back`);
  return expectThat(isDeepStrictEqual([...after].sort(), [...before].sort()), `${what}: refused, but the groups changed to ${JSON.stringify(after)}`, before, after);
}
