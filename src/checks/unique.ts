/**
 * Unique keys (an email, a name) belong to the resource that holds them, and only while it exists:
 * the state oracle of issue "unique keys", applied to every create whose body has one.
 */
import type { HttpResponse } from '../http/types.js';
import { defineCheck } from './define.js';
import { expectStatus } from './expect-status.js';
import type { Verdict } from './verdict.js';

/** `lifecycle.key-free-after-delete`: once its holder is deleted, a unique key can be used again. */
export const lifecycleKeyFreeAfterDelete = defineCheck({
  id: 'lifecycle.key-free-after-delete',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A deleted resource frees its unique key',
  why: 'A create is refused because its unique key (email, name) is held by an existing resource. After that resource is deleted (and so gone for every operation), a create with the same key must succeed: a server that keeps deleted keys reserved refuses a resource the contract allows. Only keys the contract states unique are tried.',
  example: 'create_user with the email of a deleted user: status 409, expected 201',
  basis: 'seed',
  source: 'seed 000/002 POST /api/v1/users: 409 "The specified resource already exists", and 404 for a deleted user; seed 003 POST /api/v1/users name: "Sets the unique name of the new user", DELETE "Deletes a user."',
}, (operationId: string, response: HttpResponse, documentedSuccess: readonly number[]): Verdict =>
  expectStatus(response, documentedSuccess.length > 0 ? documentedSuccess : '2xx', `${operationId} with the unique key of a deleted resource`));
