/** Lifecycle checks shared by every system (Run:ai users, Run:ai k8s users and groups, Lenses users). */
import { defineCheck } from '././define.js';

export const LIFECYCLE_CHECKS = [
  defineCheck('lifecycle.create-succeeds', 'MUST', 'lifecycle', {
    title: 'Creating with a valid body succeeds',
    why: 'A create request whose body matches the documented request schema must get the documented success status (Run:ai `POST /api/v1/users`: 201 "Created successfully."; deprecated `/v1/k8s/*`: 200; Lenses `POST /api/v1/users`: 201 with the user).',
    example: 'create_user with a valid body: status 400, expected 201',
    basis: 'seed',
    source: "seed 000/002 POST /api/v1/users: 201 \"Created successfully.\"; /v1/k8s creates: 200; Lenses POST /api/v1/users: 201 (FACTS B4)",
  }),
  defineCheck('lifecycle.read-after-create', 'MUST', 'lifecycle', {
    title: 'A created resource can be read back as sent',
    why: 'Reading a resource by the id or name the create returned must succeed (200) and show the values that were sent (Run:ai: `username` is the email; Lenses: `name`, and `display_name` as given).',
    example: 'get_user_by_id of the created resource: username is "x@y.z", expected "uc-abc12345-1@example.com"',
    basis: 'seed',
    source: "seed 000/002 \"Retrieve a user's details by id.\"; seed 003 \"Returns a specific user\"",
  }),
  defineCheck('lifecycle.listed-after-create', 'MUST', 'lifecycle', {
    title: 'A created resource is listed',
    why: 'The list operation returns the resources of the tenant ("Retrieve a list of platform users", "Returns all users"); a resource just created must be in it.',
    example: 'get_users: created resource 0eeaf222-… is not in the list',
    basis: 'seed',
    source: "seed 000/002 \"Retrieve a list of platform users.\"; seed 003 \"Returns all users\"",
  }),
  defineCheck('lifecycle.update-visible', 'MUST', 'lifecycle', {
    title: 'Updates are visible on the next read',
    why: 'An update that returns success must change the resource: a following read shows the new values (Run:ai `PUT /v1/k8s/users/{userId}` "Update the details of a given user"; Lenses PATCH).',
    example: 'getUserById after the update: roles is ["viewer"], expected ["admin","editor"]',
    basis: 'seed',
    source: "seed 000 PUT /v1/k8s/users/{userId} \"Update the details of a given user\"; seed 003 PATCH \"Updates a user\"",
  }),
  defineCheck('lifecycle.delete-succeeds', 'MUST', 'lifecycle', {
    title: 'Deleting succeeds with the documented status',
    why: 'Deleting an existing resource must answer the documented success status (Run:ai `DELETE /api/v1/users/{userId}`: 204 with no body; deprecated `/v1/k8s/*`: 200; Lenses: 204 "Successful deletion.").',
    example: 'delete_user_by_id of the created resource: status 200, expected 204',
    basis: 'seed',
    source: "seed 000/002 DELETE /api/v1/users/{userId}: 204; /v1/k8s deletes: 200; seed 003 DELETE: 204 \"Successful deletion.\"",
  }),
  defineCheck('lifecycle.use-after-delete', 'MUST', 'lifecycle', {
    title: 'A deleted resource is gone for every operation',
    why: 'After a successful delete, every operation addressing the resource must answer 404 "The specified resource was not found" (documented for Run:ai get, logout, reset and delete; DECISIONS: 404 for a deleted Lenses user is unambiguous).',
    example: 'get_user_by_id after delete: status 200, expected 404',
    basis: 'seed',
    source: "seed 000/002: 404 \"The specified resource was not found\" on every {userId} operation; seed 003: a deleted user is not \"a specific user\" (refused with a 4xx; the exact code is error.conventional-status)",
  }),
  defineCheck('lifecycle.gone-from-list', 'MUST', 'lifecycle', {
    title: 'A deleted resource is no longer listed',
    why: 'The list returns the existing resources; one that was deleted must not appear in it any more.',
    example: 'get_users: deleted resource 0eeaf222-… is still listed',
    basis: 'seed',
    source: "seed 000/002 \"Retrieve a list of platform users.\"; seed 003 \"Returns all users\"",
  }),
  defineCheck('lifecycle.duplicate-rejected', 'MUST', 'lifecycle', {
    title: 'Duplicates are rejected with 409',
    why: 'Run:ai documents 409 "The specified resource already exists" for a create with an email that is taken; for Lenses a duplicate user name is the unambiguous 409 case (DECISIONS).',
    example: 'create_user with a duplicate: status 201, expected 409',
    basis: 'seed',
    source: "seed 000/002 POST /api/v1/users: 409 \"The specified resource already exists\"; seed 003 name: \"Sets the unique name of the new user\" (refused with a 4xx; 409 is error.conventional-status)",
  }),
  defineCheck('lifecycle.delete-only-target', 'MUST', 'lifecycle', {
    title: 'Deleting one resource leaves the others',
    why: 'A delete addresses one resource by its id or name. Another resource (created by the suite just before) must still be readable afterwards.',
    example: 'get_user_by_id of a resource that was not deleted: status 404, expected 200',
    basis: 'seed',
    source: "seed 000/002 \"Use to delete a user by id.\"; seed 003 \"Deletes a user.\" (one user, by its id or name)",
  }),
];
