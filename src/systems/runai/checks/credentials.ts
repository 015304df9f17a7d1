/**
 * Credentials of one identity across events on another: a password change, reset or logout names
 * one user (by id, or the caller), so every other user's password and tokens keep working.
 */
import type { HttpResponse } from '../../../http/types.js';
import { defineCheck } from '../../../checks/define.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { fail, pass, skip, type Verdict } from '../../../checks/verdict.js';

/** `runai.others-credentials-untouched`: an event on one user leaves another user's password and token working. */
export const runaiOthersCredentialsUntouched = defineCheck({
  id: 'runai.others-credentials-untouched',
  level: 'MUST',
  category: 'lifecycle',
  title: "Another user's credentials survive a password or session event",
  why: 'A reset (`POST /api/v1/users/{userId}/password`), a logout (`POST /api/v1/users/{userId}/logout`) and a password change (`POST /api/v1/me/password`) each act on one user. A second user, logged in before, must still log in with its password and still be authenticated by its token afterwards: a server that resets, revokes or locks more than the addressed user logs out people who did nothing.',
  example: "logout_user of user A, then get_user_by_id with user B's token: status 401, expected 200 (as before the logout)",
  basis: 'seed',
  source: 'seed 000/002 "Use to force a user to logout." and "Reset the password of a user." (one user, by its id); "Change the password of the current user."',
}, (event: string, tokenBefore: HttpResponse, tokenAfter: HttpResponse, loginAfter: HttpResponse | undefined): Verdict => {
  if (tokenAfter.status === undefined) return skip(`after ${event}: the probe with the other user's token got no response`);
  if (tokenAfter.status !== tokenBefore.status) {
    return fail(`after ${event}: another user's token got status ${tokenAfter.status}, expected ${tokenBefore.status} as before the event`, tokenBefore.status, tokenAfter.status);
  }
  if (loginAfter && loginAfter.status !== 200) {
    return fail(`after ${event}: another user's password no longer logs in (grant_token answered ${loginAfter.status ?? 'nothing'}, expected 200 as before)`, 200, loginAfter.status);
  }
  return pass();
});

/** `runai.deleted-user-cannot-log-in`: a deleted user's password no longer logs in. */
export const runaiDeletedUserCannotLogIn = defineCheck({
  id: 'runai.deleted-user-cannot-log-in',
  level: 'MUST',
  category: 'lifecycle',
  title: "A deleted user's password no longer logs in",
  why: 'After `DELETE /api/v1/users/{userId}` the user is gone (404 for every operation on it). A password grant with the password that logged the user in just before must then fail: a server that keeps a deleted account able to obtain tokens has not deleted it.',
  example: 'grant_token with the deleted user\'s password: status 200, expected 4xx',
  basis: 'seed',
  source: 'seed 000/002 DELETE /api/v1/users/{userId} "Use to delete a user by id.", and 404 "The specified resource was not found" for the deleted user',
}, (response: HttpResponse): Verdict => {
  return expectStatus(response, '4xx', "grant_token with the deleted user's password");
});

/** `runai.new-user-cannot-administer`: a user without a role cannot create, reset, log out or delete users. */
export const runaiNewUserCannotAdminister = defineCheck({
  id: 'runai.new-user-cannot-administer',
  level: 'MUST',
  category: 'auth',
  title: 'A user without a role cannot administer users',
  why: 'A user the suite just created holds no role and no access rule. Adding, updating and deleting users needs System Administrator access, and a token without enough role or scope is refused with 403: with that user\'s own token, creating a user and resetting, logging out or deleting another one must be refused.',
  example: 'create_user with the token of a user without a role: status 201, expected 4xx',
  basis: 'fact',
  source: 'Run:ai docs 2.15/2.16 "Adding, Updating and Deleting Users" (System Administrator access); RBAC: a token without enough role or scope gets 403 (runapy README)',
}, (operationId: string, response: HttpResponse): Verdict => {
  // Any refusal passes: 403 is the documented one, but this check is about the refusal, not its code.
  return expectStatus(response, '4xx', `${operationId} with the token of a user without a role`);
});
