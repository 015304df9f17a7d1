/**
 * State oracles: what every accepted write changed, and what it did not. They follow from general
 * rules of the contract (an update stores what it was sent and, where the contract says so, nothing
 * else; a resource keeps its identity and creation record; a list shows the same resource as its
 * read), so they apply to every write of every system, on generated bodies, not to one scripted step.
 */
import { defineCheck } from './define.js';
import type { FieldChange } from './representation.js';
import { fail, pass, type Verdict } from './verdict.js';

/** Why a difference counts only as SHOULD (see `capped` in verdict.ts), or undefined when it is a MUST. */
export type CapFor = (change: FieldChange) => string | undefined;

const show = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value));
const listed = (changes: readonly FieldChange[]) => changes.map((c) => `${c.field} ${show(c.before)} → ${show(c.after)}`).join('; ');

/** Fails on `changes`, as MUST unless every change is capped (then as SHOULD, with the first reason). */
function judge(message: string, changes: readonly FieldChange[], capFor: CapFor): Verdict {
  if (changes.length === 0) return pass();
  const expected = Object.fromEntries(changes.map((c) => [c.field, c.before]));
  const actual = Object.fromEntries(changes.map((c) => [c.field, c.after]));
  const verdict = fail(`${message}: ${listed(changes)}`, expected, actual);
  const caps = changes.map(capFor);
  return caps.every((cap) => cap !== undefined) && verdict.outcome === 'fail' ? { ...verdict, cap: caps[0] } : verdict;
}

/** `state.write-applied`: after an accepted write, a read shows every value it was sent. */
export const stateWriteApplied = defineCheck({
  id: 'state.write-applied',
  level: 'MUST',
  category: 'state',
  title: 'An accepted write stores what it was sent',
  why: 'A create or update that answers success must have stored the values it was sent: the next read of the resource shows each of them (fields the read does not carry, such as passwords, are not compared; a value that differs only in letter case or surrounding white space, or a field whose documentation is a guess, counts as a warning).',
  example: 'updateUser then getUser: /display_name "Ada" → "ada-old"',
  basis: 'seed',
  source: 'seed 000 PUT /v1/k8s/users/{userId} "Update the details of a given user"; seed 003 PATCH /api/v1/users/{name} "Updates a user", PATCH …/profile "Allows changes of a user\'s Profile", POST /api/v1/users "Sets the display name of the new user"',
}, (operationId: string, misses: readonly FieldChange[], capFor: CapFor): Verdict =>
  judge(`${operationId} answered success, but the next read does not show what was sent (sent → read)`, misses, capFor));

/** `state.write-leaves-rest`: an accepted write changes no field it did not name. */
export const stateWriteLeavesRest = defineCheck({
  id: 'state.write-leaves-rest',
  level: 'MUST',
  category: 'state',
  title: 'A write leaves the fields it did not name',
  why: 'Where an operation documents that absent fields are left untouched, an accepted request must not change any field it did not send. Elsewhere (actions such as a password reset or a logout, writes to a part of a resource) the same rule is expected but not documented, so a change there is a warning. Fields that record modification (updated, modified, last seen, last login, version) may change.',
  example: 'updateUser with {display_name}: /profile {"full_name":"A"} → absent',
  basis: 'seed',
  source: 'seed 003 PATCH /api/v1/users/{name} and PATCH /api/v1/users/{name}/profile: "Absent fields are left untouched."',
}, (operationId: string, changes: readonly FieldChange[], capFor: CapFor): Verdict =>
  judge(`${operationId} changed fields it was not sent (before → after)`, changes, capFor));

/** `state.server-fields-stable`: a resource's id and creation record never change. */
export const stateServerFieldsStable = defineCheck({
  id: 'state.server-fields-stable',
  level: 'MUST',
  category: 'state',
  title: 'Identity and creation record never change',
  why: 'The fields that name a resource (its id, its resource identifier) and record its creation (when, by whom) describe one past event: no write may move them, and the list must show the same values as the read.',
  example: 'reset_user_password then get_user_by_id: /createdAt "2026-12-05T10:00:00Z" → "2026-12-05T10:00:07Z"',
  basis: 'seed',
  source: 'seed 000/002 User: id, createdBy, createdAt; seed 003 hq_User: id, lrn "The resource identifier", created_at',
}, (what: string, changes: readonly FieldChange[]): Verdict => judge(`${what}: the resource's identity or creation record moved (before → after)`, changes, () => undefined));

/** `state.list-row-matches-read`: the list's row for a resource agrees with its read. */
export const stateListRowMatchesRead = defineCheck({
  id: 'state.list-row-matches-read',
  level: 'MUST',
  category: 'state',
  title: 'The list shows a resource as its read does',
  why: 'The list returns the existing resources and the read returns one of them: after every create and write, the fields the list row and the read both carry must agree (a list that shows an older value keeps a stale copy).',
  example: 'listUsers after updateUser: /display_name "new" (read) → "old" (row)',
  basis: 'seed',
  source: 'seed 000/002 "Retrieve a list of platform users." and "Retrieve a user\'s details by id."; seed 003 "Returns all users" and "Returns a specific user"',
}, (operationId: string, conflicts: readonly FieldChange[]): Verdict =>
  judge(`${operationId}: the list row disagrees with the read of the same resource (read → row)`, conflicts, () => undefined));
