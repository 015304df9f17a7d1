/**
 * Lenses HQ users behaviour checks (`/api/v1/users…`): display_name default, PATCH semantics,
 * profile, free-form names, limits and group membership. Each function is named after its check id.
 * Checks take the responses and the user views (`lenses-view.ts`) read before and after a step.
 */
import { isDeepStrictEqual } from 'node:util';
import type { HttpResponse } from '../../../http/types.js';
import { expectStatus, isSuccess } from '../../../checks/expect-status.js';
import { applyMetadataPatch, asObject, firstDifference, type LensesUserView } from './view.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import { defineCheck } from '../../../checks/define.js';

const OTHER_FIELDS = ['display_name', 'metadata', 'profile', 'groups'] as const;
type Json = Record<string, unknown>;

/** `lenses.display-name-defaults`: a user created without display_name shows its name there. */
export const lensesDisplayNameDefaults = defineCheck({
  id: 'lenses.display-name-defaults',
  level: 'MUST',
  category: 'lifecycle',
  title: 'display_name defaults to name',
  why: 'Seed 003, `POST /api/v1/users`, display_name: "If not provided, the value of name will be used." A user created without display_name must show display_name equal to its name, in the create response and when read back.',
  example: 'createUser without display_name: display_name is "", expected "uc-abc12345-120001"',
  basis: 'seed',
  source: "seed 003 POST /api/v1/users display_name: \"If not provided, the value of name will be used.\"",
}, (operationId: string, body: unknown, name: string): Verdict => {
  const user = asObject(body);
  if (!user) return skip(`${operationId}: no user in the body (see schema.response)`);
  return expectThat(user.display_name === name, `${operationId} of a user created without display_name: display_name is ${JSON.stringify(user.display_name)}, expected the name "${name}"`, name, user.display_name);
});

/**
 * `lenses.patch-keeps-absent`: the PATCH succeeded (200) and every field it did not name reads back
 * as before. `changed` lists the fields the PATCH named (their new values are checked elsewhere).
 */
export const lensesPatchKeepsAbsent = defineCheck({
  id: 'lenses.patch-keeps-absent',
  level: 'MUST',
  category: 'lifecycle',
  title: 'PATCH user leaves absent fields untouched',
  why: 'Seed 003, `PATCH /api/v1/users/{name}`: "Updates a user. Absent fields are left untouched." After a PATCH that names only some fields, everything else of the user (display_name, metadata, profile, groups) must read back as before.',
  example: 'updateUser with only display_name: metadata is {}, expected {"keep":"k"} (absent fields must be left untouched)',
  basis: 'seed',
  source: "seed 003 PATCH /api/v1/users/{name}: \"Absent fields are left untouched.\"",
}, (operationId: string, response: HttpResponse, before: LensesUserView, after: LensesUserView | undefined, changed: readonly string[]): Verdict => {
  const status = expectStatus(response, [200], `${operationId} naming only ${changed.join(', ')}`);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${operationId}: the user could not be read back after the PATCH`);
  const untouched = OTHER_FIELDS.filter((f) => !changed.includes(f));
  const diff = firstDifference(before, after, untouched);
  if (!diff) return pass();
  return fail(`${operationId} naming only ${changed.join(', ')}: ${diff.field} is ${JSON.stringify(diff.actual)}, expected ${JSON.stringify(diff.expected)} (absent fields must be left untouched)`, diff.expected, diff.actual);
});

/** `lenses.metadata-patch`: the metadata read back is the old metadata with the patch applied. */
export const lensesMetadataPatch = defineCheck({
  id: 'lenses.metadata-patch',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Metadata patches: null deletes, values replace, absent keys stay',
  why: 'FACTS B3, metadata patch semantics as stated in the Lenses API spec: absent keys are left untouched, null values are deleted, non-null values replace the old value. A PATCH with such a metadata object must leave exactly that result on the user.',
  example: 'updateUser metadata patch: key "gone" was patched to null but is still "g"',
  basis: 'fact',
  source: "FACTS B3: metadata patches leave absent keys untouched, delete null values, replace the others (checked once the server shows it takes metadata on PATCH, which FACTS B5 only guesses)",
}, (operationId: string, response: HttpResponse, before: LensesUserView, patch: Record<string, string | null>, after: LensesUserView | undefined): Verdict => {
  const status = expectStatus(response, [200], `${operationId} with a metadata patch`);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${operationId}: the user could not be read back after the PATCH`);
  // Whether PATCH user takes metadata at all is a guess (FACTS B5): a server that leaves it untouched
  // ignores the field, which breaks no stated rule. Once it changes anything, FACTS B3's semantics apply.
  if (isDeepStrictEqual(before.metadata, after.metadata)) {
    return skip(`${operationId}: the metadata did not change at all: the server ignores metadata on PATCH user, which the Lenses HQ documentation does not say it takes`);
  }
  const expected = applyMetadataPatch(before.metadata, patch);
  if (isDeepStrictEqual(expected, after.metadata)) return pass();
  const key = [...new Set([...Object.keys(expected), ...Object.keys(after.metadata)])].find((k) => !isDeepStrictEqual(expected[k], after.metadata[k]))!;
  const rule = !(key in patch) ? 'absent keys must be left untouched' : patch[key] === null ? 'null must delete the key' : 'a value must replace the old one';
  return fail(`${operationId} metadata patch ${JSON.stringify(patch)}: key "${key}" is ${JSON.stringify(after.metadata[key])}, expected ${JSON.stringify(expected[key])} (${rule})`, expected, after.metadata);
});

/** `lenses.profile-keeps-absent`: the profile PATCH set the given fields, kept the other profile fields and the rest of the user. */
export const lensesProfileKeepsAbsent = defineCheck({
  id: 'lenses.profile-keeps-absent',
  level: 'MUST',
  category: 'lifecycle',
  title: 'PATCH profile sets the given fields and leaves the others',
  why: 'Seed 003, `PATCH /api/v1/users/{name}/profile`: "Allows changes of a user\'s Profile. Absent fields are left untouched." A profile PATCH with only full_name or only email_address must set that field and keep the other profile field, and the rest of the user, as it was.',
  example: 'updateUserProfile with only email_address: profile.full_name is undefined, expected "Mary Jane Doe"',
  basis: 'seed',
  source: "seed 003 PATCH /api/v1/users/{name}/profile: \"Absent fields are left untouched.\"",
}, (operationId: string, response: HttpResponse, before: LensesUserView, patch: Record<string, string>, after: LensesUserView | undefined): Verdict => {
  const status = expectStatus(response, [200], `${operationId} with ${Object.keys(patch).join(', ')}`);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${operationId}: the user could not be read back after the PATCH`);
  const expected: LensesUserView = { ...before, profile: { ...before.profile, ...patch } };
  const diff = firstDifference(expected, after, ['profile', 'display_name', 'metadata', 'groups']);
  if (!diff) return pass();
  return fail(`${operationId} with only ${Object.keys(patch).join(', ')}: ${diff.field} is ${JSON.stringify(diff.actual)}, expected ${JSON.stringify(diff.expected)}`, diff.expected, diff.actual);
});

/** `lenses.name-free-form`: create answers 201 and a read by that exact name finds the user. */
export const lensesNameFreeForm = defineCheck({
  id: 'lenses.name-free-form',
  level: 'MUST',
  category: 'lifecycle',
  title: 'User names are free text of 1 to 100 characters',
  why: 'Seed 003 gives the user name only a length, 1 to 100, and no pattern (project decision: 6.1 has no name rule); the profile text says a name "often looks like an email address". A name like `uc-…+o\'hara@example.com` must be accepted (201) and be readable by that exact name.',
  example: "createUser with name \"uc-abc12345-120003+o'hara@example.com\": status 500, expected 201",
  basis: 'seed',
  source: "seed 003 name: string, min 1, max 100, no pattern",
}, (operationId: string, response: HttpResponse, name: string, expectedStatus: 200 | 201): Verdict => {
  const status = expectStatus(response, [expectedStatus], `${operationId} with the name ${JSON.stringify(name)}`);
  if (status.outcome !== 'pass') return status;
  const actual = asObject(response.json)?.name;
  return expectThat(actual === name, `${operationId} with the name ${JSON.stringify(name)}: name is ${JSON.stringify(actual)}`, name, actual);
});

/**
 * `lenses.limits-enforced`: a request over a documented limit is refused with a 4xx. For a metadata
 * key over its limit, `metadata` holds the user's metadata read after (and before, for a PATCH): a
 * refusal must leave it as it was; an acceptance that did not store the key is leniency that leaves
 * no trace (DECISIONS: no MUST failure without harm), so the check does not apply.
 */
export const lensesLimitsEnforced = defineCheck({
  id: 'lenses.limits-enforced',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Documented length limits are enforced',
  why: 'Seed 003 limits a user name to 100 characters; FACTS B3 limits metadata keys to 40 bytes. A create with a 101-character name, or a create or PATCH with a 41-byte metadata key, must be refused with a 4xx (the exact code is not documented, so only the class is checked), and a refused PATCH must leave the metadata as it was.',
  example: 'createUser with a 101-character name: status 201, expected 4xx',
  basis: 'seed',
  source: "seed 003 name: max 100; FACTS B3 hq_Metadata: at most 50 keys, 40-byte keys, 500-byte values",
}, (response: HttpResponse, what: string, metadata?: { key: string; before?: Json; after: Json | undefined }): Verdict => {
  const status = expectStatus(response, '4xx', what);
  if (!metadata) return status;
  if (metadata.after === undefined) return status.outcome === 'pass' || !isSuccess(response) ? status : skip(`${what}: accepted, and the user could not be read back to see whether the key was stored`);
  if (status.outcome !== 'pass') {
    return isSuccess(response) && !(metadata.key in metadata.after) ? skip(`${what}: accepted but not stored (the server ignored the key): no harm to judge`) : status;
  }
  const before = metadata.before ?? {};
  return expectThat(isDeepStrictEqual(before, metadata.after), `${what}: refused, but the metadata changed to ${JSON.stringify(metadata.after)}`, before, metadata.after);
});

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
export const lensesGroupsAdd = defineCheck({
  id: 'lenses.groups-add',
  level: 'MUST',
  category: 'lifecycle',
  title: 'add_to_groups makes the user a member',
  why: 'Seed 003, `PUT /api/v1/users/{name}/groups`, add_to_groups: "Adds the user or service account to the groups". The PUT must succeed (200 or 204, a project decision) and the user read back must list those groups in `groups`.',
  example: 'setUserGroups add_to_groups [uc-abc12345-120002]: the user is not a member afterwards',
  basis: 'seed',
  source: "seed 003 add_to_groups: \"Adds the user or service account to the groups\"",
}, (response: HttpResponse, after: readonly string[] | undefined, added: readonly string[]): Verdict => {
  const what = `add_to_groups ${JSON.stringify(added)}`;
  return membership(what, response, after, (groups) => {
    const missing = added.filter((g) => !groups.includes(g));
    return expectThat(missing.length === 0, `setUserGroups ${what}: the user is not a member of ${missing.join(', ')} afterwards`, added, groups);
  });
});

/** `lenses.groups-remove`: after remove_from_groups the user is a member of none of them. */
export const lensesGroupsRemove = defineCheck({
  id: 'lenses.groups-remove',
  level: 'MUST',
  category: 'lifecycle',
  title: 'remove_from_groups ends the membership',
  why: 'Seed 003, remove_from_groups: "Removes the user or service account from the groups". After a successful PUT the user read back must no longer list those groups.',
  example: 'setUserGroups remove_from_groups [uc-abc12345-120002]: the user is still a member',
  basis: 'seed',
  source: "seed 003 remove_from_groups: \"Removes the user or service account from the groups\"",
}, (response: HttpResponse, after: readonly string[] | undefined, removed: readonly string[]): Verdict => {
  const what = `remove_from_groups ${JSON.stringify(removed)}`;
  return membership(what, response, after, (groups) => {
    const still = removed.filter((g) => groups.includes(g));
    return expectThat(still.length === 0, `setUserGroups ${what}: the user is still a member of ${still.join(', ')}`, `none of ${removed.join(', ')}`, groups);
  });
});

/** `lenses.removal-wins`: a group named in both add_to_groups and remove_from_groups ends up not joined. */
export const lensesRemovalWins = defineCheck({
  id: 'lenses.removal-wins',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A group in both add_to_groups and remove_from_groups is removed',
  why: 'Seed 003, remove_from_groups: "If a group is specified in both add_to_groups as well in here, removal wins." After such a PUT the user must not be a member of that group.',
  example: 'setUserGroups with uc-abc12345-120003 in add_to_groups and remove_from_groups: the user is a member (removal must win)',
  basis: 'seed',
  source: "seed 003 remove_from_groups: \"If a group is specified in both add_to_groups as well in here, removal wins.\"",
}, (response: HttpResponse, after: readonly string[] | undefined, both: readonly string[]): Verdict => {
  const what = `with ${both.join(', ')} in both add_to_groups and remove_from_groups`;
  return membership(what, response, after, (groups) => {
    const kept = both.filter((g) => groups.includes(g));
    return expectThat(kept.length === 0, `setUserGroups ${what}: the user is a member of ${kept.join(', ')} (removal must win)`, `none of ${both.join(', ')}`, groups);
  });
});

/** `lenses.set-groups-exact`: after set_groups the membership is exactly those groups. */
export const lensesSetGroupsExact = defineCheck({
  id: 'lenses.set-groups-exact',
  level: 'MUST',
  category: 'lifecycle',
  title: 'set_groups makes the membership exactly those groups',
  why: 'Seed 003, set_groups: "Sets the user or service account memberships to those groups … in an absolute fashion (ensures user/sa will be exactly a member of those)". After the PUT the user\'s groups must be exactly the given ones.',
  example: 'setUserGroups set_groups [g3]: groups are [g1, g3], expected exactly [g3]',
  basis: 'seed',
  source: "seed 003 set_groups: \"ensures user/sa will be exactly a member of those\"",
}, (response: HttpResponse, after: readonly string[] | undefined, set: readonly string[]): Verdict => {
  const what = `set_groups ${JSON.stringify(set)}`;
  const expected = [...set].sort();
  return membership(what, response, after, (groups) =>
    expectThat(isDeepStrictEqual([...groups].sort(), expected), `setUserGroups ${what}: groups are ${JSON.stringify(groups)}, expected exactly ${JSON.stringify(expected)}`, expected, groups));
});

/** `lenses.set-groups-exclusive`: set_groups with add/remove is refused (4xx) and changes nothing. */
export const lensesSetGroupsExclusive = defineCheck({
  id: 'lenses.set-groups-exclusive',
  level: 'MUST',
  category: 'lifecycle',
  title: 'set_groups combined with add or remove is refused',
  why: 'Seed 003, set_groups: "Cannot be combined with the add_to_groups or remove_from_groups." Such a request must be refused with a 4xx (the code is a GUESS in FACTS B5, so only the class is checked) and must not change the membership.',
  example: 'setUserGroups with set_groups and add_to_groups: status 200, expected 4xx',
  basis: 'seed',
  source: "seed 003 set_groups: \"Cannot be combined with the add_to_groups or remove_from_groups.\"",
}, (response: HttpResponse, combination: string, before: readonly string[], after: readonly string[] | undefined): Verdict => {
  const what = `setUserGroups with ${combination}`;
  const status = expectStatus(response, '4xx', what);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${what}: the user could not be read back`);
  return expectThat(isDeepStrictEqual([...after].sort(), [...before].sort()), `${what}: refused, but the groups changed to ${JSON.stringify(after)}`, before, after);
});
