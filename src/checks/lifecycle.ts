/**
 * Lifecycle checks shared by every system: a created resource can be read, listed, changed and
 * deleted, and is gone afterwards. Each function is named after its check id.
 */
import type { HttpResponse } from '../http/types.js';
import { expectStatus, type StatusExpectation } from './expect-status.js';
import { expectThat, fail, pass, skip, type Verdict } from './verdict.js';
import { defineCheck } from './define.js';

/** `lifecycle.create-succeeds`: a valid create gets the operation's documented success status. */
export const lifecycleCreateSucceeds = defineCheck({
  id: 'lifecycle.create-succeeds',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Creating with a valid body succeeds',
  why: 'A create request whose body matches the documented request schema must get the documented success status (Run:ai `POST /api/v1/users`: 201 "Created successfully."; deprecated `/v1/k8s/*`: 200; Lenses `POST /api/v1/users`: 201 with the user).',
  example: 'create_user with a valid body: status 400, expected 201',
  basis: 'seed',
  source: "seed 000/002 POST /api/v1/users: 201 \"Created successfully.\"; /v1/k8s creates: 200; Lenses POST /api/v1/users: 201 (FACTS B4)",
}, (operationId: string, response: HttpResponse, documentedSuccess: readonly number[]): Verdict => {
  return expectStatus(response, documentedSuccess, `${operationId} with a valid body`);
});

/** `lifecycle.read-after-create`: reading the created resource succeeds and shows what was sent. */
export const lifecycleReadAfterCreate = defineCheck({
  id: 'lifecycle.read-after-create',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A created resource can be read back as sent',
  why: 'Reading a resource by the id or name the create returned must succeed (200) and show the values that were sent (Run:ai: `username` is the email; Lenses: `name`, and `display_name` as given).',
  example: 'get_user_by_id of the created resource: username is "x@y.z", expected "uc-abc12345-1@example.com"',
  basis: 'seed',
  source: "seed 000/002 \"Retrieve a user's details by id.\"; seed 003 \"Returns a specific user\"",
}, (operationId: string, response: HttpResponse, expected: Record<string, unknown>): Verdict => {
  const status = expectStatus(response, [200], `${operationId} of the created resource`);
  if (status.outcome !== 'pass') return status;
  return fieldsMatch(`${operationId} of the created resource`, response.json, expected);
});

/** `lifecycle.listed-after-create`: the list (narrowed to the run's resources) contains the created one. */
export const lifecycleListedAfterCreate = defineCheck({
  id: 'lifecycle.listed-after-create',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A created resource is listed',
  why: 'The list operation returns the resources of the tenant ("Retrieve a list of platform users", "Returns all users"); a resource just created must be in it.',
  example: 'get_users: created resource 0eeaf222-… is not in the list',
  basis: 'seed',
  source: "seed 000/002 \"Retrieve a list of platform users.\"; seed 003 \"Returns all users\"",
}, (operationId: string, listed: readonly string[] | undefined, id: string): Verdict => {
  if (!listed) return skip(`${operationId}: the list could not be read`);
  return expectThat(listed.includes(id), `${operationId}: created resource ${id} is not in the list`, id, listed);
});

/** `lifecycle.update-visible`: after an update, a read shows the new values. */
export const lifecycleUpdateVisible = defineCheck({
  id: 'lifecycle.update-visible',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Updates are visible on the next read',
  why: 'An update that returns success must change the resource: a following read shows the new values (Run:ai `PUT /v1/k8s/users/{userId}` "Update the details of a given user"; Lenses PATCH).',
  example: 'getUserById after the update: roles is ["viewer"], expected ["admin","editor"]',
  basis: 'seed',
  source: "seed 000 PUT /v1/k8s/users/{userId} \"Update the details of a given user\"; seed 003 PATCH \"Updates a user\"",
}, (operationId: string, response: HttpResponse, expected: Record<string, unknown>): Verdict => {
  const status = expectStatus(response, [200], `${operationId} after the update`);
  if (status.outcome !== 'pass') return status;
  return fieldsMatch(`${operationId} after the update`, response.json, expected);
});

/** `lifecycle.delete-succeeds`: deleting the resource gets the documented success status. */
export const lifecycleDeleteSucceeds = defineCheck({
  id: 'lifecycle.delete-succeeds',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Deleting succeeds with the documented status',
  why: 'Deleting an existing resource must answer the documented success status (Run:ai `DELETE /api/v1/users/{userId}`: 204 with no body; deprecated `/v1/k8s/*`: 200; Lenses: 204 "Successful deletion.").',
  example: 'delete_user_by_id of the created resource: status 200, expected 204',
  basis: 'seed',
  source: "seed 000/002 DELETE /api/v1/users/{userId}: 204; /v1/k8s deletes: 200; seed 003 DELETE: 204 \"Successful deletion.\"",
}, (operationId: string, response: HttpResponse, documentedSuccess: readonly number[]): Verdict => {
  return expectStatus(response, documentedSuccess, `${operationId} of the created resource`);
});

/** `lifecycle.use-after-delete`: every operation on a deleted resource is refused (404 where documented, else a 4xx). */
export const lifecycleUseAfterDelete = defineCheck({
  id: 'lifecycle.use-after-delete',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A deleted resource is gone for every operation',
  why: 'After a successful delete, every operation addressing the resource must answer 404 "The specified resource was not found" (documented for Run:ai get, logout, reset and delete; project decision: 404 for a deleted Lenses user is unambiguous).',
  example: 'get_user_by_id after delete: status 200, expected 404',
  basis: 'seed',
  source: "seed 000/002: 404 \"The specified resource was not found\" on every {userId} operation; seed 003: a deleted user is not \"a specific user\" (refused with a 4xx; the exact code is error.conventional-status)",
}, (operationId: string, response: HttpResponse, expected: StatusExpectation = [404]): Verdict => {
  return expectStatus(response, expected, `${operationId} after delete`);
});

/** `lifecycle.gone-from-list`: a deleted resource no longer appears in the list. */
export const lifecycleGoneFromList = defineCheck({
  id: 'lifecycle.gone-from-list',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A deleted resource is no longer listed',
  why: 'The list returns the existing resources; one that was deleted must not appear in it any more.',
  example: 'get_users: deleted resource 0eeaf222-… is still listed',
  basis: 'seed',
  source: "seed 000/002 \"Retrieve a list of platform users.\"; seed 003 \"Returns all users\"",
}, (operationId: string, listed: readonly string[] | undefined, id: string): Verdict => {
  if (!listed) return skip(`${operationId}: the list could not be read`);
  return expectThat(!listed.includes(id), `${operationId}: deleted resource ${id} is still listed`, `no ${id}`, listed);
});

/** `lifecycle.duplicate-rejected`: creating the same unique key twice is refused (409 where documented, else a 4xx). */
export const lifecycleDuplicateRejected = defineCheck({
  id: 'lifecycle.duplicate-rejected',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Duplicates are rejected with 409',
  why: 'Run:ai documents 409 "The specified resource already exists" for a create with an email that is taken; for Lenses a duplicate user name is the unambiguous 409 case (a project decision).',
  example: 'create_user with a duplicate: status 201, expected 409',
  basis: 'seed',
  source: "seed 000/002 POST /api/v1/users: 409 \"The specified resource already exists\"; seed 003 name: \"Sets the unique name of the new user\" (refused with a 4xx; 409 is error.conventional-status)",
}, (operationId: string, response: HttpResponse, expected: StatusExpectation = [409]): Verdict => {
  return expectStatus(response, expected, `${operationId} with a duplicate`);
});

/** `lifecycle.delete-only-target`: deleting one resource leaves another one intact. */
export const lifecycleDeleteOnlyTarget = defineCheck({
  id: 'lifecycle.delete-only-target',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Deleting one resource leaves the others',
  why: 'A delete addresses one resource by its id or name. Another resource (created by the suite just before) must still be readable afterwards.',
  example: 'get_user_by_id of a resource that was not deleted: status 404, expected 200',
  basis: 'seed',
  source: "seed 000/002 \"Use to delete a user by id.\"; seed 003 \"Deletes a user.\" (one user, by its id or name)",
}, (operationId: string, response: HttpResponse): Verdict => {
  return expectStatus(response, [200], `${operationId} of a resource that was not deleted`);
});

/** Compares the listed fields of a JSON object; strings case-insensitively when `expected` says so. */
export function fieldsMatch(what: string, body: unknown, expected: Record<string, unknown>): Verdict {
  if (typeof body !== 'object' || body === null) return fail(`${what}: body is not a JSON object`, expected, body);
  const actual = body as Record<string, unknown>;
  const wrong = Object.entries(expected).filter(([key, value]) => !sameValue(actual[key], value));
  if (wrong.length === 0) return pass();
  const [key, value] = wrong[0]!;
  return fail(
    `${what}: ${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(value)}`,
    Object.fromEntries(wrong),
    Object.fromEntries(wrong.map(([k]) => [k, actual[k]])),
  );
}

function sameValue(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
}
